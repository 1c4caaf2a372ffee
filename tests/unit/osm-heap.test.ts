// The shortest-path search's priority queue: whatever order items go in, they come out cheapest
// first, and at equal cost by node index.
import { describe, expect, it } from 'vitest';
import { Heap } from '../../src/data/osm/heap.ts';

const drain = (heap: Heap) => {
  const out: [number, number][] = [];
  while (heap.size > 0) out.push(heap.pop()!);
  return out;
};

describe('the track graph’s heap', () => {
  it('gives back 200 shuffled items cheapest first, ties by node index', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    // Costs from only 20 values, so many items tie.
    const items = Array.from(
      { length: 200 },
      (_, node) => [Math.floor(random() * 20), node] as [number, number],
    );
    const shuffled = [...items].sort(() => random() - 0.5);
    const heap = new Heap();
    for (const item of shuffled) heap.push(item);
    expect(heap.size).toBe(200);
    expect(drain(heap)).toEqual([...items].sort((x, y) => x[0] - y[0] || x[1] - y[1]));
  });

  it('keeps its order when pushes and pops alternate, as in the search', () => {
    const heap = new Heap();
    heap.push([5, 1]);
    heap.push([3, 2]);
    expect(heap.pop()).toEqual([3, 2]);
    heap.push([4, 3]);
    heap.push([5, 0]);
    heap.push([1, 4]);
    expect(heap.pop()).toEqual([1, 4]);
    expect(drain(heap)).toEqual([
      [4, 3],
      [5, 0],
      [5, 1],
    ]);
  });

  it('is empty when drained', () => {
    const heap = new Heap();
    heap.push([0, 0]);
    expect(heap.pop()).toEqual([0, 0]);
    expect(heap.size).toBe(0);
    expect(heap.pop()).toBeUndefined();
  });
});
