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

  it('finds the nearest line far north, where a degree of longitude is short, and far from all', () => {
    // At 60° N a degree of longitude is half a degree of latitude: the line 3 km east is nearer
    // than the one 4 km north, though it is farther in degrees.
    const east: [number, number][] = [
      [30.054, 59],
      [30.054, 61],
    ];
    const north: [number, number][] = [
      [29.99, 60.036],
      [30.01, 60.036],
    ];
    expect(distanceToLinesKm([30, 60], [north, east])).toBeCloseTo(3.0, 1);
    expect(distanceToLinesKm([30, 60], [north])).toBeCloseTo(4.0, 1);
    // Far from every line, the distance is still measured, not given up on.
    expect(distanceToLinesKm([30, 60.5], [north])).toBeCloseTo(51.6, 0);
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
