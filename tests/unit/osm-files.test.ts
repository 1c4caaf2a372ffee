// Reading the committed OSM extract: each file checked, problems named by file, feature and
// field; and the derive run on a folder of files (the hand-made extract written out).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DERIVED_FILES, deriveTexts } from '../../src/data/osm/derive-files.ts';
import {
  LINES_FILE,
  OVERRIDES_FILE,
  readChecked,
  readOsmExtract,
  STATIONS_FILE,
  stationsById,
  stationExtract,
  TRACK_FILES,
} from '../../src/data/osm/files.ts';
import { extract, hubs, route } from '../support/osm-fixture.ts';

function geoFolder(change: (files: Record<string, unknown>) => void = () => {}): string {
  const osm = extract();
  const files: Record<string, unknown> = {
    [TRACK_FILES.china]: osm.tracks.china,
    [TRACK_FILES.caucasus]: osm.tracks.caucasus,
    [STATIONS_FILE]: osm.stations,
    [LINES_FILE]: osm.lines,
    [OVERRIDES_FILE]: osm.overrides,
    [DERIVED_FILES.route]: route(),
    [DERIVED_FILES.hubs]: hubs(),
  };
  change(files);
  const folder = mkdtempSync(join(tmpdir(), 'osm-files-'));
  mkdirSync(join(folder, 'osm'));
  for (const [name, content] of Object.entries(files))
    writeFileSync(
      join(folder, name),
      typeof content === 'string' ? content : JSON.stringify(content),
    );
  return folder;
}

describe('the OSM extract’s files', () => {
  it('reads the five files of a folder as the derive needs them', () => {
    const osm = readOsmExtract(geoFolder());
    expect(osm).toEqual(extract());
    const stations = stationsById(osm.stations);
    expect(stations.get(3)).toEqual({
      id: 3,
      name: 'Mid',
      railway: 'station',
      position: [0.02, 0.001],
    });
    expect(stations.size).toBe(osm.stations.features.length);
  });

  it('names the file, the feature and the field of each problem', () => {
    const folder = geoFolder((files) => {
      const stations = files[STATIONS_FILE] as ReturnType<typeof extract>['stations'];
      stations.osmDataDate = '5 March 2025';
      (stations.features[0]!.properties as { osm_id: number }).osm_id = -1;
    });
    expect(() => readChecked(folder, STATIONS_FILE, stationExtract)).toThrow(
      [
        'geo/osm/stations.geojson: file: osmDataDate: must be YYYY-MM-DD',
        'geo/osm/stations.geojson: file: features[0].properties.osm_id:',
      ].join('\n'),
    );
    const unreasoned = geoFolder((files) => {
      const overrides = files[OVERRIDES_FILE] as ReturnType<typeof extract>['overrides'];
      overrides.waypoints['townz']!.reason = 'why';
    });
    expect(() => readOsmExtract(unreasoned)).toThrow(
      'geo/route-overrides.json: file: waypoints.townz.reason: must say why OSM does not provide this point',
    );
  });

  it('says when a file cannot be read at all', () => {
    const folder = geoFolder((files) => (files[LINES_FILE] = '{ not json'));
    expect(() => readOsmExtract(folder)).toThrow(
      /^geo\/osm\/lines\.json: file: \(root\): cannot be read: /,
    );
  });
});

describe('the derive on a folder', () => {
  it('returns the new route and hubs as the files’ texts', () => {
    const { route: routeText, hubs: hubsText } = deriveTexts(geoFolder());
    const derivedRoute = JSON.parse(routeText);
    expect(derivedRoute.features.map((f: { id: string }) => f.id)).toEqual([
      'alpha-beta',
      'beta-gamma',
      'gamma-quay',
    ]);
    expect(JSON.parse(hubsText).features[3].geometry.coordinates).toEqual([10.01, 0]);
    expect(routeText.endsWith('\n')).toBe(true);
  });

  it('refuses a route or hubs file that is not a FeatureCollection', () => {
    const folder = geoFolder((files) => (files[DERIVED_FILES.hubs] = { type: 'Feature' }));
    expect(() => deriveTexts(folder)).toThrow(
      'geo/hubs.geojson: file: (root): is not a GeoJSON FeatureCollection',
    );
    const noFeatures = geoFolder(
      (files) => (files[DERIVED_FILES.route] = { type: 'FeatureCollection' }),
    );
    expect(() => deriveTexts(noFeatures)).toThrow(
      'geo/route.geojson: file: (root): is not a GeoJSON FeatureCollection',
    );
  });
});
