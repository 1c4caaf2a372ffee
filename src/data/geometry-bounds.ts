/** Bounds of lines, free of turf so the browser bundle can use it. */
import type { Position } from './schema.ts';

/** Bounding box [west, south, east, north] of a set of lines. */
export function boundsOf(lines: Position[][]): [number, number, number, number] {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const line of lines) {
    for (const [lon, lat] of line) {
      west = Math.min(west, lon);
      south = Math.min(south, lat);
      east = Math.max(east, lon);
      north = Math.max(north, lat);
    }
  }
  return [west, south, east, north];
}
