/**
 * Picking in screen space, kept pure so it can be tested without a map. A hub opens only when the
 * pointer is on its drawn circle or just beside it: dots sit on the lines, and a wider reach made
 * most taps on a line open a hub. Otherwise thin lines are hard to hit, so the nearest line within
 * a tolerance wins; when two lines are about as near, the reader is asked instead of guessed for.
 */
export interface ScreenPoint {
  x: number;
  y: number;
}

export interface Candidate {
  id: string;
  points: ScreenPoint[];
}

/** A hub's circle as drawn: its centre and its radius in pixels, stroke included. */
export interface HubCandidate {
  id: string;
  point: ScreenPoint;
  radius: number;
}

/** How far from what is drawn a pointer still counts as on it, in pixels. */
export interface Reach {
  /** From a line's centre. */
  line: number;
  /** Beyond a hub's drawn circle. */
  hubSlack: number;
  /** Lines whose distances differ by no more than this are "as near": the reader chooses. */
  tie: number;
}

export type PickResult =
  | { kind: 'segment' | 'hub'; id: string }
  /** Two or more lines about as near, nearest first. */
  | { kind: 'choice'; ids: string[] };

/** The point of the piece from `a` to `b` nearest to `p`. */
export function nearestOnSegment(p: ScreenPoint, a: ScreenPoint, b: ScreenPoint): ScreenPoint {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
  return { x: a.x + t * dx, y: a.y + t * dy };
}

export function distanceToSegment(p: ScreenPoint, a: ScreenPoint, b: ScreenPoint): number {
  const at = nearestOnSegment(p, a, b);
  return Math.hypot(p.x - at.x, p.y - at.y);
}

export function distanceToPolyline(p: ScreenPoint, points: ScreenPoint[]): number {
  if (points.length === 1 && points[0]) return Math.hypot(p.x - points[0].x, p.y - points[0].y);
  let nearest = Infinity;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b) nearest = Math.min(nearest, distanceToSegment(p, a, b));
  }
  return nearest;
}

/**
 * A line moved `px` to the right of its direction of travel, as MapLibre draws a `line-offset`
 * (screen y grows downwards, so the right of (dx, dy) is (−dy, dx)). Each vertex moves along the
 * mean of its two pieces' normals: close enough to the drawn line for picking at a few pixels.
 */
export function shiftRight(points: ScreenPoint[], px: number): ScreenPoint[] {
  if (px === 0) return points;
  const normal = (a: ScreenPoint | undefined, b: ScreenPoint | undefined) => {
    if (!a || !b) return { x: 0, y: 0 };
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    return length === 0 ? { x: 0, y: 0 } : { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
  };
  return points.map((p, i) => {
    const before = normal(points[i - 1], p);
    const after = normal(p, points[i + 1]);
    const x = before.x + after.x;
    const y = before.y + after.y;
    const length = Math.hypot(x, y);
    return length === 0 ? p : { x: p.x + (x / length) * px, y: p.y + (y / length) * px };
  });
}

/** The lines within `tolerance` of `p`, nearest first (the first listed first when as near). */
export function linesWithin(
  p: ScreenPoint,
  candidates: Candidate[],
  tolerance: number,
): { id: string; distance: number }[] {
  return candidates
    .map((c) => ({ id: c.id, distance: distanceToPolyline(p, c.points) }))
    .filter((c) => c.distance <= tolerance)
    .sort((a, b) => a.distance - b.distance);
}

/** The hub whose drawn circle, widened by `slack`, holds `p`; the one whose edge is nearest wins. */
export function hubUnder(p: ScreenPoint, hubs: HubCandidate[], slack: number): string | null {
  let best: { id: string; beyond: number } | null = null;
  for (const hub of hubs) {
    const beyond = Math.hypot(p.x - hub.point.x, p.y - hub.point.y) - hub.radius;
    if (beyond <= slack && (!best || beyond < best.beyond)) best = { id: hub.id, beyond };
  }
  return best?.id ?? null;
}

/** A hub under the pointer first; else the nearest line, or a choice between near-equal lines. */
export function pick(
  p: ScreenPoint,
  hubs: HubCandidate[],
  lines: Candidate[],
  reach: Reach,
): PickResult | null {
  const hub = hubUnder(p, hubs, reach.hubSlack);
  if (hub) return { kind: 'hub', id: hub };
  const near = linesWithin(p, lines, reach.line);
  const nearest = near[0];
  if (!nearest) return null;
  const tied = near.filter((l) => l.distance - nearest.distance <= reach.tie).map((l) => l.id);
  const ids = [...new Set(tied)];
  return ids.length > 1 ? { kind: 'choice', ids } : { kind: 'segment', id: nearest.id };
}
