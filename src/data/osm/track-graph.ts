/**
 * A routable graph of railway track: OSM ways joined where they share a vertex, plus short
 * "healed" joins where a way ends within a few metres of another way (extracts cut or round ways
 * apart). Used by the maintenance extract and by the deterministic derive; never in the browser.
 */
import type { Position } from '../schema.ts';
import { haversineKm } from './distance.ts';
import { Heap } from './heap.ts';

export interface TrackWay {
  /** OSM way id. Several pieces of one way may share it after clipping. */
  id: number;
  coordinates: Position[];
  /** Cost per kilometre relative to a main line (1): sidings and branches cost more. */
  costFactor: number;
}

interface Edge {
  to: number;
  km: number;
  cost: number;
  /** The way this edge belongs to, or -1 for a healed join. */
  way: number;
}

export interface TrackPath {
  coordinates: Position[];
  /**
   * Points where the path passes from one way to another, with the ways on either side (-1 for a
   * healed join). Simplification must keep them, and one inside a way's edge must become a vertex.
   */
  joints: { position: Position; ways: [number, number] }[];
  /** OSM way ids along the path, in order of first use, without repeats. */
  ways: number[];
  km: number;
}

/** Vertices closer than this are one node: the sources round to 5 decimals (about 1 m). */
const keyOf = (p: Position) => `${Math.round(p[0] * 1e5)},${Math.round(p[1] * 1e5)}`;

/** A coarse grid over node positions, for nearest-node and within-distance queries. */
const CELL_DEGREES = 0.05;
/** Longest edge in the graph; longer straight stretches of a way get synthetic nodes. */
const DENSIFY_KM = 0.25;
const cellOf = (p: Position) =>
  `${Math.floor(p[0] / CELL_DEGREES)},${Math.floor(p[1] / CELL_DEGREES)}`;

export class TrackGraph {
  readonly nodes: Position[] = [];
  private readonly adjacency: Edge[][] = [];
  private readonly index = new Map<string, number>();
  private readonly grid = new Map<string, number[]>();
  /** Which component (connected piece of track) each node is in. */
  private component: number[] = [];
  /** Nodes added between a way's own vertices so that a station snaps to the line, not a far vertex. */
  private readonly synthetic = new Set<number>();
  /** The first way each node was found on. */
  private readonly nodeWay: number[] = [];
  private currentWay = -1;

  constructor(ways: TrackWay[], healKm: number) {
    const ends: { node: number; way: number }[] = [];
    for (const way of ways) {
      this.currentWay = way.id;
      let previous = -1;
      way.coordinates.forEach((position, i) => {
        const node = this.nodeAt(position);
        if (i === 0 || i === way.coordinates.length - 1) ends.push({ node, way: way.id });
        if (previous >= 0 && previous !== node) this.linkDensified(previous, node, way);
        previous = node;
      });
    }
    // Heal: a way end within healKm of another way's vertex is joined to it.
    for (const { node } of ends) {
      const near = this.nodesWithin(this.nodes[node]!, healKm).filter(
        (other) => other !== node && !this.adjacency[node]!.some((e) => e.to === other),
      );
      for (const other of near) {
        // Only join separate pieces of track; a vertex of the same run is already connected.
        if (this.connectedWithin(node, other, 4)) continue;
        const km = haversineKm(this.nodes[node]!, this.nodes[other]!);
        this.link(node, other, km, km, -1);
      }
    }
    this.labelComponents();
  }

  private nodeAt(position: Position): number {
    const key = keyOf(position);
    const known = this.index.get(key);
    if (known !== undefined) return known;
    const node = this.addNode(position);
    this.index.set(key, node);
    return node;
  }

  /** A node without an entry in the position index (synthetic nodes are never shared). */
  private addNode(position: Position): number {
    const node = this.nodes.length;
    this.nodes.push([position[0], position[1]]);
    this.adjacency.push([]);
    this.nodeWay.push(this.currentWay);
    const cell = cellOf(position);
    const list = this.grid.get(cell);
    if (list) list.push(node);
    else this.grid.set(cell, [node]);
    return node;
  }

  /** Links two vertices of a way, with synthetic nodes at most DENSIFY_KM apart in between. */
  private linkDensified(a: number, b: number, way: TrackWay) {
    const pa = this.nodes[a]!;
    const pb = this.nodes[b]!;
    const steps = Math.ceil(haversineKm(pa, pb) / DENSIFY_KM);
    let previous = a;
    for (let s = 1; s <= steps; s++) {
      let next = b;
      if (s < steps) {
        const t = s / steps;
        next = this.nodes.length;
        this.addNode([pa[0] + (pb[0] - pa[0]) * t, pa[1] + (pb[1] - pa[1]) * t]);
        this.synthetic.add(next);
      }
      const km = haversineKm(this.nodes[previous]!, this.nodes[next]!);
      this.link(previous, next, km, km * way.costFactor, way.id);
      previous = next;
    }
  }

