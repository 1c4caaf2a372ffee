/**
 * Cuts the source ways down to the corridor: the runs of each way near the routed lines, simplified
 * within SIMPLIFY_METRES of the source, then joined end to end into longer lines that still say
 * which OSM way each vertex belongs to. Used by the maintenance extract only.
 */
import type { Position } from '../schema.ts';
import { simplifyMetres } from '../simplify-metres.ts';
import { haversineKm, segmentDistanceKm } from './distance.ts';
import type { TrackTags } from './track-rules.ts';

/** Track this close to a routed line is kept: parallel tracks, junctions, station throats. */
export const BUFFER_KM = 0.1;
/** Douglas–Peucker tolerance: the extract stays within this of the source track. */
export const SIMPLIFY_METRES = 40;

export interface SourceWay {
  id: number;
  tags: TrackTags;
  coordinates: Position[];
}

/** Puts a point that lies on one of a way's edges into the way as a vertex (if not one already). */
export function addVertex(way: SourceWay, p: Position) {
  const c = way.coordinates;
  if (c.some((q) => q[0] === p[0] && q[1] === p[1])) return;
  let best = 1;
  let bestKm = Infinity;
  for (let i = 1; i < c.length; i++) {
    const km = segmentDistanceKm(p, c[i - 1]!, c[i]!);
    if (km < bestKm) [best, bestKm] = [i, km];
  }
  c.splice(best, 0, p);
}

/** A grid of points along the routed lines, to ask "is this vertex near the route?" quickly. */
export class NearIndex {
  private readonly cells = new Map<string, Position[]>();
  private static readonly CELL = 0.02;
  add(line: Position[]) {
    for (let i = 0; i < line.length; i++) {
      const a = line[i]!;
      const b = line[i + 1];
      const steps = b ? Math.max(1, Math.ceil(haversineKm(a, b) / 0.05)) : 1;
      for (let s = 0; s < steps; s++) {
        const t = s / steps;
        const p: Position = b ? [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t] : a;
        const key = this.key(p);
        const list = this.cells.get(key);
        if (list) list.push(p);
        else this.cells.set(key, [p]);
      }
    }
  }
  private key(p: Position, dx = 0, dy = 0) {
    return `${Math.floor(p[0] / NearIndex.CELL) + dx},${Math.floor(p[1] / NearIndex.CELL) + dy}`;
  }
  /** True when a point of the routed lines lies within km (km must stay below the cell size). */
  near(p: Position, km: number): boolean {
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const q of this.cells.get(this.key(p, dx, dy)) ?? [])
          if (haversineKm(p, q) <= km) return true;
    return false;
  }
}

/** The runs of each way that lie near the route, simplified; junction vertices are kept. */
export function clipAndSimplify(ways: SourceWay[], near: NearIndex, joints: Set<string>) {
  const key = (p: Position) => `${p[0]},${p[1]}`;
  const pieces: { way: SourceWay; coordinates: Position[] }[] = [];
  for (const way of ways) {
    // A vertex next to a kept one is kept too, so an edge the line runs along part of stays whole.
    const inside = way.coordinates.map((p) => near.near(p, BUFFER_KM));
    const keep = inside.map((v, i) => v || inside[i - 1] === true || inside[i + 1] === true);
    // Runs also end at joints, so a healed join the line uses starts from a way end in the
    // extract too (the derive heals only from way ends).
    let run: Position[] = [];
    for (const [i, p] of way.coordinates.entries()) {
      if (keep[i]) run.push(p);
      if (!keep[i] || joints.has(key(p))) {
        if (run.length >= 2) pieces.push({ way, coordinates: run });
        run = keep[i] ? [p] : [];
      }
    }
    if (run.length >= 2) pieces.push({ way, coordinates: run });
  }
  const uses = new Map<string, number>();
  for (const piece of pieces)
    for (const p of new Set(piece.coordinates.map(key))) uses.set(p, (uses.get(p) ?? 0) + 1);
  return pieces.map((piece) => ({
    way: piece.way,
    coordinates: simplifyMetres(
      piece.coordinates,
      SIMPLIFY_METRES,
      (p) => (uses.get(key(p)) ?? 0) > 1 || joints.has(key(p)),
    ),
  }));
}

/**
 * Joins pieces end to end where exactly two meet and their tags agree, so the extract holds a few
 * hundred lines instead of thousands of short ways. Each line lists its ways and the index of the
 * first vertex of each, so every vertex still belongs to one OSM way.
 */
export function mergeIntoChains(pieces: { way: SourceWay; coordinates: Position[] }[]) {
  const key = (p: Position) => `${p[0]},${p[1]}`;
  const degree = new Map<string, number>();
  const bump = (k: string, by: number) => degree.set(k, (degree.get(k) ?? 0) + by);
  for (const piece of pieces) {
    const c = piece.coordinates;
    bump(key(c[0]!), 1);
    bump(key(c[c.length - 1]!), 1);
    for (let i = 1; i < c.length - 1; i++) bump(key(c[i]!), 2);
  }
  const tagsOf = (w: SourceWay) => JSON.stringify(w.tags);
  const byEnd = new Map<string, number[]>();
  pieces.forEach((piece, i) => {
    for (const end of [piece.coordinates[0]!, piece.coordinates[piece.coordinates.length - 1]!]) {
      const list = byEnd.get(key(end));
      if (list) list.push(i);
      else byEnd.set(key(end), [i]);
    }
  });
  const used = new Array<boolean>(pieces.length).fill(false);
  /** The other piece that continues through a degree-2 end, if its tags agree. */
  const next = (i: number, end: Position): number | undefined => {
    if (degree.get(key(end)) !== 2) return undefined;
    const other = (byEnd.get(key(end)) ?? []).find((j) => j !== i && !used[j]);
    return other !== undefined && tagsOf(pieces[other]!.way) === tagsOf(pieces[i]!.way)
      ? other
      : undefined;
  };
  const chains: { ways: number[]; starts: number[]; tags: TrackTags; coordinates: Position[] }[] =
    [];
  pieces.forEach((piece, start) => {
    if (used[start]) return;
    used[start] = true;
    const order = [{ index: start, coordinates: piece.coordinates }];
    for (;;) {
      const last = order[order.length - 1]!;
      const tail = last.coordinates[last.coordinates.length - 1]!;
      const j = next(last.index, tail);
      if (j === undefined) break;
      used[j] = true;
      const c = pieces[j]!.coordinates;
      order.push({ index: j, coordinates: key(c[0]!) === key(tail) ? c : [...c].reverse() });
    }
    for (;;) {
      const head = order[0]!.coordinates[0]!;
      const j = next(order[0]!.index, head);
      if (j === undefined) break;
      used[j] = true;
      const c = pieces[j]!.coordinates;
      order.unshift({
        index: j,
        coordinates: key(c[c.length - 1]!) === key(head) ? c : [...c].reverse(),
      });
    }
    const coordinates: Position[] = [];
    const starts: number[] = [];
    for (const o of order) {
      starts.push(Math.max(0, coordinates.length - 1));
      coordinates.push(...(coordinates.length > 0 ? o.coordinates.slice(1) : o.coordinates));
    }
    chains.push({
      ways: order.map((o) => pieces[o.index]!.way.id),
      starts,
      tags: piece.way.tags,
      coordinates,
    });
  });
  return chains;
}
