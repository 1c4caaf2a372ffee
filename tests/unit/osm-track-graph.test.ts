// The routable track graph of the OSM derive, on small hand-made networks (a degree of longitude
// at the equator is about 111 km, so 0.001° is about 111 m).
import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../src/data/osm/distance.ts';
import { TrackGraph, type TrackWay } from '../../src/data/osm/track-graph.ts';

const way = (id: number, coordinates: [number, number][], costFactor = 1): TrackWay => ({
  id,
  coordinates,
  costFactor,
});

describe('the track graph', () => {
  it('joins ways at shared vertices and finds the path along them, naming each way once', () => {
    const graph = new TrackGraph(
      [
        way(1, [
          [0, 0],
          [0.01, 0],
        ]),
        way(2, [
          [0.01, 0],
          [0.02, 0],
          [0.03, 0],
        ]),
      ],
      0.05,
    );
    const from = graph.nearest([0, 0], 0.1)!.node;
    const to = graph.nearest([0.03, 0], 0.1)!.node;
    const path = graph.shortestPath(from, to)!;
    expect(path.ways).toEqual([1, 2]);
    expect(path.coordinates).toEqual([
      [0, 0],
      [0.01, 0],
      [0.02, 0],
      [0.03, 0],
    ]);
    expect(path.km).toBeCloseTo(3.336, 2);
    expect(path.joints).toEqual([{ position: [0.01, 0], ways: [1, 2] }]);
    // The reverse path is the same track, backwards.
    const back = graph.shortestPath(to, from)!;
    expect(back.ways).toEqual([2, 1]);
    expect(back.coordinates[0]).toEqual([0.03, 0]);
    expect(back.joints).toEqual([{ position: [0.01, 0], ways: [2, 1] }]);
  });

  it('heals a way end a few metres from another way, and not one further away', () => {
    const ways = [
      way(1, [
        [0, 0],
        [0.01, 0],
      ]),
      way(2, [
        [0.0102, 0],
        [0.02, 0],
      ]),
    ];
    const healed = new TrackGraph(ways, 0.05);
    const a = healed.nearest([0, 0], 0.1)!.node;
    const b = healed.nearest([0.02, 0], 0.1)!.node;
    const path = healed.shortestPath(a, b)!;
    expect(path.ways).toEqual([1, 2]);
    // The healed join (way -1) sits between the two ways.
    expect(path.joints.map((j) => j.ways)).toEqual([
      [1, -1],
      [-1, 2],
    ]);
    const apart = new TrackGraph(ways, 0.01);
    expect(
      apart.shortestPath(apart.nearest([0, 0], 0.1)!.node, apart.nearest([0.02, 0], 0.1)!.node),
    ).toBeUndefined();
  });

  it('prefers the main line over a branch that costs more per km, even when shorter', () => {
    const main = way(1, [
      [0, 0],
      [0.01, 0.002],
      [0.02, 0],
    ]);
    const siding = way(2, [
      [0, 0],
      [0.02, 0],
    ]);
    const cheap = new TrackGraph([main, { ...siding, costFactor: 1 }], 0.01);
    const dear = new TrackGraph([main, { ...siding, costFactor: 3 }], 0.01);
    const route = (g: TrackGraph) =>
      g.shortestPath(g.nearest([0, 0], 0.1)!.node, g.nearest([0.02, 0], 0.1)!.node)!.ways;
    expect(route(cheap)).toEqual([2]);
    expect(route(dear)).toEqual([1]);
  });

  it('adds points along long straight edges so a station snaps to the line, but leaves them out of paths', () => {
    const graph = new TrackGraph(
      [
        way(7, [
          [0, 0],
          [0.01, 0],
        ]),
      ],
      0.01,
    );
    // 1.1 km between the two vertices: points every 0.25 km or less in between.
    expect(graph.nodes.length).toBe(6);
    const middle = graph.nearest([0.005, 0.0005], 0.2)!;
    expect(middle.km).toBeLessThan(0.15);
    expect(graph.wayOf(middle.node)).toBe(7);
    const path = graph.shortestPath(graph.nearest([0, 0], 0.01)!.node, middle.node)!;
    expect(path.coordinates[0]).toEqual([0, 0]);
    expect(path.coordinates).toHaveLength(2);
    expect(path.km).toBeCloseTo(haversineKm([0, 0], path.coordinates[1]!), 6);
  });

  it('finds the nearest node within reach, optionally only on the same piece of track', () => {
    const graph = new TrackGraph(
      [
        way(1, [
          [0, 0],
          [0.001, 0],
        ]),
        way(2, [
          [0.01, 0],
          [0.011, 0],
        ]),
      ],
      0.01,
    );
    const onFirst = graph.nearest([0, 0], 0.05)!.node;
    expect(graph.nearest([0.0098, 0], 0.5)!.node).toBe(graph.nearest([0.01, 0], 0.01)!.node);
    expect(graph.nearest([0.0098, 0], 0.5, onFirst)).toBeUndefined();
    expect(graph.nearest([0.0098, 0], 1, onFirst)!.km).toBeCloseTo(0.98, 2);
    expect(graph.nearest([0.5, 0.5], 1)).toBeUndefined();
    expect(graph.nodesWithin([0, 0], 0.2)).toEqual([0, 1]);
    expect(graph.nodesWithin([0, 0], 0.05)).toEqual([0]);
  });

  it('gives the same path whatever the order of equally good choices', () => {
    const square = [
      way(1, [
        [0, 0],
        [0.001, 0],
        [0.001, 0.001],
      ]),
      way(2, [
        [0, 0],
        [0, 0.001],
        [0.001, 0.001],
      ]),
    ];
    const one = new TrackGraph(square, 0.01);
    const two = new TrackGraph(square, 0.01);
    const path = (g: TrackGraph) =>
      g.shortestPath(g.nearest([0, 0], 0.01)!.node, g.nearest([0.001, 0.001], 0.01)!.node)!;
    expect(path(one)).toEqual(path(two));
    expect(path(one).ways).toHaveLength(1);
  });

  it('heals only from a way’s ends, its last vertex as well as its first', () => {
    const line = way(1, [
      [0, 0],
      [0.001, 0],
      [0.002, 0],
    ]);
    // A way whose middle passes 3 m from the line's middle, its ends 90 m away: no join.
    const passing = way(2, [
      [0, 0.0008],
      [0.001, 0.00003],
      [0.002, 0.0008],
    ]);
    const apart = new TrackGraph([line, passing], 0.05);
    const near = (g: TrackGraph, p: [number, number]) => g.nearest(p, 0.01)!.node;
    expect(apart.shortestPath(near(apart, [0, 0]), near(apart, [0, 0.0008]))).toBeUndefined();
    // A way that ends 3 m from the line, its start 110 m away: joined.
    const ending = way(3, [
      [0.001, 0.001],
      [0.001, 0.00003],
    ]);
    const joined = new TrackGraph([line, ending], 0.05);
    expect(joined.shortestPath(near(joined, [0, 0]), near(joined, [0.001, 0.001]))?.ways).toEqual([
      1, 3,
    ]);
  });

  it('does not heal a way back onto itself within four edges, but does beyond', () => {
    // A loop of 222 m sides whose end stops 3 m short of its start.
    const loop = (corners: [number, number][]) => {
      const g = new TrackGraph([way(1, [...corners, [0, 0.00003]])], 0.05);
      const from = g.nearest([0, 0], 0.001)!.node;
      const to = g.nearest([0, 0.00003], 0.001)!.node;
      return g.shortestPath(from, to)!.km;
    };
    // Four edges from end to start: the way's own run, so the path goes round.
    const square: [number, number][] = [
      [0, 0],
      [0.002, 0],
      [0.002, 0.002],
      [0, 0.002],
    ];
    expect(loop(square)).toBeCloseTo(0.889, 2);
    // Five edges (sides of 157 to 222 m, under the 250 m at which an edge is split): another
    // piece of track as far as healing can tell, so the 3 m join is made.
    const pentagon: [number, number][] = [
      [0, 0],
      [0.002, 0],
      [0.002, 0.002],
      [0.001, 0.003],
      [0, 0.002],
    ];
    expect(loop(pentagon)).toBeCloseTo(0.0033, 3);
  });

  it('finds the cheapest path through a network with many choices', () => {
    // A 6 × 6 lattice of 111 m edges, each its own way with a cost factor between 1 and 5.
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const ways: TrackWay[] = [];
    for (let i = 0; i < 6; i++)
      for (let j = 0; j < 6; j++) {
        const at: [number, number] = [i * 0.001, j * 0.001];
        if (i < 5) ways.push(way(ways.length + 1, [at, [at[0] + 0.001, at[1]]], 1 + 4 * random()));
        if (j < 5) ways.push(way(ways.length + 1, [at, [at[0], at[1] + 0.001]], 1 + 4 * random()));
      }
    const graph = new TrackGraph(ways, 0.01);
    const key = (p: [number, number]) => `${Math.round(p[0] * 1e3)},${Math.round(p[1] * 1e3)}`;
    // The answers by Bellman–Ford from one place, independent of the graph's heap.
    const cheapestFrom = (from: [number, number]) => {
      const cost = new Map([[key(from), 0]]);
      const via = new Map<string, { way: number; from: string }>();
      for (let round = 0; round < 36; round++)
        for (const w of ways) {
          const [a, b] = w.coordinates.map(key) as [string, string];
          const c = haversineKm(w.coordinates[0]!, w.coordinates[1]!) * w.costFactor;
          for (const [x, y] of [
            [a, b],
            [b, a],
          ] as const)
            if ((cost.get(x) ?? Infinity) + c < (cost.get(y) ?? Infinity)) {
              cost.set(y, cost.get(x)! + c);
              via.set(y, { way: w.id, from: x });
            }
        }
      return (to: [number, number]) => {
        const path: number[] = [];
        for (let n = key(to); n !== key(from); n = via.get(n)!.from) path.unshift(via.get(n)!.way);
        return path;
      };
    };
    const node = (p: [number, number]) => graph.nearest(p, 0.01)!.node;
    // From two corners and the middle to every other crossing of the lattice.
    for (const from of [
      [0, 0],
      [0.005, 0],
      [0.002, 0.003],
    ] as [number, number][]) {
      const cheapest = cheapestFrom(from);
      for (let i = 0; i < 6; i++)
        for (let j = 0; j < 6; j++) {
          const to: [number, number] = [i * 0.001, j * 0.001];
          if (key(to) === key(from)) continue;
          expect(graph.shortestPath(node(from), node(to))!.ways).toEqual(cheapest(to));
        }
    }
  });
});
