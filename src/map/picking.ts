/**
 * What is under the pointer: the features MapLibre drew near it, measured again in screen space
 * against their real geometry and the hubs' drawn sizes (see pick.ts for the rule).
 */
import type { Map } from 'maplibre-gl';
import type { Corridor } from '../data/corridor-index.ts';
import { LAYER, ROUTE_LINE_LAYERS } from './ids.ts';
import {
  pick,
  shiftRight,
  type Candidate,
  type HubCandidate,
  type PickResult,
  type Reach,
  type ScreenPoint,
} from './pick.ts';
import { hubDrawnRadius } from './style/hub-size.ts';
import { LANE_OFFSET_PX } from './style/route.ts';

/**
 * How near counts as "on", by pointer. Lines: 10 px for a mouse, 20 for a finger (thin lines are
 * hard to hit). Hubs: a mouse points to the pixel, so 2 px beyond the drawn circle covers aiming
 * at its edge; a finger's reported point wanders a few px more, so 4 — and no more, so a port's
 * reach (7 px drawn at the overview, 11 with the slack) stays short of a line 12 px from its
 * centre. Ties: a mouse at 2 px is deliberate, a finger cannot tell 4 px apart, so then it asks.
 */
export const REACH = {
  mouse: { line: 10, hubSlack: 2, tie: 2 },
  touch: { line: 20, hubSlack: 4, tie: 4 },
} as const satisfies Record<string, Reach>;

export function pickAt(
  map: Map,
  corridor: Corridor,
  p: ScreenPoint,
  reach: Reach,
): PickResult | null {
  const r = Math.max(reach.line, reach.hubSlack);
  const box: [[number, number], [number, number]] = [
    [p.x - r, p.y - r],
    [p.x + r, p.y + r],
  ];
  const ids = (layers: string[]) =>
    new Set(map.queryRenderedFeatures(box, { layers }).map((f) => String(f.properties['id'])));
  const zoom = map.getZoom();
  const hubs: HubCandidate[] = [...ids([LAYER.hubCircles])].flatMap((id) => {
    const hub = corridor.hub(id);
    return hub
      ? [{ id, point: map.project(hub.coordinates), radius: hubDrawnRadius(hub.kind, zoom) }]
      : [];
  });
  const lines: Candidate[] = [...ids([...ROUTE_LINE_LAYERS])].flatMap((id) => {
    const segment = corridor.segment(id);
    if (!segment) return [];
    // Measured against the line where it is drawn: in its lane, beside a line it shares a stretch with.
    const drawn = shiftRight(
      segment.coordinates.map((c) => map.project(c)),
      segment.lane * LANE_OFFSET_PX,
    );
    return [{ id, points: drawn }];
  });
  return pick(p, hubs, lines, reach);
}
