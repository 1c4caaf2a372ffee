/**
 * Lanes: where two segments run along the same stretch (two ferries into Alat, two lines leaving a
 * junction on one track), drawn on top of each other the upper one hides the lower and a click
 * cannot tell them apart. Each such pair is drawn side by side instead: the map shifts every line
 * by its lane (−1, 0 or +1) times a few pixels to the right of its own direction of travel.
 *
 * Two lines travelling the same way go in opposite lanes; two travelling towards each other go in
 * the same lane, which already puts them on opposite sides. A stretch carries at most two lines
 * today; a third would share a side with one of them.
 */
import { bbox, bearing, distance, lineString, nearestPointOnLine, point } from '@turf/turf';
import { nearPiece } from './geometry.ts';
import type { Position } from './schema.ts';

export type Lane = -1 | 0 | 1;

interface Line {
  id: string;
  /** The hubs it starts and ends at. */
  from: string;
  to: string;
  coordinates: Position[];
}

/** Closer than this, two lines are one stretch on screen at every zoom the map allows. */
export const SHARED_WITHIN_KM = 1;
/** Shorter shared stretches (a junction's last switch) do not need lanes. */
export const MIN_SHARED_KM = 3;
/** How often a line is sampled when measuring what it shares with another. */
const SAMPLE_EVERY_KM = 0.5;

interface Sharing {
  other: string;
  /** Whether the two run the same way along the shared stretch. */
  sameWay: boolean;
}

/** Points along a line about every `stepKm`, each with the bearing of the piece it lies on. */
function samples(line: Position[], stepKm: number): { at: Position; heading: number }[] {
  const out: { at: Position; heading: number }[] = [];
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const heading = bearing(a, b);
    const km = distance(a, b, { units: 'kilometers' });
    const steps = Math.max(1, Math.ceil(km / stepKm));
    for (let s = 0; s < steps; s++) {
      const t = s / steps;
      out.push({ at: [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t], heading });
    }
  }
  return out;
}

function boxesMeet(a: number[], b: number[], marginDeg: number): boolean {
  return (
    a[0]! - marginDeg <= b[2]! &&
    b[0]! - marginDeg <= a[2]! &&
    a[1]! - marginDeg <= b[3]! &&
    b[1]! - marginDeg <= a[3]!
  );
}

/**
 * The point of `line` nearest to `at`, looked for only among the pieces whose box comes within
 * `margin` degrees of it: the same answer as turf's nearestPointOnLine over the whole line
 * whenever that answer is within SHARED_WITHIN_KM, and null when no piece is that close. Asking
 * turf about every piece of a long track for every sample took most of a second of reading geo/.
 */
function nearestNear(
  line: Position[],
  at: Position,
  margin: number,
): { km: number; piece: number } | null {
  const here = point(at);
  let best: { km: number; piece: number } | null = null;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    if (!nearPiece(at, a, b, margin, margin)) continue;
    const nearest = nearestPointOnLine(lineString([a, b]), here, { units: 'kilometers' });
    // Strictly nearer, as turf does, so a tie goes to the earlier piece; turf counts a point at a
    // piece's end as on the next piece.
    if (!best || nearest.properties.pointDistance < best.km)
      best = {
        km: nearest.properties.pointDistance,
        piece: i - 1 + nearest.properties.segmentIndex,
      };
  }
  return best;
}

/** How much of `a` runs within SHARED_WITHIN_KM of `b`, and which way they go there. */
function shared(
  a: Line,
  b: Line,
  bBox: number[],
  margin: number,
): { km: number; sameWay: boolean } {
  let km = 0;
  let agreeing = 0;
  for (const { at, heading } of samples(a.coordinates, SAMPLE_EVERY_KM)) {
    if (!boxesMeet([at[0], at[1], at[0], at[1]], bBox, margin)) continue;
    const nearest = nearestNear(b.coordinates, at, margin);
    if (!nearest || nearest.km > SHARED_WITHIN_KM) continue;
    km += SAMPLE_EVERY_KM;
    const i = Math.min(nearest.piece, b.coordinates.length - 2);
    const otherHeading = bearing(b.coordinates[i]!, b.coordinates[i + 1]!);
    const turn = Math.abs(((heading - otherHeading + 540) % 360) - 180);
    agreeing += turn < 90 ? 1 : -1;
  }
  return { km, sameWay: agreeing >= 0 };
}

/**
 * Whether two lines near each other at a hub they both touch really run along one stretch: both
 * leaving it, or both arriving, the same way; or one arriving and the other leaving back the way
 * it came. A line that merely continues another through a hub is near it only at the joint, which
 * the hub's circle covers.
 */
function runTogether(a: Line, b: Line, sameWay: boolean): boolean {
  if (a.from === b.from || a.to === b.to) return sameWay;
  if (a.to === b.from || a.from === b.to) return !sameWay;
  return true;
}

/** Every pair of lines that share a stretch of at least MIN_SHARED_KM. */
function sharings(lines: Line[]): Map<string, Sharing[]> {
  const byId = new Map<string, Sharing[]>(lines.map((l) => [l.id, []]));
  const boxes = lines.map((l) => bbox(lineString(l.coordinates)));
  // About SHARED_WITHIN_KM in degrees of latitude, generous in longitude.
  const margin = SHARED_WITHIN_KM / 50;
  for (let i = 0; i < lines.length; i++)
    for (let j = i + 1; j < lines.length; j++) {
      const a = lines[i]!;
      const b = lines[j]!;
      if (!boxesMeet(boxes[i]!, boxes[j]!, margin)) continue;
      const { km, sameWay } = shared(a, b, boxes[j]!, margin);
      if (km < MIN_SHARED_KM || !runTogether(a, b, sameWay)) continue;
      byId.get(a.id)!.push({ other: b.id, sameWay });
      byId.get(b.id)!.push({ other: a.id, sameWay });
    }
  return byId;
}

/**
 * A lane for every line, in the order given: a line that shares nothing keeps lane 0; the first
 * of a pair takes +1 and its partner the lane that puts it on the other side.
 */
export function assignLanes(lines: Line[]): Map<string, Lane> {
  const lanes = new Map<string, Lane>();
  const shares = sharings(lines);
  for (const line of lines) {
    const mine = shares.get(line.id) ?? [];
    if (mine.length === 0) {
      lanes.set(line.id, 0);
      continue;
    }
    const placed = mine.find((s) => lanes.has(s.other));
    if (!placed) {
      lanes.set(line.id, 1);
      continue;
    }
    const theirs = lanes.get(placed.other)!;
    lanes.set(line.id, (placed.sameWay ? -theirs : theirs) as Lane);
  }
  return lanes;
}
