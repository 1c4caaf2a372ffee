/**
 * The basemap extract's files: reading Natural Earth's layers (natural-earth.ts) and writing the
 * three extracts (extract.ts), on a small made-up Natural Earth in a temporary folder.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractBasemap } from '../../src/data/basemap-extract/extract.ts';
import {
  NATURAL_EARTH_FILES,
  readNaturalEarth,
} from '../../src/data/basemap-extract/natural-earth.ts';

const collection = (...features: Feature[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});
const feature = (properties: Record<string, unknown>, geometry: Geometry | null): Feature =>
  ({ type: 'Feature', properties, geometry }) as Feature;
const line = (...coordinates: number[][]): Geometry => ({ type: 'LineString', coordinates });
const box = (w: number, s: number, e: number, n: number): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

let folder = '';
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'basemap-extract-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** Writes every layer (empty unless given) into `folder/naturalearth`. */
function writeNaturalEarth(layers: Partial<Record<keyof typeof NATURAL_EARTH_FILES, unknown>>) {
  const ne = join(folder, 'naturalearth');
  mkdirSync(ne, { recursive: true });
  for (const [key, name] of Object.entries(NATURAL_EARTH_FILES))
    writeFileSync(
      join(ne, name),
      JSON.stringify(layers[key as keyof typeof NATURAL_EARTH_FILES] ?? collection()),
    );
  return ne;
}

describe('readNaturalEarth', () => {
  it('reads every layer by its file name', () => {
    const lakes = collection(feature({ name: 'Lake Van' }, box(42.3, 38.3, 43.6, 39)));
    const ne = readNaturalEarth(writeNaturalEarth({ lakes }));
    expect(Object.keys(ne).sort()).toEqual(Object.keys(NATURAL_EARTH_FILES).sort());
    expect(ne.lakes).toEqual(lakes);
    expect(ne.land).toEqual(collection());
    expect(NATURAL_EARTH_FILES.lakes).toBe('lakes-10m.geojson');
  });

  it('names the file that is missing or is not JSON', () => {
    const ne = writeNaturalEarth({});
    rmSync(join(ne, 'rivers-10m.geojson'));
    expect(() => readNaturalEarth(ne)).toThrow(
      `${join(ne, 'rivers-10m.geojson')}: cannot be read as JSON: ENOENT`,
    );
    writeFileSync(join(ne, 'rivers-10m.geojson'), '{"type": "FeatureCollection", ');
    expect(() => readNaturalEarth(ne)).toThrow(
      new RegExp(`rivers-10m\\.geojson: cannot be read as JSON: .*JSON`),
    );
  });

  it('names the file that is not a FeatureCollection', () => {
    const ne = writeNaturalEarth({ places: { type: 'Feature', features: [] } });
    expect(() => readNaturalEarth(ne)).toThrow(
      `${join(ne, 'populated-places-10m.geojson')}: type: expected a GeoJSON FeatureCollection`,
    );
    writeNaturalEarth({ places: { type: 'FeatureCollection', features: {} } });
    expect(() => readNaturalEarth(ne)).toThrow(/populated-places-10m\.geojson: type: expected/);
    writeNaturalEarth({ places: { type: 'FeatureCollection' } });
    expect(() => readNaturalEarth(ne)).toThrow(/populated-places-10m\.geojson: type: expected/);
  });
});

