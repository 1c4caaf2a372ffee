/**
 * Picking in screen space, kept pure so it can be tested without a map: thin lines are hard to
 * hit, so the nearest line within a tolerance wins, and a hub under the pointer beats any line.
 */
export interface ScreenPoint {
  x: number;
  y: number;
}

export interface Candidate {
  id: string;
  points: ScreenPoint[];
}

export function distanceToSegment(p: ScreenPoint, a: ScreenPoint, b: ScreenPoint): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
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

/** The id of the candidate nearest to `p`, if it is within `tolerance` pixels. */
export function nearestWithin(
  p: ScreenPoint,
  candidates: Candidate[],
  tolerance: number,
): string | null {
  let best: { id: string; distance: number } | null = null;
  for (const candidate of candidates) {
    const distance = distanceToPolyline(p, candidate.points);
    if (distance <= tolerance && (!best || distance < best.distance))
      best = { id: candidate.id, distance };
  }
  return best?.id ?? null;
}

export interface PickResult {
  kind: 'segment' | 'hub';
  id: string;
}

/** Hubs win over lines when both are within reach. */
export function pick(
  p: ScreenPoint,
  hubs: Candidate[],
  lines: Candidate[],
  tolerance: number,
): PickResult | null {
  const hub = nearestWithin(p, hubs, tolerance);
  if (hub) return { kind: 'hub', id: hub };
  const line = nearestWithin(p, lines, tolerance);
  return line ? { kind: 'segment', id: line } : null;
}
