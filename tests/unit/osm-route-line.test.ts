// Routing one line through its anchors on a small hand-made track (0.001° ≈ 111 m at the equator).
import { describe, expect, it } from 'vitest';
import { routeLine, SNAP_KM, type LineAnchor } from '../../src/data/osm/route-line.ts';
import { TrackGraph } from '../../src/data/osm/track-graph.ts';

// Built inside each test (not once at load) so that mutation testing sees which test reaches what.
const makeTrack = () =>
  new TrackGraph(
    [
      {
        id: 11,
        coordinates: [
          [0, 0],
          [0.002, 0],
          [0.004, 0.001],
        ],
        costFactor: 1,
      },
      // A second piece the first does not reach.
      {
        id: 12,
        coordinates: [
          [0.05, 0],
          [0.052, 0],
        ],
        costFactor: 1,
      },
    ],
    0.01,
  );

const anchor = (id: string, position: [number, number], extra: Partial<LineAnchor> = {}) => ({
  id,
  position,
  mayBeOnTrack: true,
  ...extra,
});

describe('a line through its anchors', () => {
  it('follows the track between two stations on it, from the first anchor to the last exactly', () => {
    const line = routeLine(
      makeTrack(),
      [anchor('A', [0.0001, 0.0001]), anchor('B', [0.004, 0.0011])],
      25,
    );
    expect(line.stretches.map((s) => s.kind)).toEqual(['track']);
    expect(line.ways).toEqual([11]);
    expect(line.coordinates).toEqual([
      [0.0001, 0.0001],
      [0, 0],
      [0.002, 0],
      [0.004, 0.001],
      [0.004, 0.0011],
    ]);
    expect(line.interpolated).toBe(0);
  });

  it('goes straight to a place that is never on track, from the nearest point of the track', () => {
    const town = anchor('town', [0.0021, 0.0003], { mayBeOnTrack: false });
    const line = routeLine(makeTrack(), [anchor('A', [0, 0]), town], 25);
    expect(line.stretches.map((s) => s.kind)).toEqual(['track', 'straight']);
    expect(line.coordinates).toEqual([
      [0, 0],
      [0.002, 0],
      [0.0021, 0.0003],
    ]);
    // And the other way round.
    const back = routeLine(makeTrack(), [town, anchor('A', [0, 0])], 25);
    expect(back.stretches.map((s) => s.kind)).toEqual(['straight', 'track']);
    expect(back.coordinates[0]).toEqual([0.0021, 0.0003]);
    expect(back.coordinates.at(-1)).toEqual([0, 0]);
  });

  it('is straight where neither end is on the track, with points at most maxStraightKm apart', () => {
    const line = routeLine(undefined, [anchor('X', [0, 1]), anchor('Y', [1, 1])], 25);
    expect(line.stretches).toEqual([
      {
        kind: 'straight',
        coordinates: [
          [0, 1],
          [1, 1],
        ],
      },
    ]);
    // 111 km at latitude 1: five pieces of about 22 km.
    expect(line.interpolated).toBe(4);
    expect(line.coordinates).toHaveLength(6);
    expect(line.coordinates[1]![0]).toBeCloseTo(0.2, 10);
  });

  it('draws a declared gap straight, and refuses an undeclared one naming both anchors', () => {
    const ends = [anchor('end-a', [0.004, 0.001]), anchor('end-b', [0.05, 0])];
    expect(() => routeLine(makeTrack(), ends, 25)).toThrow(
      'the track does not join end-a and end-b (a gap needs two gap-end waypoints)',
    );
    const gap = routeLine(
      makeTrack(),
      ends.map((a) => ({ ...a, gapEnd: true })),
      25,
    );
    expect(gap.stretches.map((s) => s.kind)).toEqual(['straight']);
    expect(gap.coordinates[0]).toEqual([0.004, 0.001]);
    expect(gap.coordinates.at(-1)).toEqual([0.05, 0]);
  });

  it('snaps a station only within half a kilometre of the track', () => {
    expect(SNAP_KM).toBe(0.5);
    const near = routeLine(makeTrack(), [anchor('A', [0, 0]), anchor('B', [0.002, 0.004])], 25);
    expect(near.stretches.map((s) => s.kind)).toEqual(['track']);
    const far = routeLine(makeTrack(), [anchor('A', [0, 0]), anchor('B', [0.002, 0.006])], 25);
    expect(far.stretches.map((s) => s.kind)).toEqual(['track', 'straight']);
  });

  it('spaces the points of a long diagonal evenly in both directions', () => {
    // About 157 km from corner to corner: seven pieces of about 22 km.
    const line = routeLine(undefined, [anchor('X', [1, 1]), anchor('Y', [2, 2])], 25);
    expect(line.interpolated).toBe(6);
    line.coordinates.forEach(([x, y], k) => {
      expect(x).toBeCloseTo(1 + k / 7, 10);
      expect(y).toBeCloseTo(1 + k / 7, 10);
    });
  });

  it('refuses a gap with only one end declared', () => {
    const ends = [anchor('end-a', [0.004, 0.001], { gapEnd: true }), anchor('end-b', [0.05, 0])];
    expect(() => routeLine(makeTrack(), ends, 25)).toThrow(
      'the track does not join end-a and end-b',
    );
    expect(() => routeLine(makeTrack(), [...ends].reverse(), 25)).toThrow(
      'the track does not join end-b and end-a',
    );
  });

  it('goes straight from the track to a station beyond reach of it, either way round', () => {
    // 111 km north of the first piece: too far to look for a nearer point of its track.
    const far = anchor('far', [0.002, 1], { mayBeOnTrack: false });
    const out = routeLine(makeTrack(), [anchor('A', [0, 0]), far], 25);
    expect(out.stretches.map((s) => s.kind)).toEqual(['straight']);
    expect(out.coordinates[0]).toEqual([0, 0]);
    expect(out.coordinates.at(-1)).toEqual([0.002, 1]);
    const back = routeLine(makeTrack(), [far, anchor('A', [0, 0])], 25);
    expect(back.stretches.map((s) => s.kind)).toEqual(['straight']);
    expect(back.coordinates.at(-1)).toEqual([0, 0]);
  });

  it('keeps every vertex of a track that runs due north, and ends at the anchor beside it', () => {
    const north = new TrackGraph(
      [
        {
          id: 21,
          coordinates: [
            [0, 0],
            [0, 0.002],
            [0.001, 0.004],
          ],
          costFactor: 1,
        },
      ],
      0.01,
    );
    // The last anchor lies 33 m east of the track's end: snapped to it, then reached.
    const line = routeLine(north, [anchor('A', [0, 0]), anchor('B', [0.0013, 0.004])], 25);
    expect(line.coordinates).toEqual([
      [0, 0],
      [0, 0.002],
      [0.001, 0.004],
      [0.0013, 0.004],
    ]);
  });
});
