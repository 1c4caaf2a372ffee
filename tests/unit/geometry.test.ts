import { describe, expect, it } from 'vitest';
import {
  distanceToLinesKm,
  longestGapKm,
  nearPiece,
  samePosition,
} from '../../src/data/geometry.ts';
import { boundsOf } from '../../src/data/geometry-bounds.ts';
import type { Position } from '../../src/data/schema.ts';

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

  it('gives the first of two equally long gaps', () => {
    expect(
      longestGapKm([
        [0, 0],
        [1, 0],
        [2, 0],
      ]).index,
    ).toBe(0);
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

  it('passes over a line of one point when measuring against every line', () => {
    // Over 5 km from every line, each whole line is measured; one point is no line to measure.
    const lines: Position[][] = [
      [[5, 5]],
      [
        [0, 1],
        [1, 1],
      ],
    ];
    expect(distanceToLinesKm([0, 0], lines)).toBeCloseTo(111.2, 0);
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

describe('whether a point is near a piece of line', () => {
  // The piece's box is 1–3° east and 10–20° north; the margins are 1° of longitude, 2° of latitude.
  const a: Position = [1, 10];
  const b: Position = [3, 20];
  it.each([
    [[0, 15], true],
    [[4, 15], true],
    [[2, 8], true],
    [[2, 22], true],
    [[-0.5, 15], false],
    [[4.5, 15], false],
    [[2, 7.5], false],
    [[2, 22.5], false],
  ] as [Position, boolean][])('%j: %s, whichever way the piece runs', (at, near) => {
    expect(nearPiece(at, a, b, 1, 2)).toBe(near);
    expect(nearPiece(at, b, a, 1, 2)).toBe(near);
  });
});

describe('whether two positions are the same', () => {
  it('needs both numbers equal, and both positions there', () => {
    expect(samePosition([1, 2], [1, 2])).toBe(true);
    expect(samePosition([1, 2], [1, 3])).toBe(false);
    expect(samePosition([1, 2], [0, 2])).toBe(false);
    expect(samePosition(undefined, [1, 2])).toBe(false);
    expect(samePosition([1, 2], undefined)).toBe(false);
    expect(samePosition(undefined, undefined)).toBe(false);
  });
});