describe('extractBasemap', () => {
  function run(names?: Record<string, unknown>) {
    const naturalEarth = writeNaturalEarth({
      land: collection(feature({}, box(40, 40, 41, 41))),
      coastline: collection(feature({}, line([40, 40], [41, 40]))),
      rivers: collection(
        feature({ name: 'Volga' }, line([45, 46], [47, 48])),
        feature({ name: 'Ural' }, line([51, 47], [52, 49])),
      ),
      countries: collection(feature({ ADM0_A3: 'RUS', NAME: 'Russia' }, null)),
      places: collection(
        feature(
          { NAME: 'Near', ADM0CAP: 1, SCALERANK: 1 },
          { type: 'Point', coordinates: [51, 41] },
        ),
        feature(
          { NAME: 'Far', ADM0CAP: 1, SCALERANK: 1 },
          { type: 'Point', coordinates: [80, 50] },
        ),
      ),
    });
    const route = join(folder, 'route.geojson');
    writeFileSync(
      route,
      JSON.stringify(
        collection(
          feature({}, line([50, 40], [52, 40])),
          feature({}, { type: 'Point', coordinates: [80, 50] }),
        ),
      ),
    );
    const out = join(folder, 'geo', 'basemap');
    if (names) {
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'names.json'), JSON.stringify(names));
    }
    const lines: string[] = [];
    extractBasemap({ naturalEarth, route, out }, (line) => lines.push(line));
    const read = (name: string) =>
      JSON.parse(readFileSync(join(out, name), 'utf8')) as FeatureCollection & {
        source: Record<string, unknown>;
      };
    return { lines, read, out };
  }

  it('writes the overview, the labels and the detail, each saying where it comes from', () => {
    const { read, out } = run();
    const overview = read('overview.geojson');
    const labels = read('labels.geojson');
    const detail = read('detail.geojson');
    expect(overview.type).toBe('FeatureCollection');
    expect(readFileSync(join(out, 'labels.geojson'), 'utf8').endsWith('}\n')).toBe(true);
    // The overview: the world around the box, then the box's land, borders and rivers; no coast.
    const overviewLayers = new Set(overview.features.map((f) => f.properties?.['layer']));
    expect([...overviewLayers]).toEqual(['land', 'border', 'river']);
    expect(detail.features.map((f) => f.properties?.['layer'])).toEqual([
      'land',
      'coast',
      'river',
      'river',
    ]);
    // Cities are named by their distance from the route's lines (its points do not count).
    expect(labels.features.map((f) => f.properties?.['id'])).toEqual(['country:RUS', 'city:near']);
    for (const extract of [overview, labels, detail]) {
      expect(extract.source['data']).toMatch(/^Natural Earth v4\.0\.0, public domain/);
      expect(extract.source['via']).toMatch(/natural-earth-geojson/);
      expect(extract.source['derived']).toMatch(
        /^npm run geo:basemap \(src\/data\/basemap-extract\/\): ./,
      );
    }
    expect(overview.source['files']).toEqual([
      'land-10m.geojson',
      'lakes-10m.geojson',
      'admin0-boundary-lines-10m.geojson',
      'rivers-10m.geojson',
    ]);
    expect(overview.source['derived']).toContain(
      'simplified to 0.025°, rounded to 2 decimals; lakes of 300 km² and more',
    );
    expect(overview.source['surroundings']).toMatch(/^Outside that box: world-atlas/);
    expect(labels.source['files']).toEqual([
      'admin0-countries-50m.geojson',
      'marine-polys-10m.geojson',
      'lakes-10m.geojson',
      'populated-places-10m.geojson',
      'regions-polys-10m.geojson',
    ]);
    expect(labels.source['derived']).toContain('label points');
    expect(labels.source).not.toHaveProperty('surroundings');
    expect(detail.source['files']).toEqual([
      'land-10m.geojson',
      'coastline-10m.geojson',
      'lakes-10m.geojson',
      'admin0-boundary-lines-10m.geojson',
      'rivers-10m.geojson',
    ]);
    expect(detail.source['derived']).toContain(
      'simplified to 0.002°, rounded to 3 decimals; lakes of 5 km² and more',
    );
  });

  it('reports each file’s size and the names names.json lacks', () => {
    const { lines, out } = run({ names: { 'country:RUS': {}, 'river:volga': {} } });
    const size = (name: string) => {
      const text = readFileSync(join(out, name), 'utf8').trimEnd();
      return `${(text.length / 1024).toFixed(1)} KB`;
    };
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      new RegExp(
        `^geo/basemap/overview\\.geojson: ${size('overview.geojson')}, \\d+\\.\\d KB gzip$`,
      ),
    );
    expect(lines[1]).toMatch(
      new RegExp(`^geo/basemap/labels\\.geojson: ${size('labels.geojson')}, \\d+\\.\\d KB gzip$`),
    );
    expect(lines[2]).toMatch(/^geo\/basemap\/detail\.geojson: /);
    expect(lines[3]).toBe('names.json has no entry for: city:near, river:ural');
  });

  it('lists every label when there is no names.json, and says nothing when none is missing', () => {
    expect(run().lines[3]).toBe(
      'names.json has no entry for: country:RUS, city:near, river:volga, river:ural',
    );
    const complete = {
      names: { 'country:RUS': 1, 'city:near': 1, 'river:volga': 1, 'river:ural': 1 },
    };
    expect(run(complete).lines).toHaveLength(3);
    expect(run({}).lines[3]).toMatch(/^names\.json has no entry for: country:RUS/);
  });
});
