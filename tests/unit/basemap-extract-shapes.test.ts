/**
 * The basemap's shapes (src/data/basemap-extract/shapes.ts) from a small made-up Natural Earth:
 * which features each level keeps, how they are merged and named, and the far surroundings.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { NaturalEarth } from '../../src/data/basemap-extract/natural-earth.ts';
import {
  DETAIL,
  OVERVIEW,
  detailShapes,
  featureId,
  overviewShapes,
  type ShapeFeature,
} from '../../src/data/basemap-extract/shapes.ts';

const collection = (...features: Feature[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});
const feature = (properties: Record<string, unknown> | null, geometry: Geometry | null): Feature =>
  ({ type: 'Feature', properties, geometry }) as Feature;
const square = (w: number, s: number, size: number): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [w + size, s],
      [w + size, s + size],
      [w, s + size],
      [w, s],
    ],
  ],
});
const line = (...coordinates: Position[]): Geometry => ({ type: 'LineString', coordinates });
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
const ofLayer = (features: ShapeFeature[], layer: string) =>
  features.filter((f) => f.properties.layer === layer);
const positionsOf = (f: ShapeFeature): Position[] =>
  f.geometry.type === 'MultiPolygon'
    ? f.geometry.coordinates.flat(2)
    : f.geometry.coordinates.flat(1);
const summary = (features: ShapeFeature[]) =>
  features.map((f) => ({ ...f.properties, parts: f.geometry.coordinates.length }));

describe('featureId', () => {
  it('makes a lower-case, hyphenated id without accents from a name', () => {
    expect(featureId('river', 'Kızılırmak')).toBe('river:kizilirmak');
    expect(featureId('city', 'Türkmenbaşy')).toBe('city:turkmenbasy');
    expect(featureId('sea', 'Sea of Marmara')).toBe('sea:sea-of-marmara');
    expect(featureId('lake', ' Aydar  Ko‘l ')).toBe('lake:aydar-ko-l');
    expect(featureId('landform', '(Karatau)')).toBe('landform:karatau');
    expect(featureId('city', 'Fort-Shevchenko 2')).toBe('city:fort-shevchenko-2');
  });
});

describe('the levels', () => {
  it('are about a pixel of error: the overview coarser than the detail', () => {
    expect(OVERVIEW).toEqual({
      tolerance: 0.025,
      lineTolerance: 0.05,
      digits: 2,
      minLakeArea: 300,
    });
    expect(DETAIL).toEqual({ tolerance: 0.002, lineTolerance: 0.002, digits: 3, minLakeArea: 5 });
  });
});

describe('detailShapes', () => {
  it('merges the land into one feature and leaves out what lies outside the box', () => {
    const ne = naturalEarth({
      land: collection(
        feature({ featurecla: 'Land' }, square(40, 40, 1)),
        feature({ featurecla: 'Land' }, square(50, 40, 1)),
        feature({ featurecla: 'Land' }, square(0, 0, 1)),
        feature({ featurecla: 'Land' }, null),
      ),
    });
    const shapes = detailShapes(ne);
    expect(summary(shapes)).toEqual([{ layer: 'land', parts: 2 }]);
  });

  it('keeps lakes of 5 km² and more, except those drained since Natural Earth was made', () => {
    const ne = naturalEarth({
      lakes: collection(
        feature({ name: 'Big' }, square(60, 45, 0.3)), // about 790 km²
        feature({ name: 'Middle' }, square(62, 45, 0.1)), // about 87 km²
        feature({ name: 'Small' }, square(64, 45, 0.01)), // under 1 km²
        feature({ name: 'Kakhovka Reservoir' }, square(33.5, 47, 0.3)),
        feature({ name: 'A line' }, line([66, 45], [67, 46])),
        feature({ name: 'Nothing' }, null),
        feature(null, square(68, 45, 0.1)),
      ),
    });
    const lakes = ofLayer(detailShapes(ne), 'lake');
    expect(summary(lakes)).toEqual([{ layer: 'lake', parts: 3 }]);
    const lons = (lakes[0]!.geometry as MultiPolygon).coordinates.map((part) => part[0]![0]![0]);
    expect(lons).toEqual([60, 62, 68]);
  });

  it('draws the coast, the borders (disputed ones apart) and the named rivers, in that order', () => {
    const ne = naturalEarth({
      land: collection(feature({}, square(40, 40, 1))),
      coastline: collection(feature({}, line([40, 40], [41, 40]))),
      boundaries: collection(
        feature({ featurecla: 'International boundary (verify)' }, line([45, 40], [45, 41])),
        feature({ featurecla: 'Disputed (please verify)' }, line([46, 40], [46, 41])),
        feature({ featurecla: 'Line of control (please verify)' }, line([47, 40], [47, 41])),
        feature({ featurecla: 'Lease limit' }, line([48, 40], [48, 41])),
        feature({ featurecla: 'Overlay limit' }, line([49, 40], [49, 41])),
        feature({ featurecla: 'International boundary (verify)' }, line([50, 40], [50, 41])),
        feature(null, line([51, 40], [51, 41])),
      ),
      rivers: collection(
        feature({ name: 'Ertis' }, line([75, 48], [76, 49])),
        feature({ name: 'Nile' }, line([31, 30], [31, 31])),
        feature({ name: 'Kiz?lirmak' }, line([34, 40], [35, 41])),
        feature({ name: 'Irtysh' }, line([73, 55], [74, 55.5])),
        feature({ name: 'Ertix' }, line([86, 47], [87, 48])),
      ),
    });
    expect(summary(detailShapes(ne))).toEqual([
      { layer: 'land', parts: 1 },
      { layer: 'coast', parts: 1 },
      { layer: 'border', parts: 2 },
      { layer: 'border', disputed: true, parts: 3 },
      { layer: 'river', id: 'river:irtysh', name: 'Irtysh', parts: 3 },
      { layer: 'river', id: 'river:kizilirmak', name: 'Kızılırmak', parts: 1 },
    ]);
  });

  it('rounds to three decimals and keeps bumps of 0.03°, on land and on lines', () => {
    const bumpy = (w: number): Position[] => [
      [w, 40.12345],
      [w + 0.5, 40.15345],
      [w + 1, 40.12345],
    ];
    const ne = naturalEarth({
      land: collection(
        feature({}, { type: 'Polygon', coordinates: [[...bumpy(40), [40.5, 41], [40, 40.12345]]] }),
      ),
      boundaries: collection(feature({ featurecla: 'International boundary' }, line(...bumpy(44)))),
    });
    const [land, border] = detailShapes(ne);
    expect((land!.geometry as MultiPolygon).coordinates[0]![0]).toEqual([
      [40, 40.123],
      [40.5, 40.153],
      [41, 40.123],
      [40.5, 41],
      [40, 40.123],
    ]);
    expect(border!.geometry.coordinates[0]).toEqual([
      [44, 40.123],
      [44.5, 40.153],
      [45, 40.123],
    ]);
  });
});

describe('overviewShapes', () => {
  it('has no coast, lakes of 300 km² and more, two decimals, and lines smoother than land', () => {
    const bumpy = (w: number): Position[] => [
      [w, 40.12345],
      [w + 0.5, 40.15345],
      [w + 1, 40.12345],
    ];
    const ne = naturalEarth({
      land: collection(
        feature({}, { type: 'Polygon', coordinates: [[...bumpy(40), [40.5, 41], [40, 40.12345]]] }),
      ),
      coastline: collection(feature({}, line([40, 40], [41, 40]))),
      lakes: collection(
        feature({ name: 'Big' }, square(60, 45, 0.3)),
        feature({ name: 'Middle' }, square(62, 45, 0.1)),
      ),
      boundaries: collection(feature({ featurecla: 'International boundary' }, line(...bumpy(44)))),
      rivers: collection(feature({ name: 'Volga' }, line(...bumpy(46)))),
    });
    const inCore = overviewShapes(ne).filter((f) =>
      positionsOf(f).every(([lon = 0, lat = 0]) => {
        return lon >= 18 && lon <= 112 && lat >= 28 && lat <= 56;
      }),
    );
    expect(summary(inCore)).toEqual([
      { layer: 'land', parts: 1 },
      { layer: 'lake', parts: 1 },
      { layer: 'border', parts: 1 },
      { layer: 'river', id: 'river:volga', name: 'Volga', parts: 1 },
    ]);
    // The 0.03° bump stays on land (0.025° tolerance) but not on a border or river (0.05°).
    expect((inCore[0]!.geometry as MultiPolygon).coordinates[0]![0]).toEqual([
      [40, 40.12],
      [40.5, 40.15],
      [41, 40.12],
      [40.5, 41],
      [40, 40.12],
    ]);
    const straight = (w: number) => [
      [w, 40.12],
      [w + 1, 40.12],
    ];
    expect(inCore[2]!.geometry.coordinates).toEqual([straight(44)]);
    expect(inCore[3]!.geometry.coordinates).toEqual([straight(46)]);
  });

  it('draws the world around Natural Earth’s box at 1:110m, without a band across the Arctic', () => {
    const shapes = overviewShapes(naturalEarth({}));
    const land = ofLayer(shapes, 'land');
    const landAt = (at: Position) =>
      land.some((f) => booleanPointInPolygon(at, f.geometry as MultiPolygon));
    // Norway, Spain, eastern China, the Congo, and Siberia north of the box.
    for (const at of [
      [10, 61],
      [-4, 40],
      [115, 30],
      [22, 0],
      [80.5, 67.5],
    ])
      expect(landAt(at), `land at ${at.join(', ')}`).toBe(true);
    // The Atlantic, the Arctic Ocean, the Laptev Sea, the Indian Ocean, the East China Sea,
    // and where Russia's and Fiji's rings, clipped across the antimeridian, would draw bands.
    for (const at of [
      [-15, 40],
      [0, 80],
      [-10, 72],
      [125, 77],
      [70, -20],
      [128, 30],
      [-19.5, 67.5],
      [-19.5, -16.5],
    ])
      expect(landAt(at), `sea at ${at.join(', ')}`).toBe(false);
    // Nothing of the surroundings inside the box, all of it within the map's bounds.
    const positions = shapes.flatMap(positionsOf);
    for (const [lon = 0, lat = 0] of positions) {
      expect(lon).toBeGreaterThanOrEqual(-20);
      expect(lon).toBeLessThanOrEqual(150);
      expect(lat).toBeGreaterThanOrEqual(-58);
      expect(lat).toBeLessThanOrEqual(84);
      expect(lon > 18 && lon < 112 && lat > 28 && lat < 56).toBe(false);
      expect(Math.round(lon * 10) / 10).toBe(lon);
    }
    // Per strip a land and a border feature: south, north, west, east.
    expect(shapes.map((f) => f.properties.layer)).toEqual([
      'land',
      'border',
      'land',
      'border',
      'land',
      'border',
      'land',
      'border',
    ]);
  });
});
