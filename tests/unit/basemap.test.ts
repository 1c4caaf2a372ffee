/** The committed basemap extracts in geo/basemap/ and the first view's share of them. */
import { booleanPointInPolygon, pointToLineDistance } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point } from 'geojson';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BASEMAP_FILES, readBasemap, checkBasemapDetail } from '../../src/data/basemap.ts';
import { readGeoFolder } from '../../src/data/read-geo.ts';
import { forScreen } from '../../src/data/screen.ts';

const folder = fileURLToPath(new URL('../../geo/basemap/', import.meta.url));
const corridor = readGeoFolder(fileURLToPath(new URL('../../geo/', import.meta.url)));
type Props = Record<string, unknown> & { layer: string; id?: string; name?: string };
interface Extract {
  type: 'FeatureCollection';
  source: { data: string };
  features: Feature<never, Props>[];
}
const read = (name: string) => JSON.parse(readFileSync(`${folder}/${name}`, 'utf8')) as Extract;
const overview = read(BASEMAP_FILES.overview);
const labels = read(BASEMAP_FILES.labels);
const detail = read(BASEMAP_FILES.detail);
const served = readBasemap(folder, corridor.hubs);

const labelled = (layer: string) =>
  labels.features.filter((f) => f.properties.layer === layer).map((f) => f.properties.name);
const labelById = (id: string) =>
  labels.features.find((f) => f.properties.id === id && !f.properties['repeat']) as
    Feature<Point, Props> | undefined;
const landAt = (collection: Extract | FeatureCollection, at: [number, number]) =>
  collection.features.some(
    (f) =>
      (f.properties as Props).layer === 'land' &&
      booleanPointInPolygon(at, f.geometry as MultiPolygon),
  );
const waterAt = (collection: Extract | FeatureCollection, at: [number, number]) =>
  !landAt(collection, at) ||
  collection.features.some(
    (f) =>
      (f.properties as Props).layer === 'lake' &&
      booleanPointInPolygon(at, f.geometry as MultiPolygon),
  );

describe('basemap extracts as committed', () => {
  it('pass the build’s checks, each file saying it comes from Natural Earth v4.0.0', () => {
    expect(served.problems).toEqual([]);
    expect(checkBasemapDetail(folder)).toEqual([]);
    for (const file of [overview, labels, detail])
      expect(file.source.data).toMatch(/Natural Earth v4\.0\.0, public domain/);
  });

  it('give every corridor country a label point, named as the project writes it', () => {
    const expected = {
      'country:CHN': 'China',
      'country:KAZ': 'Kazakhstan',
      'country:AZE': 'Azerbaijan',
      'country:GEO': 'Georgia',
      'country:TUR': 'Türkiye',
    };
    for (const [id, name] of Object.entries(expected)) {
      expect(labelById(id)?.properties.name, id).toBe(name);
      expect(labelById(id)?.properties['rank'], id).toBe(0);
    }
    expect(labelled('country')).toEqual(
      expect.arrayContaining(['Russia', 'Uzbekistan', 'Turkmenistan', 'Kyrgyzstan', 'Armenia']),
    );
    expect(labelled('country')).toEqual(
      expect.arrayContaining(['Iran', 'Romania', 'Bulgaria', 'Ukraine', 'North Macedonia']),
    );
  });

  it('keep the corridor countries’ names off the route’s lines', () => {
    const lines = corridor.segments.map((s) => ({
      type: 'Feature' as const,
      properties: {},
      geometry: { type: 'LineString' as const, coordinates: s.coordinates },
    }));
    for (const id of ['country:CHN', 'country:KAZ', 'country:AZE', 'country:GEO', 'country:TUR']) {
      const at = labelById(id)!.geometry.coordinates;
      const nearest = Math.min(...lines.map((line) => pointToLineDistance(at, line)));
      expect(nearest, id).toBeGreaterThan(50);
    }
  });

  it('name the seas, straits and lakes the corridor passes', () => {
    expect(labelled('water')).toEqual(
      expect.arrayContaining([
        'Caspian Sea',
        'Black Sea',
        'Sea of Marmara',
        'Bosphorus',
        'Aral Sea',
        'Lake Balkhash',
        'Issyk-Kul',
        'Garabogaz Bay',
      ]),
    );
  });

  it('name capitals and large cities near the route, and the landforms it bends around', () => {
    expect(labelled('city')).toEqual(
      expect.arrayContaining([
        'Astana',
        'Baku',
        'Tbilisi',
        'Ankara',
        'Istanbul',
        'Almaty',
        'Ürümqi',
        'Aktau',
        'Lanzhou',
        "Xi'an",
        'Yerevan',
      ]),
    );
    expect(labelled('landform')).toEqual(
      expect.arrayContaining([
        'Caucasus Mountains',
        'Tian Shan',
        'Ustyurt Plateau',
        'Kyzylkum Desert',
        'Karakum Desert',
        'Altai Mountains',
        'Taurus Mountains',
        'Anatolia',
      ]),
    );
  });

  it('draw no label without a name, and no name in an outdated or raw form', () => {
    const names = [
      ...labels.features.map((f) => f.properties.name),
      ...overview.features
        .filter((f) => f.properties.layer === 'river')
        .map((f) => f.properties.name),
    ];
    for (const name of names) {
      expect(typeof name === 'string' && name.trim().length > 0).toBe(true);
      expect(name).not.toMatch(/ {2}|\?/);
    }
    for (const outdated of ['Turkey', 'Macedonia', 'Kiev', 'Syr  Darya', 'Ertis', 'Huang'])
      expect(names).not.toContain(outdated);
    const firsts = labels.features.filter((f) => !f.properties['repeat']);
    expect(new Set(firsts.map((f) => f.properties.id)).size).toBe(firsts.length);
  });

  it('keep Natural Earth’s names in other languages for the languages to come', () => {
    const baku = labels.features.find((f) => f.properties.id === 'city:baku')!.properties;
    expect(baku['name_ru']).toBe('Баку');
    expect(baku['name_zh']).toBeTruthy();
    expect(labelById('sea:caspian-sea')?.properties['name_fr']).toBe('Mer Caspienne');
  });

  it('draw land and water where they are, at both levels', () => {
    for (const collection of [overview, detail]) {
      expect(landAt(collection, [49.87, 40.4])).toBe(true); // Baku
      expect(landAt(collection, [71.43, 51.18])).toBe(true); // Astana
      expect(waterAt(collection, [50.5, 42])).toBe(true); // the middle of the Caspian Sea
      expect(waterAt(collection, [34, 43])).toBe(true); // the middle of the Black Sea
      expect(waterAt(collection, [74.5, 46.4])).toBe(true); // Lake Balkhash
    }
  });
});

