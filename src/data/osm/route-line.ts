/**
 * Routes one line through its anchors (OSM stations, override waypoints) on a track graph: along
 * the track wherever both ends of a leg are on it, straight from station to station where the
 * extract has no track. Shared by the maintenance extract and the derive, so both pick the same
 * track.
 */
import type { Position } from '../schema.ts';
import { haversineKm } from './distance.ts';
import type { TrackGraph, TrackPath } from './track-graph.ts';

/** A station or waypoint this close to the track is on it. */
export const SNAP_KM = 0.5;
/** From the last piece of track, how far to look for the point nearest an off-track station. */
const REACH_KM = 40;

export interface LineAnchor {
  /** OSM node id or override waypoint id, for messages. */
  id: number | string;
  position: Position;
  /** False for places that are never on track (e.g. town points): always reached straight. */
  mayBeOnTrack: boolean;
  /** Where the extract's track stops: a straight join to another gap end is expected. */
  gapEnd?: boolean;
}

export type LegKind = 'track' | 'straight';

export interface RoutedLine {
  coordinates: Position[];
  /** OSM way ids in order of first use. */
  ways: number[];
  /** Where the track path passes from one way to another (see TrackPath). */
  joints: TrackPath['joints'];
  /** Kind and coordinates of each stretch, in order, e.g. for tests and for reporting. */
  stretches: { kind: LegKind; coordinates: Position[] }[];
  /** Vertices added on long straight edges only to keep them at most maxStraightKm apart. */
  interpolated: number;
}

function snap(graph: TrackGraph | undefined, anchor: LineAnchor): number | undefined {
  if (!graph || !anchor.mayBeOnTrack) return undefined;
  return graph.nearest(anchor.position, SNAP_KM)?.node;
}

/**
 * Builds the line from the first anchor to the last. Throws with the two anchors named when the
 * track cannot connect them.
 */
export function routeLine(
  graph: TrackGraph | undefined,
  anchors: LineAnchor[],
  maxStraightKm: number,
): RoutedLine {
  const stretches: RoutedLine['stretches'] = [];
  const ways: number[] = [];
  const joints: TrackPath['joints'] = [];
  const addPath = (path: TrackPath) => {
    stretches.push({ kind: 'track', coordinates: path.coordinates });
    joints.push(...path.joints);
    for (const w of path.ways) if (!ways.includes(w)) ways.push(w);
  };
  const addTrack = (from: number, to: number, a: LineAnchor, b: LineAnchor) => {
    const path = graph!.shortestPath(from, to);
    if (!path) throw new Error(`no track path between ${a.id} and ${b.id}`);
    addPath(path);
  };
  const addStraight = (from: Position, to: Position) =>
    stretches.push({ kind: 'straight', coordinates: [from, to] });

  for (let i = 1; i < anchors.length; i++) {
    const a = anchors[i - 1]!;
    const b = anchors[i]!;
    const sa = snap(graph, a);
    const sb = snap(graph, b);
    if (sa !== undefined && sb !== undefined) {
      const path = graph!.shortestPath(sa, sb);
      if (path) addPath(path);
      // Two pieces of track that the extract does not join, at declared gap ends: drawn straight.
      else if (a.gapEnd && b.gapEnd) addStraight(graph!.nodes[sa]!, graph!.nodes[sb]!);
      else
        throw new Error(
          `the track does not join ${a.id} and ${b.id} (a gap needs two gap-end waypoints)`,
        );
    } else if (sa !== undefined) {
      const end = graph!.nearest(b.position, REACH_KM, sa);
      if (end && end.node !== sa) addTrack(sa, end.node, a, b);
      addStraight(end ? graph!.nodes[end.node]! : graph!.nodes[sa]!, b.position);
    } else if (sb !== undefined) {
      const start = graph!.nearest(a.position, REACH_KM, sb);
      addStraight(a.position, start ? graph!.nodes[start.node]! : graph!.nodes[sb]!);
      if (start && start.node !== sb) addTrack(start.node, sb, a, b);
    } else addStraight(a.position, b.position);
  }

  // The line starts and ends exactly at the first and last anchor (the hubs).
  const first = anchors[0]!.position;
  const last = anchors[anchors.length - 1]!.position;
  const coordinates: Position[] = [first];
  for (const stretch of stretches)
    for (const p of stretch.coordinates) {
      const previous = coordinates[coordinates.length - 1]!;
      if (previous[0] !== p[0] || previous[1] !== p[1]) coordinates.push(p);
    }
  const end = coordinates[coordinates.length - 1]!;
  if (end[0] !== last[0] || end[1] !== last[1]) coordinates.push(last);

  // Long straight edges (a chord between stations, a straight run of track) get vertices at
  // least every maxStraightKm, evenly spaced on the edge: the drawing does not change.
  const spaced: Position[] = [coordinates[0]!];
  let interpolated = 0;
  for (let i = 1; i < coordinates.length; i++) {
    const a = coordinates[i - 1]!;
    const b = coordinates[i]!;
    const steps = Math.ceil(haversineKm(a, b) / maxStraightKm);
    for (let s = 1; s < steps; s++)
      spaced.push([a[0] + ((b[0] - a[0]) * s) / steps, a[1] + ((b[1] - a[1]) * s) / steps]);
    interpolated += Math.max(0, steps - 1);
    spaced.push(b);
  }
  return { coordinates: spaced, ways, joints, stretches, interpolated };
}
