/**
 * Geometry helpers for the basemap extract: simplify, clip to a box, round, and find a point
 * well inside a polygon for its label. Node only, used by `npm run geo:basemap`.
 */
import { area, bboxClip, booleanPointInPolygon, simplify } from '@turf/turf';
import type {
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';

export type { Box } from '../basemap-bounds.ts';
import type { Box } from '../basemap-bounds.ts';

const roundTo = (digits: number) => {
  const scale = 10 ** digits;
  return (value: number) => Math.round(value * scale) / scale;
};

/** Rounds a line or ring and drops the repeated positions rounding creates. */
function roundPositions(positions: Position[], digits: number): Position[] {
  const round = roundTo(digits);
  const out: Position[] = [];
  for (const [lon = 0, lat = 0] of positions) {
    const next = [round(lon), round(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== next[0] || last[1] !== next[1]) out.push(next);
  }
  return out;
}

type Lines = LineString | MultiLineString;
type Areas = Polygon | MultiPolygon;

const partsOf = <T>(geometry: { type: string; coordinates: unknown }): T[] =>
  (geometry.type.startsWith('Multi') ? geometry.coordinates : [geometry.coordinates]) as T[];

/** Rings with fewer than four distinct corners are specks that turf refuses to simplify. */
const sound = (ring: Position[]) => roundPositions(ring, 9).length >= 4;

/** Douglas–Peucker, part by part, so that one degenerate part cannot stop the rest. */
function simplified(geometry: Lines | Areas, tolerance: number): Lines | Areas {
  if (tolerance <= 0) return geometry;
  const options = { tolerance, highQuality: true };
  if (geometry.type === 'LineString' || geometry.type === 'MultiLineString')
    return simplify(geometry, options);
  const polygons = partsOf<Position[][]>(geometry)
    .map((rings) => rings.filter(sound))
    .filter((rings) => rings.length > 0)
    .map((rings) => {
      try {
        return (simplify({ type: 'Polygon', coordinates: rings }, options) as Polygon).coordinates;
      } catch {
        return rings;
      }
    });
  return { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * Simplified (Douglas–Peucker, `tolerance` in degrees), clipped to `box` and rounded to `digits`
 * decimals; null when nothing of it is left. Simplifying first and clipping after keeps the
 * rings from crossing themselves along the cut.
 */
export function generalise(
  geometry: Lines | Areas,
  { box, tolerance, digits }: { box: Box; tolerance: number; digits: number },
): MultiLineString | MultiPolygon | null {
  const clipped = bboxClip(simplified(geometry, tolerance), box).geometry as Lines | Areas;
  if (clipped.type === 'LineString' || clipped.type === 'MultiLineString') {
    const lines = partsOf<Position[]>(clipped)
      .map((line) => roundPositions(line, digits))
      .filter((line) => line.length >= 2);
    return lines.length > 0 ? { type: 'MultiLineString', coordinates: lines } : null;
  }
  const polygons = partsOf<Position[][]>(clipped)
    .map((rings) => rings.map((ring) => roundPositions(ring, digits)).filter((r) => r.length >= 4))
    .filter((rings) => rings.length > 0);
  return polygons.length > 0 ? { type: 'MultiPolygon', coordinates: polygons } : null;
}

/** The largest part of a polygon or multipolygon. */
export function largestPart(geometry: Areas): Polygon {
  let best: Polygon = { type: 'Polygon', coordinates: [] };
  let bestArea = -1;
  for (const coordinates of partsOf<Position[][]>(geometry)) {
    const part: Polygon = { type: 'Polygon', coordinates };
    const size = area(part);
    if (size > bestArea) [best, bestArea] = [part, size];
  }
  return best;
}

function distanceToEdges([x = 0, y = 0]: Position, polygon: Polygon): number {
  let best = Infinity;
  const kx = Math.cos((y * Math.PI) / 180);
  for (const ring of polygon.coordinates)
    for (let i = 1; i < ring.length; i++) {
      const [ax = 0, ay = 0] = ring[i - 1]!;
      const [bx = 0, by = 0] = ring[i]!;
      const dx = (bx - ax) * kx;
      const dy = by - ay;
      const length = dx * dx + dy * dy;
      const t =
        length === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * kx * dx + (y - ay) * dy) / length));
      best = Math.min(best, Math.hypot((x - ax) * kx - t * dx, y - ay - t * dy));
    }
  return best;
}

/**
 * A point far from every edge of the polygon's largest part (a grid search for the pole of
 * inaccessibility): where a name fits best, unlike a centroid, which can fall outside a
 * crescent-shaped sea or range.
 */
export function labelPoint(geometry: Areas, digits = 2): Position {
  const part = largestPart(geometry);
  const ring = part.coordinates[0] ?? [];
  const lons = ring.map(([lon = 0]) => lon);
  const lats = ring.map(([, lat = 0]) => lat);
  const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const steps = 60;
  let best: Position = [(w + e) / 2, (s + n) / 2];
  let bestDistance = -1;
  for (let i = 0; i <= steps; i++)
    for (let j = 0; j <= steps; j++) {
      const point = [w + ((e - w) * i) / steps, s + ((n - s) * j) / steps];
      if (!booleanPointInPolygon(point, part)) continue;
      const distance = distanceToEdges(point, part);
      if (distance > bestDistance) [best, bestDistance] = [point, distance];
    }
  return best.map(roundTo(digits));
}

export const isAreal = (geometry: Geometry): geometry is Areas =>
  geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