  private link(a: number, b: number, km: number, cost: number, way: number) {
    this.adjacency[a]!.push({ to: b, km, cost, way });
    this.adjacency[b]!.push({ to: a, km, cost, way });
  }

  /** True when b is reachable from a in at most `hops` edges. */
  private connectedWithin(a: number, b: number, hops: number): boolean {
    let frontier = [a];
    const seen = new Set(frontier);
    for (let h = 0; h < hops; h++) {
      const next: number[] = [];
      for (const n of frontier)
        for (const e of this.adjacency[n]!) {
          if (e.to === b) return true;
          if (!seen.has(e.to)) {
            seen.add(e.to);
            next.push(e.to);
          }
        }
      frontier = next;
    }
    return false;
  }

  private labelComponents() {
    this.component = new Array<number>(this.nodes.length).fill(-1);
    let label = 0;
    for (let start = 0; start < this.nodes.length; start++) {
      if (this.component[start] !== -1) continue;
      const stack = [start];
      this.component[start] = label;
      while (stack.length > 0) {
        const n = stack.pop()!;
        for (const e of this.adjacency[n]!)
          if (this.component[e.to] === -1) {
            this.component[e.to] = label;
            stack.push(e.to);
          }
      }
      label++;
    }
  }

  /** The OSM way a node lies on (the first, where ways meet). */
  wayOf(node: number): number {
    return this.nodeWay[node]!;
  }

  /** Nodes within km of a position, in index order. */
  nodesWithin(at: Position, km: number): number[] {
    const reach = km / 111 / Math.max(0.2, Math.cos((at[1] * Math.PI) / 180)) + CELL_DEGREES;
    const found: number[] = [];
    for (
      let x = Math.floor((at[0] - reach) / CELL_DEGREES);
      x <= (at[0] + reach) / CELL_DEGREES;
      x++
    )
      for (
        let y = Math.floor((at[1] - reach) / CELL_DEGREES);
        y <= (at[1] + reach) / CELL_DEGREES;
        y++
      )
        for (const n of this.grid.get(`${x},${y}`) ?? [])
          if (haversineKm(at, this.nodes[n]!) <= km) found.push(n);
    return found.sort((a, b) => a - b);
  }

  /**
   * The node nearest a position, optionally only among nodes in the same piece of track as
   * `sameComponentAs`. Searches outwards up to maxKm; undefined when nothing is that close.
   */
  nearest(
    at: Position,
    maxKm: number,
    sameComponentAs?: number,
  ): { node: number; km: number } | undefined {
    let best: { node: number; km: number } | undefined;
    for (const n of this.nodesWithin(at, maxKm)) {
      if (sameComponentAs !== undefined && this.component[n] !== this.component[sameComponentAs])
        continue;
      const km = haversineKm(at, this.nodes[n]!);
      if (!best || km < best.km) best = { node: n, km };
    }
    return best;
  }

  /** The cheapest path between two nodes (Dijkstra), or undefined when they are not connected. */
  shortestPath(from: number, to: number): TrackPath | undefined {
    if (this.component[from] !== this.component[to]) return undefined;
    const cost = new Float64Array(this.nodes.length).fill(Infinity);
    const previous = new Int32Array(this.nodes.length).fill(-1);
    const previousWay = new Float64Array(this.nodes.length);
    const heap = new Heap();
    cost[from] = 0;
    heap.push([0, from]);
    while (heap.size > 0) {
      const [c, n] = heap.pop()!;
      if (n === to) break;
      if (c > cost[n]!) continue;
      for (const e of this.adjacency[n]!) {
        const next = c + e.cost;
        if (next < cost[e.to]!) {
          cost[e.to] = next;
          previous[e.to] = n;
          previousWay[e.to] = e.way;
          heap.push([next, e.to]);
        }
      }
    }
    if (cost[to] === Infinity) return undefined;
    const nodes: number[] = [to];
    const edges: number[] = [];
    for (let n = to; n !== from; n = previous[n]!) {
      edges.push(previousWay[n]!);
      nodes.push(previous[n]!);
    }
    nodes.reverse();
    edges.reverse();
    const ways: number[] = [];
    for (const w of edges) if (w >= 0 && !ways.includes(w)) ways.push(w);
    const joints = nodes
      .map((n, i) => ({ n, i }))
      .filter(({ i }) => i > 0 && i < nodes.length - 1 && edges[i - 1] !== edges[i])
      .map(({ n, i }) => ({
        position: this.nodes[n]!,
        ways: [edges[i - 1]!, edges[i]!] as [number, number],
      }));
    let km = 0;
    for (let i = 1; i < nodes.length; i++)
      km += haversineKm(this.nodes[nodes[i - 1]!]!, this.nodes[nodes[i]!]!);
    // Synthetic nodes lie on straight edges; only the two ends are kept, where the path may stop.
    const coordinates = nodes
      .filter((n, i) => i === 0 || i === nodes.length - 1 || !this.synthetic.has(n))
      .map((n) => this.nodes[n]!);
    return { coordinates, joints, ways, km };
  }
}
