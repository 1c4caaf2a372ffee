import { describe, expect, it } from 'vitest';
import { distanceToLinesKm, longestGapKm } from '../../src/data/geometry.ts';
import { boundsOf } from '../../src/data/geometry-bounds.ts';

describe('geometry helpers', () => {
  it('finds the longest gap between vertices', () => {
    expect(
      longestGapKm([
        [0, 0],
        [0.1, 0],
        [0.5, 0],
        [0.6, 0],
      ]),
    ).toEqual({
      km: expect.closeTo(44.48, 1),
      index: 1,
    });
  });

  it('measures how far a point is from the nearest line', () => {
    const lines: [number, number][][] = [
      [
        [0, 0],
        [1, 0],
      ],
      [
        [0, 1],
        [1, 1],
      ],
    ];
    expect(distanceToLinesKm([0.5, 0.9], lines)).toBeCloseTo(11.12, 1);
    expect(distanceToLinesKm([0.5, 0.9], [])).toBe(Infinity);
  });

  it('bounds lines as west, south, east, north', () => {
    expect(
      boundsOf([
        [
          [51, 43],
          [49, 40],
        ],
        [[44, 41]],
      ]),
    ).toEqual([44, 40, 51, 43]);
  });
});
