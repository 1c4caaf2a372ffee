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

/** Distance from a point to the nearest of several lines. Infinity when there are no lines. */
export function distanceToLinesKm(at: Position, lines: Position[][]): number {
  let nearest = Infinity;
  for (const coordinates of lines) {
    if (coordinates.length < 2) continue;
    const km = pointToLineDistance(point(at), lineString(coordinates), { units: 'kilometers' });
    nearest = Math.min(nearest, km);
  }
  return nearest;
}

export function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}
