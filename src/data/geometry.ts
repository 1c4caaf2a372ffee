/** Pure geometry helpers over the route, all distances in kilometres via turf. */
import { distance, length, lineString, point, pointToLineDistance } from '@turf/turf';
import type { Position } from './schema.ts';

export function lineLengthKm(coordinates: Position[]): number {
  return length(lineString(coordinates), { units: 'kilometers' });
}

/** The longest gap between consecutive vertices, with the index of the vertex that starts it. */
export function longestGapKm(coordinates: Position[]): { km: number; index: number } {
  let longest = { km: 0, index: 0 };
  for (let i = 1; i < coordinates.length; i++) {
    const a = coordinates[i - 1];
    const b = coordinates[i];
    if (!a || !b) continue;
    const km = distance(a, b, { units: 'kilometers' });
    if (km > longest.km) longest = { km, index: i - 1 };
  }
  return longest;
}

/** Within this distance of a point, a line is found among the pieces near it. */
const NEAR_KM = 5;

/**
 * Distance from a point to the nearest of several lines. Infinity when there are no lines.
 *
 * The pieces of line within NEAR_KM of the point are measured first: when one of them is that
 * close, no other piece can be nearer. Only a point farther than that from every line is measured
 * against every piece. Measuring every piece of every track for every hub took most of a second of
 * reading geo/; the answer is the same either way.
 */
export function distanceToLinesKm(at: Position, lines: Position[][]): number {
  const near = nearestKm(at, piecesNear(at, lines, NEAR_KM));
  return near <= NEAR_KM ? near : nearestKm(at, lines);
}

function nearestKm(at: Position, lines: Position[][]): number {
  let nearest = Infinity;
  for (const coordinates of lines) {
    if (coordinates.length < 2) continue;
    const km = pointToLineDistance(point(at), lineString(coordinates), { units: 'kilometers' });
    nearest = Math.min(nearest, km);
  }
  return nearest;
}

/** Every piece (two consecutive vertices) of the lines whose box comes within `km` of `at`. */
function piecesNear(at: Position, lines: Position[][], km: number): Position[][] {
  // A degree of latitude is at least 110.5 km; a degree of longitude shrinks towards the poles,
  // so its margin is taken at the latitude a little poleward of the point.
  const latMargin = km / 110;
  const poleward = Math.min(89, Math.abs(at[1]) + latMargin);
  const lonMargin = km / (111 * Math.cos((poleward * Math.PI) / 180));
  const pieces: Position[][] = [];
  for (const line of lines)
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1]!;
      const b = line[i]!;
      if (nearPiece(at, a, b, lonMargin, latMargin)) pieces.push([a, b]);
    }
  return pieces;
}

/**
 * Whether `at` lies within the box around the piece from `a` to `b`, widened by the margins (in
 * degrees of longitude and of latitude). A cheap first test before asking turf for a distance.
 */
export function nearPiece(
  at: Position,
  a: Position,
  b: Position,
  lonMargin: number,
  latMargin: number,
): boolean {
  return (
    Math.min(a[0], b[0]) - lonMargin <= at[0] &&
    at[0] <= Math.max(a[0], b[0]) + lonMargin &&
    Math.min(a[1], b[1]) - latMargin <= at[1] &&
    at[1] <= Math.max(a[1], b[1]) + latMargin
  );
}

export function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}
