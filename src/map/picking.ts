/**
 * What is under the pointer: the features MapLibre drew near it, measured again in screen space
 * against their real geometry (see pick.ts for the rule).
 */
import type { Map } from 'maplibre-gl';
import type { Corridor, Selection } from '../data/corridor-index.ts';
import { LAYER, ROUTE_LINE_LAYERS } from './ids.ts';
import { pick, type Candidate, type ScreenPoint } from './pick.ts';

/** Pixels around the pointer that still count as "on" a line: wider for fingers. */
export const TOLERANCE = { mouse: 10, touch: 20 } as const;

export function pickAt(
  map: Map,
  corridor: Corridor,
  p: ScreenPoint,
  tolerance: number,
): Selection | null {
  const box: [[number, number], [number, number]] = [
    [p.x - tolerance, p.y - tolerance],
    [p.x + tolerance, p.y + tolerance],
  ];
  const ids = (layers: string[]) =>
    new Set(map.queryRenderedFeatures(box, { layers }).map((f) => String(f.properties['id'])));
  const project = (coordinates: [number, number][]) => coordinates.map((c) => map.project(c));
  const candidates = (kind: Selection['kind'], layers: string[]): Candidate[] =>
    [...ids(layers)].flatMap((id) => {
      const positions = corridor.positionsOf({ kind, id });
      return positions.length > 0 ? [{ id, points: project(positions) }] : [];
    });
  return pick(
    p,
    candidates('hub', [LAYER.hubCircles]),
    candidates('segment', [...ROUTE_LINE_LAYERS]),
    tolerance,
  );
}
