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
});
