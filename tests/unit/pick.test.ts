import { describe, expect, it } from 'vitest';
import { distanceToPolyline, distanceToSegment, pick } from '../../src/map/pick.ts';

const horizontal = {
  id: 'h',
  points: [
    { x: 0, y: 100 },
    { x: 200, y: 100 },
  ],
};
const vertical = {
  id: 'v',
  points: [
    { x: 100, y: 0 },
    { x: 100, y: 200 },
  ],
};
const hub = { id: 'port', points: [{ x: 50, y: 100 }] };

describe('picking in screen space', () => {
  it.each([
    { p: { x: 50, y: 109 }, expected: 9 },
    { p: { x: -30, y: 140 }, expected: 50 },
    { p: { x: 250, y: 100 }, expected: 50 },
  ])('measures the distance to a line from $p', ({ p, expected }) => {
    expect(distanceToPolyline(p, horizontal.points)).toBeCloseTo(expected);
  });

  it('measures a line of no length as its one point', () => {
    expect(distanceToSegment({ x: 3, y: 4 }, { x: 0, y: 0 }, { x: 0, y: 0 })).toBe(5);
  });

  it('selects a line within the tolerance and nothing beyond it', () => {
    expect(pick({ x: 150, y: 109 }, [], [horizontal], 10)).toEqual({ kind: 'segment', id: 'h' });
    expect(pick({ x: 150, y: 110 }, [], [horizontal], 10)).toEqual({ kind: 'segment', id: 'h' });
    expect(pick({ x: 150, y: 111 }, [], [horizontal], 10)).toBeNull();
    expect(pick({ x: 150, y: 116 }, [], [horizontal], 20)).toEqual({ kind: 'segment', id: 'h' });
  });

  it('lets the nearest line win, the first listed when two are as near', () => {
    const twin = { ...horizontal, id: 'twin' };
    expect(pick({ x: 150, y: 105 }, [], [horizontal, twin], 10)?.id).toBe('h');
    expect(pick({ x: 104, y: 108 }, [], [horizontal, vertical], 10)?.id).toBe('v');
    expect(pick({ x: 108, y: 104 }, [], [horizontal, vertical], 10)?.id).toBe('h');
  });

  it('lets a hub win over a nearer line', () => {
    expect(pick({ x: 55, y: 101 }, [hub], [horizontal], 10)).toEqual({ kind: 'hub', id: 'port' });
  });
});
