// Fast checks of the extract's geometry helpers on tiny synthetic ways (no geo/ read).
import { lineString, pointToLineDistance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { Position } from '../../src/data/schema.ts';
import { haversineKm, segmentDistanceKm } from '../../src/data/osm/distance.ts';
import {
  addVertex,
  clipAndSimplify,
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
  it('agrees with turf to within 1 % for points around sloping segments at 40° N', () => {
    let seed = 3;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const near = (): [number, number] => [50 + random() * 0.1, 40 + random() * 0.1];
    for (let n = 0; n < 50; n++) {
      const [p, a, b] = [near(), near(), near()];
      const expected = pointToLineDistance(p, lineString([a, b]), { units: 'kilometers' });
      expect(Math.abs(segmentDistanceKm(p, a, b) - expected)).toBeLessThan(0.01 * expected + 0.001);
    }
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
  it('follows a line that climbs as it goes east', () => {
    const index = new NearIndex();
    index.add([
      [50, 40],
      [50.1, 40.1],
    ]);
    expect(index.near([50.05, 40.0502], 0.1)).toBe(true);
    expect(index.near([50.05, 40.06], 0.1)).toBe(false);
  });
  it('knows a line of one point', () => {
    const index = new NearIndex();
    index.add([[50, 40]]);
    expect(index.near([50.0005, 40], 0.1)).toBe(true);
  });
  // The grid's cells are 0.02° wide: a point just west of a cell edge, or just south of one,
  // must still find the line just across it.
  it('looks into the next cell east and north', () => {
    const east = new NearIndex();
    east.add([
      [50.0201, 40.01],
      [50.0201, 40.011],
    ]);
    expect(east.near([50.0199, 40.0105], 0.1)).toBe(true);
    const north = new NearIndex();
    north.add([
      [50.01, 40.0201],
      [50.011, 40.0201],
    ]);
    expect(north.near([50.0105, 40.0199], 0.1)).toBe(true);
  });
});

describe('clipAndSimplify', () => {
  // The routed line runs along 40° N from 50° to 50.1° E; BUFFER_KM (100 m) is about 0.0009° of
  // latitude there.
  const route = () => {
    const index = new NearIndex();
    index.add([
      [50, 40],
      [50.1, 40],
    ]);
    return index;
  };

  it('keeps the run near the route and one vertex beyond each end, so its edges stay whole', () => {
    const w = way(1, [
      [49.9, 40.05],
      [49.99, 40.05],
      [50.02, 40],
      [50.05, 40.0008],
      [50.08, 40],
      [50.2, 40.05],
      [50.3, 40.05],
    ]);
    expect(clipAndSimplify([w], route(), new Set())).toEqual([
      { way: w, coordinates: w.coordinates.slice(1, 6) },
    ]);
  });

  it('cuts a way that leaves the route and comes back into two pieces', () => {
    const w = way(1, [
      [50.01, 40],
      [50.02, 40.0008],
      [50.03, 40.05],
      [50.05, 40.05],
      [50.07, 40.05],
      [50.08, 40.0008],
      [50.09, 40],
    ]);
    expect(clipAndSimplify([w], route(), new Set()).map((p) => p.coordinates)).toEqual([
      w.coordinates.slice(0, 3),
      w.coordinates.slice(4, 7),
    ]);
  });

  it('drops a way far from the route', () => {
    const w = way(1, [
      [50.01, 40.05],
      [50.09, 40.05],
    ]);
    expect(clipAndSimplify([w], route(), new Set())).toEqual([]);
  });

  it('ends a piece at a joint and starts the next one there', () => {
    const w = way(1, [
      [50.01, 40],
      [50.03, 40],
      [50.05, 40],
      [50.07, 40],
      [50.09, 40],
    ]);
    // The straight run is simplified to its ends; the joint is an end of both pieces.
    expect(clipAndSimplify([w], route(), new Set(['50.05,40'])).map((p) => p.coordinates)).toEqual([
      [
        [50.01, 40],
        [50.05, 40],
      ],
      [
        [50.05, 40],
        [50.09, 40],
      ],
    ]);
  });

  it('never simplifies away a vertex that another way’s piece passes through, or a joint', () => {
    const straight = way(1, [
      [50.01, 40],
      [50.03, 40],
      [50.05, 40],
      [50.07, 40],
      [50.09, 40],
    ]);
    const crossing = way(2, [
      [50.04, 40.0005],
      [50.05, 40],
      [50.06, 40.0005],
    ]);
    const kept = (joints: string[], ways: SourceWay[]) =>
      clipAndSimplify(ways, route(), new Set(joints))[0]!.coordinates;
    expect(kept([], [straight, crossing])).toEqual([
      [50.01, 40],
      [50.05, 40],
      [50.09, 40],
    ]);
    expect(kept(['50.03,40'], [straight])).toEqual([
      [50.01, 40],
      [50.03, 40],
    ]);
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
  it('counts a vertex inside a piece as two ends meeting there', () => {
    // Two pieces end where a third passes through: four ends meet, so nothing joins.
    const chains = mergeIntoChains([
      {
        way: way(1, []),
        coordinates: [
          [0, 0],
          [1, 0],
          [2, 0],
        ],
      },
      {
        way: way(2, []),
        coordinates: [
          [1, 0],
          [1, 1],
        ],
      },
      {
        way: way(3, []),
        coordinates: [
          [1, -1],
          [1, 0],
        ],
      },
    ]);
    expect(chains.map((c) => c.ways)).toEqual([[1], [2], [3]]);
  });
  it('follows a chain through every end two pieces share, whichever piece was listed first', () => {
    const chains = mergeIntoChains([
      {
        way: way(1, []),
        coordinates: [
          [3, 0],
          [2, 0],
        ],
      },
      {
        way: way(2, []),
        coordinates: [
          [0, 0],
          [1, 0],
        ],
      },
      {
        way: way(3, []),
        coordinates: [
          [1, 0],
          [2, 0],
        ],
      },
    ]);
    expect(chains.map((c) => c.ways)).toEqual([[1, 3, 2]]);
    expect(chains[0]!.coordinates).toEqual([
      [3, 0],
      [2, 0],
      [1, 0],
      [0, 0],
    ]);
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
