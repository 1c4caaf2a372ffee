/**
 * The basemap's shapes at two levels: an overview generalised for zooms up to about 6 (part of
 * the first view's data), and the 10m detail fetched when the reader zooms in. Beyond Natural
 * Earth's box, the overview has the 1:110m countries of `world-atlas`, for the far surroundings a
 * zoomed-out phone shows.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { area } from '@turf/turf';
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { BASEMAP_BOUNDS, CORE_BOUNDS } from '../basemap-bounds.ts';
import { GONE_LAKES, RIVER_NAMES } from './choices.ts';
import { generalise, isAreal, type Box } from './geometry.ts';
import type { NaturalEarth } from './natural-earth.ts';

export type ShapeLayer = 'land' | 'border' | 'lake' | 'river' | 'coast';
export interface ShapeProperties {
  layer: ShapeLayer;
  /** Borders Natural Earth marks as disputed, indefinite or a line of control. */
  disputed?: true;
  id?: string;
  name?: string;
  [field: string]: unknown;
}
export type ShapeFeature = Feature<MultiPolygon | MultiLineString, ShapeProperties>;

interface Level {
  /** Douglas–Peucker tolerance in degrees, for coasts and lakes. */
  tolerance: number;
  /** The same for borders and rivers, thin lines where an error shows less. */
  lineTolerance: number;
  /** Decimals kept: 2 is about 1 km, 3 about 100 m. */
  digits: number;
  /** Lakes smaller than this (km²) are left out. */
  minLakeArea: number;
}
/** Up to zoom 6 a pixel is 0.01° or more: about a pixel of error. */
export const OVERVIEW: Level = {
  tolerance: 0.025,
  lineTolerance: 0.05,
  digits: 2,
  minLakeArea: 300,
};
/** At zoom 10 a pixel is 0.0007°: Natural Earth 10m as drawn, without its sub-pixel wiggles. */
export const DETAIL: Level = { tolerance: 0.002, lineTolerance: 0.002, digits: 3, minLakeArea: 5 };

const slug = (name: string) =>
  name
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
export const featureId = (kind: string, name: string) => `${kind}:${slug(name)}`;

function shapes(
  collection: FeatureCollection,
  properties: (source: Feature) => ShapeProperties | null,
  level: Level,
  box: Box = CORE_BOUNDS,
): ShapeFeature[] {
  return collection.features.flatMap((source) => {
    const props = properties(source);
    if (!props || !source.geometry) return [];
    const geometry = generalise(source.geometry as Parameters<typeof generalise>[0], {
      box,
      ...level,
    });
    return geometry ? [{ type: 'Feature', properties: props, geometry }] : [];
  });
}

/** Lines (or polygons) of one name become one feature: one label candidate, one set of names. */
function mergeByName(features: ShapeFeature[]): ShapeFeature[] {
  const merged = new Map<string, ShapeFeature>();
  for (const f of features) {
    const key = f.properties.id ?? JSON.stringify(f.properties);
    const existing = merged.get(key);
    if (!existing) merged.set(key, f);
    else
      (existing.geometry.coordinates as unknown[]).push(...(f.geometry.coordinates as unknown[]));
  }
  return [...merged.values()];
}

const NOT_BORDERS = ['Lease limit', 'Overlay limit'];

function borderProperties(source: Feature): ShapeProperties | null {
  const kind = String(source.properties?.['featurecla'] ?? '');
  if (NOT_BORDERS.includes(kind)) return null;
  return kind.startsWith('International')
    ? { layer: 'border' }
    : { layer: 'border', disputed: true };
}

function lakeProperties(minArea: number) {
  return (source: Feature): ShapeProperties | null => {
    const name = source.properties?.['name'];
    if (typeof name === 'string' && GONE_LAKES.includes(name)) return null;
    if (!source.geometry || !isAreal(source.geometry)) return null;
    return area(source.geometry) / 1e6 >= minArea ? { layer: 'lake' } : null;
  };
}

function riverProperties(source: Feature): ShapeProperties | null {
  const neName = String(source.properties?.['name'] ?? '');
  const name = RIVER_NAMES[neName];
  if (!name) return null;
  return { layer: 'river', id: featureId('river', name), name };
}

function levelShapes(ne: NaturalEarth, level: Level, coast: boolean): ShapeFeature[] {
  const lines = { ...level, tolerance: level.lineTolerance };
  return [
    ...mergeByName(shapes(ne.land, () => ({ layer: 'land' }), level)),
    ...mergeByName(shapes(ne.lakes, lakeProperties(level.minLakeArea), level)),
    ...(coast ? mergeByName(shapes(ne.coastline, () => ({ layer: 'coast' }), level)) : []),
    ...mergeByName(shapes(ne.boundaries, borderProperties, lines)),
    ...mergeByName(shapes(ne.rivers, riverProperties, lines)),
  ];
}

type Countries = Topology<{ countries: GeometryCollection }>;

/**
 * Russia's and Fiji's rings run across the antimeridian (from 179° to −179°). Clipped as they
 * are, they would draw a band across the world; moved to longitudes above 180 they are simply
 * clipped away.
 */
function unwrapAntimeridian(country: Feature): Feature {
  const geometry = country.geometry as
    MultiPolygon | { type: 'Polygon'; coordinates: number[][][] };
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const unwrapped = polygons.map((rings) =>
    rings.map((ring) => {
      const lons = ring.map(([lon = 0]) => lon);
      if (Math.max(...lons) - Math.min(...lons) < 180) return ring;
      return ring.map(([lon = 0, lat = 0]) => [lon < 0 ? lon + 360 : lon, lat]);
    }),
  );
  return { ...country, geometry: { type: 'MultiPolygon', coordinates: unwrapped } };
}

/** The 1:110m world outside Natural Earth's box, in four strips around it. */
function surroundings(): ShapeFeature[] {
  const require = createRequire(import.meta.url);
  const file = require.resolve('world-atlas/countries-110m.json');
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Countries;
  const [W, S, E, N] = BASEMAP_BOUNDS;
  const [w, s, e, n] = CORE_BOUNDS;
  const strips: Box[] = [
    [W, S, E, s],
    [W, n, E, N],
    [W, s, w, n],
    [e, s, E, n],
  ];
  const countries = feature(topology, topology.objects.countries) as FeatureCollection;
  countries.features = countries.features
    .filter((f) => f.properties?.['name'] !== 'Antarctica')
    .map(unwrapAntimeridian);
  const borders: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {},
        geometry: mesh(topology, topology.objects.countries, (a, b) => a !== b) as Geometry,
      },
    ],
  };
  const level = { tolerance: 0.25, lineTolerance: 0.25, digits: 1, minLakeArea: Infinity };
  return strips.flatMap((strip) => [
    ...mergeByName(shapes(countries, () => ({ layer: 'land' }), level, strip)),
    ...mergeByName(shapes(borders, () => ({ layer: 'border' }), level, strip)),
  ]);
}

export const overviewShapes = (ne: NaturalEarth) => [
  ...surroundings(),
  ...levelShapes(ne, OVERVIEW, false),
];
export const detailShapes = (ne: NaturalEarth) => levelShapes(ne, DETAIL, true);
