/**
 * Builds the embedded basemap at build time (Node only): Natural Earth countries from the
 * `world-atlas` package, clipped to the corridor region. Nothing of it is committed; the seas
 * (Caspian, Black Sea) are simply where no country polygon is, drawn in the water colour.
 *
 * The corridor itself gets the 1:50m coastlines; the wide surroundings that a portrait phone or
 * a zoomed-out view also shows get 1:110m, in four strips around it, to keep the data small.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  area,
  bboxClip,
  booleanPointInPolygon,
  centerOfMass,
  pointOnFeature,
  rewind,
  simplify,
} from '@turf/turf';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';

import { BASEMAP_BOUNDS, CORE_BOUNDS, type Box } from './basemap-bounds.ts';

const [W, S, E, N] = BASEMAP_BOUNDS;
const [w, s, e, n] = CORE_BOUNDS;
const SURROUNDINGS: Box[] = [
  [W, S, E, s],
  [W, n, E, N],
  [W, s, w, n],
  [e, s, E, n],
];

/** Douglas–Peucker tolerance in degrees (about 3 km): invisible at the corridor's zooms. */
const SIMPLIFY_DEGREES = 0.03;
/** The surroundings are only ever seen zoomed out. */
const SIMPLIFY_DEGREES_OUTSIDE = 0.1;
/** Countries smaller than this (m²) get no label; they would only crowd the map. */
const MIN_LABEL_AREA = 2.5e10;
/** Polygons that Natural Earth carries but that would puzzle a reader at this scale. */
const UNLABELLED = new Set(['Siachen Glacier', 'N. Cyprus']);

/** English short names as the project writes them. */
const NAME_OVERRIDES: Record<string, string> = { Turkey: 'Türkiye' };

export type BasemapLayer = 'country' | 'border' | 'label';
export type BasemapFeature = Feature<Geometry, { layer: BasemapLayer; name?: string }>;

/** About 1 km of precision is plenty at the zooms the corridor is read at. */
const round = (value: number) => Math.round(value * 100) / 100;

function roundRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const [lon = 0, lat = 0] of ring) {
    const next = [round(lon), round(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== next[0] || last[1] !== next[1]) out.push(next);
  }
  return out;
}

function roundPolygon(rings: Position[][]): Position[][] | null {
  const rounded = rings.map(roundRing).filter((r) => r.length >= 4);
  return rounded.length > 0 ? rounded : null;
}

function largestPart(geometry: Polygon | MultiPolygon): Polygon {
  if (geometry.type === 'Polygon') return geometry;
  let best: Polygon = { type: 'Polygon', coordinates: geometry.coordinates[0] ?? [] };
  let bestArea = 0;
  for (const coordinates of geometry.coordinates) {
    const candidate: Polygon = { type: 'Polygon', coordinates };
    const size = area(candidate);
    if (size > bestArea) [best, bestArea] = [candidate, size];
  }
  return best;
}

function labelPoint(geometry: Polygon | MultiPolygon): Position {
  const part = largestPart(geometry);
  const centre = centerOfMass(part).geometry.coordinates;
  const inside = booleanPointInPolygon(centre, part)
    ? centre
    : pointOnFeature(part).geometry.coordinates;
  return inside.map(round);
}

/**
 * Russia's ring runs across the antimeridian (Chukotka at −180…−169). Clipping such a ring at our
 * western edge leaves a spike that crosses itself and blanks out tiles, so its far-east part is
 * moved to longitudes above 180 first, where it is simply clipped away.
 */
function unwrapAntimeridian(ring: Position[]): Position[] {
  const lons = ring.map(([lon = 0]) => lon);
  if (Math.min(...lons) > -170 || Math.max(...lons) < 170) return ring;
  return ring.map(([lon = 0, lat = 0]) => [lon < 0 ? lon + 360 : lon, lat]);
}

/** Douglas–Peucker on one polygon; a speck too small for turf to simplify is kept as it is. */
function simplifyPolygon(rings: Position[][], tolerance: number): Position[][] {
  try {
    return (simplify({ type: 'Polygon', coordinates: rings } as Polygon, { tolerance }) as Polygon)
      .coordinates;
  } catch {
    return rings;
  }
}

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

function readTopology(file: string): Countries {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as Countries;
}

/** Each country's polygons inside the boxes, simplified and rounded, by English name. */
function countryParts(
  topology: Countries,
  boxes: Box[],
  tolerance: number,
  into: Map<string, Position[][][]>,
) {
  for (const country of feature(topology, topology.objects.countries).features) {
    const rawName = country.properties?.name ?? '';
    const name = NAME_OVERRIDES[rawName] ?? rawName;
    // Simplify first, clip after: simplifying clipped rings makes them cross themselves.
    const geometry = country.geometry as Polygon | MultiPolygon;
    const original = (
      geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
    ).map((rings) => rings.map(unwrapAntimeridian));
    // Rings that rounding shrinks below four points are specks at this scale, and turf rejects them.
    const sound = original.map(roundPolygon).filter((p): p is Position[][] => p !== null);
    if (sound.length === 0) continue;
    const simplified: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: sound.map((rings) => simplifyPolygon(rings, tolerance)),
    };
    for (const box of boxes) {
      const inBox = bboxClip(simplified, box).geometry;
      const parts = (
        inBox.type === 'Polygon' ? [inBox.coordinates] : inBox.coordinates
      ) as Position[][][];
      const polygons = parts.map(roundPolygon).filter((p): p is Position[][] => p !== null);
      if (polygons.length > 0) into.set(name, [...(into.get(name) ?? []), ...polygons]);
    }
  }
}

/** Shared borders only (a !== b): coastlines come from the land/water contrast instead. */
function borderLines(topology: Countries, boxes: Box[], tolerance: number): Position[][] {
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  return boxes.flatMap((box) => {
    const clipped = simplify(
      bboxClip({ type: 'Feature', properties: {}, geometry: borders }, box),
      { tolerance },
    );
    return (clipped.geometry as { coordinates: Position[][] }).coordinates
      .map(roundRing)
      .filter((line) => line.length >= 2);
  });
}

export function buildBasemap(): FeatureCollection<Geometry, BasemapFeature['properties']> {
  const detailed = readTopology('countries-50m.json');
  const coarse = readTopology('countries-110m.json');
  const parts = new Map<string, Position[][][]>();
  countryParts(detailed, [CORE_BOUNDS], SIMPLIFY_DEGREES, parts);
  countryParts(coarse, SURROUNDINGS, SIMPLIFY_DEGREES_OUTSIDE, parts);

  const features: BasemapFeature[] = [];
  for (const [name, polygons] of parts) {
    // Consistent winding: the renderer tells outer rings from holes by it, and pieces clipped
    // from two resolutions do not share one.
    const geometry = rewind({ type: 'MultiPolygon', coordinates: polygons }) as MultiPolygon;
    features.push({ type: 'Feature', properties: { layer: 'country', name }, geometry });
    if (area(geometry) > MIN_LABEL_AREA && !UNLABELLED.has(name))
      features.push({
        type: 'Feature',
        properties: { layer: 'label', name },
        geometry: { type: 'Point', coordinates: labelPoint(geometry) },
      });
  }
  const lines = [
    ...borderLines(detailed, [CORE_BOUNDS], SIMPLIFY_DEGREES),
    ...borderLines(coarse, SURROUNDINGS, SIMPLIFY_DEGREES_OUTSIDE),
  ];
  features.push({
    type: 'Feature',
    properties: { layer: 'border' },
    geometry: { type: 'MultiLineString', coordinates: lines },
  });
  return { type: 'FeatureCollection', features };
}
