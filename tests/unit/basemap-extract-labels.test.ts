/**
 * The basemap's names (src/data/basemap-extract/labels.ts) from a small made-up Natural Earth:
 * which countries, waters, cities and landforms are named, with what name, rank and kind, where
 * the point sits, and which Natural Earth fields come along.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  LABEL_AT,
  MORE_LABELS_AT,
  SMALL_SCALE_LABEL_AT,
} from '../../src/data/basemap-extract/choices.ts';
import { labels, type LabelFeature } from '../../src/data/basemap-extract/labels.ts';
import type { NaturalEarth } from '../../src/data/basemap-extract/natural-earth.ts';

const collection = (...features: Feature[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});
const feature = (properties: Record<string, unknown>, geometry: Geometry | null): Feature =>
  ({ type: 'Feature', properties, geometry }) as Feature;
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
const point = (coordinates: Position): Geometry => ({ type: 'Point', coordinates });
const naturalEarth = (layers: Partial<NaturalEarth>): NaturalEarth => ({
  land: collection(),
  coastline: collection(),
  lakes: collection(),
  rivers: collection(),
  boundaries: collection(),
  countries: collection(),
  marine: collection(),
  regions: collection(),
  places: collection(),
  ...layers,
});
const own = (features: LabelFeature[]) => features.filter((f) => !f.properties.repeat);
const byId = (features: LabelFeature[], id: string) =>
  own(features).find((f) => f.properties.id === id);
const at = (features: LabelFeature[], id: string) => byId(features, id)?.geometry.coordinates;

describe('country names', () => {
  const countries = () =>
    labels(
      naturalEarth({
        countries: collection(
          feature(
            {
              ADM0_A3: 'KAZ',
              NAME: 'Kazakhstan',
              NAME_LONG: '  Republic  of\nKazakhstan ',
              FORMAL_EN: '',
              FORMAL_FR: null,
              ISO_A2: -99,
              POP_EST: 19000000,
            },
            null,
          ),
          feature({ ADM0_A3: 'TUR', NAME: 'Turkey', ISO_A2: 'TR' }, box(26, 36, 44, 42)),
          feature({ ADM0_A3: 'RUS', NAME: 'Russia' }, box(30, 45, 60, 56)),
          feature({ ADM0_A3: 'XAA', NAME: 'Oblongia' }, box(40, 40, 46, 42)),
          feature({ ADM0_A3: 'XBB', NAME: 'Westmarch' }, box(10, 40, 22, 42)),
          feature({ ADM0_A3: 'ITA', NAME: 'Italy' }, box(18, 38, 19, 41)),
          feature({ ADM0_A3: 'XCC', NAME: 'Nowhere' }, null),
          feature(
            { ADM0_A3: 'XDD', NAME: 'Border' },
            {
              type: 'LineString',
              coordinates: [
                [40, 40],
                [41, 41],
              ],
            },
          ),
          feature({ ADM0_A3: 'XEE', NAME: 'Faraway' }, box(0, 0, 5, 5)),
        ),
      }),
      [],
    ).features;

  it('names the corridor’s countries first, then their neighbours, then the rest', () => {
    const names = own(countries()).map((f) => [
      f.properties.id,
      f.properties.name,
      f.properties.rank,
    ]);
    expect(names).toEqual([
      ['country:KAZ', 'Kazakhstan', 0],
      ['country:TUR', 'Türkiye', 0],
      ['country:RUS', 'Russia', 1],
      ['country:XAA', 'Oblongia', 2],
      ['country:XBB', 'Westmarch', 2],
    ]);
    for (const f of countries()) {
      expect(f.properties.layer).toBe('country');
      expect(f.properties.kind).toBe('country');
    }
  });

  it('puts a name where it was chosen by hand, else at the point farthest inside the part in the box', () => {
    const all = countries();
    expect(at(all, 'country:KAZ')).toEqual(LABEL_AT['country:KAZ']);
    expect(at(all, 'country:TUR')).toEqual(LABEL_AT['country:TUR']);
    // 6° by 2° at 41° N: 1° of ground from the west side is 1.32° of longitude; the grid of
    // tenths gives 41.4, not the middle of the box (43).
    expect(at(all, 'country:XAA')).toEqual([41.4, 41]);
    // Only lon 18–22 is in the box: the same rule on what is left.
    expect(at(all, 'country:XBB')).toEqual([19.33, 41]);
  });

  it('keeps Natural Earth’s name fields in lower case, tidied, without the empty ones', () => {
    const kaz = byId(countries(), 'country:KAZ')!.properties;
    expect(kaz).toEqual({
      layer: 'country',
      id: 'country:KAZ',
      name: 'Kazakhstan',
      rank: 0,
      kind: 'country',
      minzoom: 3,
      name_ne: 'Kazakhstan',
      name_long: 'Republic of Kazakhstan',
      adm0_a3: 'KAZ',
    });
    const tur = byId(countries(), 'country:TUR')!.properties;
    expect(tur['name_ne']).toBe('Turkey');
    expect(tur['iso_a2']).toBe('TR');
  });

  it('repeats a name at its further points from zoom 6, and moves it at small scales', () => {
    const kaz = countries().filter((f) => f.properties.id === 'country:KAZ');
    const more = MORE_LABELS_AT['country:KAZ']!;
    expect(
      kaz.map((f) => [
        f.geometry.coordinates,
        f.properties.repeat,
        f.properties.minzoom,
        f.properties.maxzoom,
      ]),
    ).toEqual([
      [LABEL_AT['country:KAZ'], undefined, 3, undefined],
      ...more.map((p) => [p, true, 6, undefined]),
      [SMALL_SCALE_LABEL_AT['country:KAZ'], true, undefined, 3],
    ]);
    expect(kaz.every((f) => f.properties.name === 'Kazakhstan' && f.properties.rank === 0)).toBe(
      true,
    );
    const tur = countries().filter((f) => f.properties.id === 'country:TUR');
    expect(
      tur.map((f) => [f.properties.repeat, f.properties.minzoom, f.properties.maxzoom]),
    ).toEqual([
      [undefined, undefined, undefined],
      ...MORE_LABELS_AT['country:TUR']!.map(() => [true, 6, undefined]),
    ]);
    expect(Object.keys(tur[0]!.properties)).not.toContain('minzoom');
    expect(countries().filter((f) => f.properties.id === 'country:RUS')).toHaveLength(1);
  });

  it('falls back on a point on the shape when the rounded point farthest inside is outside it', () => {
    // A sliver 0.003° high: the point farthest inside, rounded to 0.01°, is off the shape; the
    // fallback is the shape's centre, rounded the same way.
    const sliver = labels(
      naturalEarth({
        countries: collection(
          feature({ ADM0_A3: 'XFF', NAME: 'Sliver' }, box(50, 40.006, 52, 40.009)),
        ),
      }),
      [],
    ).features;
    expect(sliver.map((f) => f.geometry.coordinates)).toEqual([[51, 40.01]]);
  });
});

describe('water names', () => {
  const waters = () =>
    labels(
      naturalEarth({
        marine: collection(
          feature(
            { name: 'Black Sea', featurecla: 'sea', name_fr: 'Mer Noire', namealt: null },
            null,
          ),
          feature(
            { name: 'Bosporus', featurecla: 'strait', namealt: 'İstanbul Boğazı' },
            box(28.9, 41, 29.2, 41.3),
          ),
          feature({ name: 'Sea of Azov', featurecla: 'sea' }, box(35, 45.5, 38, 47.5)),
          feature({ name: 'Red Sea', featurecla: 'sea' }, box(34, 28, 36, 30)),
          feature({ name: 'Aegean Sea', featurecla: 'sea' }, null),
        ),
        lakes: collection(
          feature(
            { name: 'Qinghai Hu', featurecla: 'Lake', name_alt: 'Koko Nor', name_abb: 'Qinghai' },
            box(99.6, 36.6, 100.6, 37.2),
          ),
          feature({ name: 'Kapchagay Reservoir', featurecla: 'Reservoir' }, box(77, 43.6, 78, 44)),
          feature({ name: 'Lake Balkhash', featurecla: 'Lake' }, box(73, 45, 79, 47)),
          feature({ name: 'Lake Nameless', featurecla: 'Lake' }, box(60, 45, 61, 46)),
          feature({ name: 'Lake Van', featurecla: 'Lake' }, null),
        ),
      }),
      [],
    ).features;

  it('names the chosen seas, straits and lakes as the project writes them', () => {
    expect(
      own(waters()).map((f) => [
        f.properties.id,
        f.properties.name,
        f.properties.rank,
        f.properties.kind,
      ]),
    ).toEqual([
      ['sea:black-sea', 'Black Sea', 0, 'sea'],
      ['sea:bosphorus', 'Bosphorus', 3, 'strait'],
      ['sea:sea-of-azov', 'Sea of Azov', 2, 'sea'],
      ['lake:qinghai-lake', 'Qinghai Lake', 2, 'lake'],
      ['lake:kapchagay-reservoir', 'Kapchagay Reservoir', 3, 'reservoir'],
      ['lake:lake-balkhash', 'Lake Balkhash', 1, 'lake'],
    ]);
    expect(waters().every((f) => f.properties.layer === 'water')).toBe(true);
  });

  it('places them by hand or inside the shape, with their further points', () => {
    const all = waters();
    expect(at(all, 'sea:black-sea')).toEqual(LABEL_AT['sea:black-sea']);
    expect(at(all, 'sea:bosphorus')).toEqual(LABEL_AT['sea:bosphorus']);
    expect(at(all, 'lake:lake-balkhash')).toEqual(LABEL_AT['lake:lake-balkhash']);
    const [lon = 0, lat = 0] = at(all, 'lake:qinghai-lake')!;
    expect(lon).toBeGreaterThan(99.6);
    expect(lon).toBeLessThan(100.6);
    expect(lat).toBe(36.9);
    expect(
      all.filter((f) => f.properties.id === 'sea:black-sea' && f.properties.repeat),
    ).toHaveLength(MORE_LABELS_AT['sea:black-sea']!.length);
  });

  it('keeps the name fields of seas and of lakes', () => {
    const all = waters();
    expect(byId(all, 'sea:black-sea')!.properties).toMatchObject({
      name_ne: 'Black Sea',
      name_fr: 'Mer Noire',
    });
    expect(byId(all, 'sea:black-sea')!.properties).not.toHaveProperty('name_alt');
    expect(byId(all, 'sea:bosphorus')!.properties).toMatchObject({
      name_ne: 'Bosporus',
      name_alt: 'İstanbul Boğazı',
    });
    expect(byId(all, 'lake:qinghai-lake')!.properties).toMatchObject({
      name_ne: 'Qinghai Hu',
      name_alt: 'Koko Nor',
      name_abb: 'Qinghai',
    });
  });
});

describe('city names', () => {
  // The route's positions: every degree along 40° N from 50° to 60° E. A degree of latitude is
  // 111 km; a city's distance is to the nearest of these positions.
  const route: Position[] = Array.from({ length: 11 }, (_, i) => [50 + i, 40]);
  const city = (name: string, where: Position, more: Record<string, unknown> = {}) =>
    feature({ NAME: name, NAME_EN: name, SCALERANK: 8, ADM0_A3: 'XAA', ...more }, point(where));
  const cities = (...places: Feature[]) =>
    labels(naturalEarth({ places: collection(...places) }), route).features;
  const names = (features: LabelFeature[]) => features.map((f) => f.properties.name);

  it('names capitals up to 800 km from the route, large cities up to 400 km, and the chosen others anywhere in the region', () => {
    const named = cities(
      city('Capital Near', [55, 47], { ADM0CAP: 1 }), // 778 km
      city('Capital Far', [55, 47.4], { ADM0CAP: 1 }), // 822 km
      city('Large Near', [55, 43.5], { SCALERANK: 4 }), // 389 km
      city('Large Far', [55, 43.7], { SCALERANK: 4 }), // 411 km
      city('Small Near', [55, 40.1], { SCALERANK: 5 }),
      city('Edirne', [26.5, 41.7]),
    );
    expect(names(named)).toEqual(['Capital Near', 'Large Near', 'Edirne']);
  });

  it('ranks and kinds them: near capitals first, then other capitals and the largest cities', () => {
    const named = cities(
      city('Astana', [55, 45], { ADM0CAP: 1, ADM0_A3: 'KAZ' }),
      city('Tashkent', [56, 45], { ADM0CAP: 1, ADM0_A3: 'UZB' }),
      city('Baghdad', [57, 45], { ADM0CAP: 1, ADM0_A3: 'IRQ' }),
      city('Mosul', [55, 41], { SCALERANK: 3 }),
      city('Large', [56, 41], { SCALERANK: 4 }),
      city('Edirne', [26.5, 41.7], { ADM0_A3: 'TUR' }),
    );
    expect(
      named.map((f) => [
        f.properties.name,
        f.properties.rank,
        f.properties.kind,
        f.properties.layer,
      ]),
    ).toEqual([
      ['Astana', 1, 'capital', 'city'],
      ['Tashkent', 1, 'capital', 'city'],
      ['Baghdad', 2, 'capital', 'city'],
      ['Mosul', 2, 'city', 'city'],
      ['Large', 3, 'city', 'city'],
      ['Edirne', 3, 'city', 'city'],
    ]);
  });

  it('names only places within the corridor’s region, edges included', () => {
    const named = cities(
      city('Edirne', [24, 45]),
      city('Erzincan', [112, 45]),
      city('Trabzon', [60, 33]),
      city('Samsun', [60, 54]),
      city('Kayseri', [23.99, 45]),
      city('Kutaisi', [112.01, 45]),
      city('Gyumri', [60, 32.99]),
      city('Batumi', [60, 54.01]),
      city('Capital Close', [55, 32.9], { ADM0CAP: 1 }),
    );
    expect(names(named)).toEqual(['Edirne', 'Erzincan', 'Trabzon', 'Samsun']);
  });

  it('writes names as the project does, skips false records, and keeps the fields', () => {
    const named = cities(
      city('Kiev', [55, 45], {
        ADM0CAP: 1,
        ADM0_A3: 'UKR',
        NAME: 'Kyiv',
        NAME_RU: 'Киев',
        NAMEALT: '',
        POP_MAX: 2709000,
        wikidataid: 'Q1899',
      }),
      city('Dulan', [55, 44], { ADM0CAP: 1 }),
      feature({ NAME: 'Only Ne Name', ADM0CAP: 1, SCALERANK: 8 }, point([55.12345, 45.98765])),
    );
    expect(named.map((f) => [f.properties.id, f.properties.name, f.geometry.coordinates])).toEqual([
      ['city:kyiv', 'Kyiv', [55, 45]],
      ['city:only-ne-name', 'Only Ne Name', [55.123, 45.988]],
    ]);
    expect(named[0]!.properties).toMatchObject({
      name_ne: 'Kyiv',
      name_en: 'Kiev',
      name_ru: 'Киев',
      population: 2709000,
      wikidata: 'Q1899',
      adm0_a3: 'UKR',
    });
    expect(named[0]!.properties).not.toHaveProperty('name_alt');
  });

  it('keeps the larger of two records of one town, whichever comes first', () => {
    const named = cities(
      city('Aktau', [51.2, 43.65], { POP_MAX: 200000 }),
      city('Aktau', [51.1, 43.6], { POP_MAX: 100000 }),
      city('Poti', [41.7, 42.1], { POP_MAX: 1000 }),
      city('Poti', [41.6, 42.2], { POP_MAX: 47000 }),
    );
    expect(named.map((f) => [f.properties.name, f.properties['population']])).toEqual([
      ['Aktau', 200000],
      ['Poti', 47000],
    ]);
  });
});

describe('landform names', () => {
  it('names the chosen landforms, by hand or inside their shape, with a plain kind', () => {
    const named = labels(
      naturalEarth({
        regions: collection(
          feature(
            { name: 'CAUCASUS MTS.', featurecla: 'Range/mtn', namealt: 'Kavkaz' },
            box(40, 41, 50, 44),
          ),
          feature({ name: 'Absheron Pen.', featurecla: 'Pen/cape' }, box(49.5, 40.2, 50.4, 40.6)),
          feature({ name: 'Ustyurt Plateau', featurecla: 'Plateau' }, box(54, 42, 58, 45)),
          feature({ name: 'Somewhere Hills', featurecla: 'Range/mtn' }, box(60, 42, 61, 43)),
          feature({ name: 'TIAN SHAN', featurecla: 'Range/mtn' }, null),
          feature({ name: 'Taurus Mts.', featurecla: 'Range/mtn' }, null),
        ),
      }),
      [],
    ).features;
    expect(
      named.map((f) => [f.properties.id, f.properties.name, f.properties.rank, f.properties.kind]),
    ).toEqual([
      ['landform:caucasus-mountains', 'Caucasus Mountains', 1, 'range'],
      ['landform:absheron-peninsula', 'Absheron Peninsula', 3, 'peninsula'],
      ['landform:ustyurt-plateau', 'Ustyurt Plateau', 1, 'plateau'],
      ['landform:tian-shan', 'Tian Shan', 1, 'range'],
    ]);
    expect(named[0]!.geometry.coordinates).toEqual(LABEL_AT['landform:caucasus-mountains']);
    expect(named[0]!.properties).toMatchObject({
      layer: 'landform',
      name_ne: 'CAUCASUS MTS.',
      name_alt: 'Kavkaz',
    });
    expect(named[2]!.geometry.coordinates[1]).toBe(43.5);
  });
});

describe('labels', () => {
  it('lists countries and waters, then cities, then landforms', () => {
    const all = labels(
      naturalEarth({
        regions: collection(feature({ name: 'CAUCASUS MTS.', featurecla: 'Range/mtn' }, null)),
        places: collection(feature({ NAME: 'Edirne', SCALERANK: 8 }, point([26.5, 41.7]))),
        lakes: collection(feature({ name: 'Lake Balkhash' }, null)),
        countries: collection(feature({ ADM0_A3: 'RUS', NAME: 'Russia' }, null)),
      }),
      [],
    );
    expect(all.type).toBe('FeatureCollection');
    expect(all.features.map((f) => f.properties.layer)).toEqual([
      'country',
      'water',
      'city',
      'landform',
    ]);
  });
});
