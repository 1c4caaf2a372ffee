// Fast checks of the extract's geometry helpers on tiny synthetic ways (no geo/ read).
import { describe, expect, it } from 'vitest';
import type { Position } from '../../src/data/schema.ts';
import { haversineKm, segmentDistanceKm } from '../../src/data/osm/distance.ts';
import {
  addVertex,
  mergeIntoChains,
  NearIndex,
  type SourceWay,
} from '../../src/data/osm/clip-track.ts';

const way = (id: number, coordinates: Position[], usage = 'main'): SourceWay => ({
  id,
  tags: { usage },
  coordinates,
});

describe('osm distances', () => {
  it('measures a degree of latitude as about 111.2 km and is symmetric', () => {
    expect(haversineKm([50, 40], [50, 41])).toBeCloseTo(111.195, 2);
    expect(haversineKm([50, 41], [50, 40])).toBeCloseTo(111.195, 2);
    expect(haversineKm([0, 0], [1, 0])).toBeCloseTo(111.195, 2);
    expect(haversineKm([50, 60], [51, 60])).toBeCloseTo(111.195 / 2, 1);
    // Half the globe: the mean radius the routing uses.
    expect(haversineKm([0, 0], [180, 0])).toBeCloseTo(Math.PI * 6371.0088, 1);
  });
  it('measures the distance to a segment, its ends included', () => {
    // A point 0.01° of latitude north of the segment's middle.
    expect(segmentDistanceKm([0.5, 0.01], [0, 0], [1, 0])).toBeCloseTo(1.112, 2);
    // Beyond an end: the distance to that end.
    expect(segmentDistanceKm([1.01, 0], [0, 0], [1, 0])).toBeCloseTo(1.112, 2);
    expect(segmentDistanceKm([-0.01, 0], [0, 0], [1, 0])).toBeCloseTo(1.112, 2);
    // A segment of zero length.
    expect(segmentDistanceKm([0, 0.01], [0, 0], [0, 0])).toBeCloseTo(1.112, 2);
    // Longitude shrinks with latitude: half as long at 60° N.
    expect(segmentDistanceKm([0.5, 60.01], [0, 60], [1, 60])).toBeCloseTo(1.112, 2);
    expect(segmentDistanceKm([1.01, 60], [0, 60], [1, 60])).toBeCloseTo(0.556, 2);
  });
});

describe('addVertex', () => {
  it('inserts a point on an edge between that edge’s ends', () => {
    const w = way(1, [
      [0, 0],
      [1, 0],
      [2, 0],
    ]);
    addVertex(w, [1.5, 0]);
    expect(w.coordinates).toEqual([
      [0, 0],
      [1, 0],
      [1.5, 0],
      [2, 0],
    ]);
  });
  it('leaves a way alone when the point is already a vertex', () => {
    const w = way(1, [
      [0, 0],
      [1, 0],
    ]);
    addVertex(w, [1, 0]);
    expect(w.coordinates).toHaveLength(2);
  });
});

describe('NearIndex', () => {
  it('finds points near a routed line, also between its vertices, and not farther ones', () => {
    const index = new NearIndex();
    index.add([
      [50, 40],
      [50.1, 40],
    ]);
    expect(index.near([50.05, 40.0005], 0.1)).toBe(true);
    expect(index.near([50.05, 40.01], 0.1)).toBe(false);
    expect(index.near([49.99, 40], 0.1)).toBe(false);
  });
});

describe('mergeIntoChains', () => {
  it('joins pieces that meet end to end with the same tags, keeping each way’s first vertex', () => {
    const chains = mergeIntoChains([
      {
        way: way(1, []),
        coordinates: [
          [0, 0],
          [1, 0],
        ],
      },
      {
        way: way(2, []),
        coordinates: [
          [2, 0],
          [1, 0],
        ],
      },
    ]);
    expect(chains).toHaveLength(1);
    expect(chains[0]!.ways).toEqual([1, 2]);
    expect(chains[0]!.starts).toEqual([0, 1]);
    expect(chains[0]!.coordinates).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
    ]);
  });
  it('keeps pieces apart when their tags differ or three meet', () => {
    const differ = mergeIntoChains([
      {
        way: way(1, []),
        coordinates: [
          [0, 0],
          [1, 0],
        ],
      },
      {
        way: way(2, [], 'branch'),
        coordinates: [
          [1, 0],
          [2, 0],
        ],
      },
    ]);
    expect(differ.map((c) => c.ways)).toEqual([[1], [2]]);
    const three = mergeIntoChains([
      {
        way: way(1, []),
        coordinates: [
          [0, 0],
          [1, 0],
        ],
      },
      {
        way: way(2, []),
        coordinates: [
          [1, 0],
          [2, 0],
        ],
      },
      {
        way: way(3, []),
        coordinates: [
          [1, 0],
          [1, 1],
        ],
      },
    ]);
    expect(three).toHaveLength(3);
  });
  it('extends a chain backwards from its head too', () => {
    const chains = mergeIntoChains([
      {
        way: way(1, []),
        coordinates: [
          [1, 0],
          [2, 0],
        ],
      },
      {
        way: way(2, []),
        coordinates: [
          [1, 0],
          [0, 0],
        ],
      },
    ]);
    expect(chains).toHaveLength(1);
    expect(chains[0]!.ways).toEqual([2, 1]);
    expect(chains[0]!.coordinates).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
    ]);
  });
});
