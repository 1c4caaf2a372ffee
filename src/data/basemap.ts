/**
 * Builds the embedded basemap at build time (Node only): Natural Earth countries from the
 * `world-atlas` package, clipped to the corridor region. Nothing of it is committed; the seas
 * (Caspian, Black Sea) are simply where no country polygon is, drawn in the water colour.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  area,
  bboxClip,
  booleanPointInPolygon,
  centerOfMass,
  pointOnFeature,
  simplify,
} from '@turf/turf';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/** West, south, east, north: from the Balkans to beyond Xi'an. */
export const BASEMAP_BOUNDS: [number, number, number, number] = [18, 28, 114, 56];

/** Douglas–Peucker tolerance in degrees (about 3 km): invisible at the corridor's zooms. */
const SIMPLIFY_DEGREES = 0.03;
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
  const inside = booleanPointInPolygon(centre, part) ? centre : pointOnFeature(part).geometry.coordinates;
  return inside.map(round);
}

export function buildBasemap(): FeatureCollection<Geometry, BasemapFeature['properties']> {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = topology.objects.countries;
  const features: BasemapFeature[] = [];

  for (const country of feature(topology, countries).features) {
    const clipped = simplify(bboxClip(country as Feature<Polygon | MultiPolygon>, BASEMAP_BOUNDS), {
      tolerance: SIMPLIFY_DEGREES,
    }).geometry;
    const polygons = (clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates)
      .map(roundPolygon)
      .filter((p): p is Position[][] => p !== null);
    if (polygons.length === 0) continue;
    const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: polygons };
    const rawName = country.properties?.name ?? '';
    const name = NAME_OVERRIDES[rawName] ?? rawName;
    features.push({ type: 'Feature', properties: { layer: 'country', name }, geometry });
    if (area(geometry) > MIN_LABEL_AREA && !UNLABELLED.has(name))
      features.push({
        type: 'Feature',
        properties: { layer: 'label', name },
        geometry: { type: 'Point', coordinates: labelPoint(geometry) },
      });
  }

  // Shared borders only (a !== b): coastlines come from the land/water contrast instead.
  const borders = mesh(topology, countries, (a, b) => a !== b);
  const clippedBorders = simplify(
    bboxClip({ type: 'Feature', properties: {}, geometry: borders }, BASEMAP_BOUNDS),
    { tolerance: SIMPLIFY_DEGREES },
  );
  const borderLines = (clippedBorders.geometry as { coordinates: Position[][] }).coordinates
    .map(roundRing)
    .filter((line) => line.length >= 2);
  features.push({
    type: 'Feature',
    properties: { layer: 'border' },
    geometry: { type: 'MultiLineString', coordinates: borderLines },
  });

  return { type: 'FeatureCollection', features };
}
