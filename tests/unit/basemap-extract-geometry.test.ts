/**
 * The basemap extract's geometry helpers (src/data/basemap-extract/geometry.ts) on small made-up
 * shapes: what is clipped, simplified and rounded away, and where a name's point lands.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  generalise,
  isAreal,
  labelPoint,
  largestPart,
  type Box,
} from '../../src/data/basemap-extract/geometry.ts';

const box: Box = [20, 30, 30, 40];
const line = (...coordinates: Position[]): LineString => ({ type: 'LineString', coordinates });
const square = (w: number, s: number, e: number, n: number): Position[] => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];
const polygon = (...rings: Position[][]): Polygon => ({ type: 'Polygon', coordinates: rings });
const multi = (...parts: Position[][][]): MultiPolygon => ({
  type: 'MultiPolygon',
  coordinates: parts,
});
/** Ring `ring` of part `part` of a generalised area. */
const ringOf = (out: ReturnType<typeof generalise>, part = 0, ring = 0): Position[] =>
  (out as MultiPolygon).coordinates[part]![ring]!;
/** The corners of a ring, whatever corner it starts from and whichever way it runs. */
const corners = (ring: Position[]) =>
  ring
    .slice(0, -1)
    .map(([x, y]) => `${x},${y}`)
    .sort();

describe('generalise: lines', () => {
  it('cuts a line at the box and keeps the part inside', () => {
    const out = generalise(line([10, 35], [40, 35]), { box, tolerance: 0, digits: 3 });
    expect(out).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [20, 35],
          [30, 35],
        ],
      ],
    });
  });

  it('rounds to the decimals asked for and drops the points rounding makes repeat', () => {
    const out = generalise(line([21.0004, 35.0006], [21.0001, 35.0009], [22.12345, 36.98765]), {
      box,
      tolerance: 0,
      digits: 3,
    });
    expect(out?.coordinates).toEqual([
      [
        [21, 35.001],
        [22.123, 36.988],
      ],
    ]);
  });

  it('gives null for a line outside the box or one that rounds to a single point', () => {
    expect(generalise(line([0, 0], [5, 5]), { box, tolerance: 0, digits: 2 })).toBeNull();
    expect(
      generalise(line([25.001, 35.001], [25.002, 35.002]), { box, tolerance: 0, digits: 2 }),
    ).toBeNull();
  });

  it('keeps only the parts of a multi-line that are left', () => {
    const out = generalise(
      {
        type: 'MultiLineString',
        coordinates: [
          [
            [0, 0],
            [5, 5],
          ],
          [
            [22, 32],
            [24, 34],
          ],
        ],
      },
      { box, tolerance: 0, digits: 2 },
    );
    expect(out?.coordinates).toEqual([
      [
        [22, 32],
        [24, 34],
      ],
    ]);
  });

  it('smooths away wiggles smaller than the tolerance, and keeps every point at tolerance 0', () => {
    const wiggly = line([21, 35], [22, 35.01], [23, 35], [24, 36]);
    expect(generalise(wiggly, { box, tolerance: 0.05, digits: 2 })?.coordinates).toEqual([
      [
        [21, 35],
        [23, 35],
        [24, 36],
      ],
    ]);
    expect(generalise(wiggly, { box, tolerance: 0.005, digits: 2 })?.coordinates[0]).toHaveLength(
      4,
    );
    // A point exactly on the line between its neighbours is gone at any tolerance above 0 only.
    const straight = line([21, 35], [22, 35], [23, 35]);
    expect(generalise(straight, { box, tolerance: 0, digits: 2 })?.coordinates[0]).toHaveLength(3);
    expect(generalise(straight, { box, tolerance: 0.001, digits: 2 })?.coordinates[0]).toHaveLength(
      2,
    );
  });
});