describe('names.json', () => {
  interface Name {
    text: string;
    source: string;
  }
  const table = JSON.parse(readFileSync(`${folder}/names.json`, 'utf8')) as {
    sources: Record<string, string>;
    names: Record<string, Record<'tr' | 'kk' | 'az' | 'ru', Name | null | undefined>>;
  };
  const labelledIds = new Set([
    ...labels.features.map((f) => f.properties.id!),
    ...overview.features.flatMap((f) => (f.properties.id ? [f.properties.id] : [])),
  ]);

  it('has Turkish, Kazakh and Azerbaijani for every labelled feature, and Russian where Natural Earth has none', () => {
    for (const id of labelledIds) {
      const entry = table.names[id];
      expect(entry, id).toBeDefined();
      for (const lang of ['tr', 'kk', 'az'] as const)
        expect(entry![lang], `${id} ${lang}`).not.toBe(undefined);
      const hasRussian = labels.features.some(
        (f) => f.properties.id === id && f.properties['name_ru'],
      );
      if (!hasRussian) expect(entry!.ru, `${id} ru`).not.toBe(undefined);
    }
  });

  it('gives every name the source it was checked at', () => {
    for (const [id, entry] of Object.entries(table.names))
      for (const lang of ['tr', 'kk', 'az', 'ru'] as const) {
        const name = entry[lang];
        if (!name) continue;
        expect(name.text.trim().length, `${id} ${lang}`).toBeGreaterThan(0);
        expect(table.sources, `${id} ${lang}`).toHaveProperty([name.source]);
      }
  });

  it('has sourced names for the corridor’s countries and the Caspian Sea', () => {
    for (const id of [
      'country:KAZ',
      'country:AZE',
      'country:GEO',
      'country:TUR',
      'country:CHN',
      'sea:caspian-sea',
    ])
      for (const lang of ['tr', 'kk', 'az', 'ru'] as const)
        expect(table.sources, `${id} ${lang}`).toHaveProperty([
          table.names[id]?.[lang]?.source ?? '(no name)',
        ]);
    expect(table.names['country:TUR']?.tr?.text).toBe('Türkiye');
    expect(table.names['sea:caspian-sea']?.az?.text).toBe('Xəzər dənizi');
  });
});

describe('the first view’s basemap', () => {
  const firstView = served.basemap;

  it('leaves the 10m detail out: no shorelines, and far fewer positions', () => {
    expect(firstView.features.some((f) => f.properties.layer === 'coast')).toBe(false);
    const weight = (c: unknown) => gzipSync(JSON.stringify(c)).length;
    expect(weight(firstView)).toBeLessThan(weight(detail) / 3);
  });

  it('keeps the first view’s data (route, content and basemap) within 150 KB gzip', () => {
    const bytes =
      gzipSync(JSON.stringify(firstView)).length +
      gzipSync(JSON.stringify(forScreen(corridor))).length;
    expect(bytes).toBeLessThan(150 * 1024);
  });

  it('drops the cities a hub already names, and keeps the others', () => {
    const cities = firstView.features
      .filter((f) => f.properties.layer === 'city')
      .map((f) => f.properties.name);
    expect(cities).not.toContain('Tbilisi');
    expect(cities).not.toContain('Aktau');
    // Baku and Astana are hubs (the capitals the article speaks of), so the basemap leaves them out.
    expect(cities).not.toContain('Baku');
    expect(cities).toEqual(expect.arrayContaining(['Yerevan', 'Kutaisi', 'Edirne']));
  });
});