describe('generalise: areas', () => {
  it('clips a polygon to the box and returns it as a multipolygon', () => {
    const out = generalise(polygon(square(25, 35, 35, 45)), { box, tolerance: 0.01, digits: 2 });
    expect(out?.type).toBe('MultiPolygon');
    expect(out?.coordinates).toHaveLength(1);
    expect(corners(ringOf(out, 0))).toEqual(corners(square(25, 35, 30, 40)));
  });

  it('keeps a polygon untouched inside the box at tolerance 0', () => {
    const ring = square(21, 31, 22, 32);
    expect(generalise(polygon(ring), { box, tolerance: 0, digits: 2 })).toEqual(multi([ring]));
  });

  it('smooths a ring’s small bumps away', () => {
    const bumpy = [
      [21, 31],
      [22, 31],
      [22.5, 31.01],
      [23, 31],
      [23, 32],
      [21, 32],
      [21, 31],
    ];
    const out = generalise(polygon(bumpy), { box, tolerance: 0.05, digits: 2 });
    expect(corners(ringOf(out, 0))).toEqual(corners(square(21, 31, 23, 32)));
  });

  it('drops rings and parts that rounding shrinks to a speck, and gives null when none is left', () => {
    const speck = square(25, 35, 25.001, 35.001);
    const out = generalise(multi([square(21, 31, 22, 32)], [speck]), {
      box,
      tolerance: 0,
      digits: 2,
    });
    expect(out?.coordinates).toEqual([[square(21, 31, 22, 32)]]);
    expect(generalise(multi([speck]), { box, tolerance: 0, digits: 2 })).toBeNull();
    expect(generalise(polygon(square(0, 0, 5, 5)), { box, tolerance: 0.01, digits: 2 })).toBeNull();
  });

  it('keeps a hole, and drops a speck of a hole without leaving the ring around it unsimplified', () => {
    const bumpy = [
      [21, 31],
      [22, 31],
      [22.5, 31.01],
      [23, 31],
      [23, 33],
      [21, 33],
      [21, 31],
    ];
    const speck = [
      [22, 32],
      [22, 32],
      [22, 32],
      [22, 32],
    ];
    const hole = square(21.5, 32.2, 22.5, 32.8);
    const out = generalise(polygon(bumpy, speck, hole), { box, tolerance: 0.05, digits: 2 });
    expect(out?.coordinates).toHaveLength(1);
    const [outer, inner, ...rest] = (out as MultiPolygon).coordinates[0]!;
    expect(corners(outer!)).toEqual(corners(square(21, 31, 23, 33)));
    expect(corners(inner!)).toEqual(corners(hole));
    expect(rest).toEqual([]);
  });

  it('keeps a part turf cannot simplify as it is, and still simplifies the other parts', () => {
    // Its corners all lie on one line: turf's simplify refuses it ("invalid polygon").
    const flat = [
      [25, 35],
      [26, 35],
      [27, 35],
      [25, 35],
    ];
    const bumpy = [
      [21, 31],
      [22, 31],
      [22.5, 31.01],
      [23, 31],
      [23, 32],
      [21, 32],
      [21, 31],
    ];
    const out = generalise(multi([bumpy], [flat]), { box, tolerance: 0.05, digits: 2 });
    expect(out?.coordinates).toHaveLength(2);
    expect(corners(ringOf(out, 0))).toEqual(corners(square(21, 31, 23, 32)));
    expect(corners(ringOf(out, 1))).toEqual(corners(flat));
  });
});

describe('largestPart', () => {
  it('picks the part with the largest area, as a polygon', () => {
    const small = [square(20, 50, 21, 51)];
    const large = [square(30, 50, 33, 52)];
    expect(largestPart(multi(small, large, small))).toEqual(polygon(...large));
    expect(largestPart(multi(large, small))).toEqual(polygon(...large));
    expect(largestPart(polygon(...small))).toEqual(polygon(...small));
  });

  it('keeps the first of two equal parts', () => {
    const a = [square(20, 0, 21, 1)];
    const b = [square(40, 0, 41, 1)];
    expect(largestPart(multi(a, b))).toEqual(polygon(...a));
  });

  it('takes even a part of less than a square metre over none', () => {
    const tiny = [square(20, 0, 20.000005, 0.000005)];
    expect(largestPart(multi(tiny))).toEqual(polygon(...tiny));
  });
});

describe('labelPoint', () => {
  it('puts a square’s name at its centre, rounded to two decimals unless asked', () => {
    expect(labelPoint(polygon(square(0, 0, 10, 10)))).toEqual([5, 5]);
    expect(labelPoint(polygon(square(0, 0, 1, 1)), 1)).toEqual([0.5, 0.5]);
    expect(labelPoint(polygon(square(0, 0, 0.7, 0.7)), 1)).toEqual([0.4, 0.4]);
  });

  it('measures east–west distances shrunk by the latitude, and takes the westernmost of equals', () => {
    // 40° wide, 10° high at 55° N: every point of the middle line at least 5° of ground from the
    // sides is 5° from the top and the bottom. A degree of longitude there is 0.57° of ground,
    // so the first grid point (steps of 2/3°) that far from the west side is 9⅓° east of it.
    expect(labelPoint(polygon(square(0, 50, 40, 60)))).toEqual([9.33, 55]);
    // A repeated corner (an edge of length 0) changes nothing.
    const ring = square(0, 50, 40, 60);
    ring.splice(1, 0, [0, 50]);
    expect(labelPoint(polygon(ring))).toEqual([9.33, 55]);
  });

  it('finds a point well inside a crescent, where the middle of its box is outside', () => {
    // A U open to the north: the middle of its box is in the gap.
    const u = polygon([
      [0, 0],
      [9, 0],
      [9, 9],
      [6, 9],
      [6, 3],
      [3, 3],
      [3, 9],
      [0, 9],
      [0, 0],
    ]);
    const at = labelPoint(u);
    expect(booleanPointInPolygon(at, u)).toBe(true);
    // The widest place of the U is its bottom corners, 3 units from the edges at most: far
    // from the gap's edges, not on them.
    const [x = 0, y = 0] = at;
    expect(y).toBeLessThan(3);
    expect(x < 3 || x > 6).toBe(true);
  });

  it('uses the largest part of a multipolygon', () => {
    const at = labelPoint(multi([square(0, 0, 1, 1)], [square(10, 10, 14, 14)]));
    expect(at).toEqual([12, 12]);
  });
});

describe('isAreal', () => {
  it('tells polygons from lines', () => {
    expect(isAreal(polygon(square(0, 0, 1, 1)))).toBe(true);
    expect(isAreal(multi([square(0, 0, 1, 1)]))).toBe(true);
    expect(isAreal(line([0, 0], [1, 1]))).toBe(false);
    expect(isAreal({ type: 'MultiLineString', coordinates: [] })).toBe(false);
    expect(isAreal({ type: 'Point', coordinates: [0, 0] })).toBe(false);
  });
});
