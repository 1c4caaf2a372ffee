import { describe, expect, it } from 'vitest';
import {
  distanceToPolyline,
  distanceToSegment,
  hubUnder,
  pick,
  shiftRight,
  type Reach,
} from '../../src/map/pick.ts';
import { REACH } from '../../src/map/picking.ts';
import { hubDrawnRadius } from '../../src/map/style/hub-size.ts';
import { LANE_OFFSET_PX as LANE } from '../../src/map/style/route.ts';

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
/** A port on the horizontal line, drawn 7 px across (radius and ring) as at the overview. */
const hub = { id: 'port', point: { x: 50, y: 100 }, radius: 7 };
const wide: Reach = { line: 10, hubSlack: 2, tie: 0 };

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

  it('measures a line of one point as that point', () => {
    expect(distanceToPolyline({ x: 3, y: 4 }, [{ x: 0, y: 0 }])).toBe(5);
    expect(
      distanceToPolyline({ x: 3, y: 4 }, [
        { x: 0, y: 0 },
        { x: 0, y: 0 },
      ]),
    ).toBe(5);
  });

  it('shifts a corner along the mean of its two pieces’ normals', () => {
    // East 100 px, then south 200 px: the right of travel is south, then west.
    const shifted = shiftRight(
      [
        { x: 0, y: 100 },
        { x: 100, y: 100 },
        { x: 100, y: 300 },
      ],
      10,
    );
    expect(shifted[0]).toEqual({ x: 0, y: 110 });
    expect(shifted[1]!.x).toBeCloseTo(100 - 10 / Math.SQRT2);
    expect(shifted[1]!.y).toBeCloseTo(100 + 10 / Math.SQRT2);
    expect(shifted[2]).toEqual({ x: 90, y: 300 });
  });

  it('selects a line within the tolerance and nothing beyond it', () => {
    expect(pick({ x: 150, y: 109 }, [], [horizontal], wide)).toEqual({ kind: 'segment', id: 'h' });
    expect(pick({ x: 150, y: 110 }, [], [horizontal], wide)).toEqual({ kind: 'segment', id: 'h' });
    expect(pick({ x: 150, y: 111 }, [], [horizontal], wide)).toBeNull();
    expect(pick({ x: 150, y: 116 }, [], [horizontal], REACH.touch)).toEqual({
      kind: 'segment',
      id: 'h',
    });
  });

  it('lets the nearest line win', () => {
    expect(pick({ x: 104, y: 108 }, [], [horizontal, vertical], REACH.mouse)).toEqual({
      kind: 'segment',
      id: 'v',
    });
    expect(pick({ x: 108, y: 104 }, [], [horizontal, vertical], REACH.mouse)).toEqual({
      kind: 'segment',
      id: 'h',
    });
    expect(pick({ x: 102, y: 108 }, [], [horizontal, vertical], REACH.touch)).toEqual({
      kind: 'segment',
      id: 'v',
    });
  });

  it('opens a hub only on or just beside its circle', () => {
    for (const reach of [REACH.mouse, REACH.touch]) {
      expect(pick({ x: 50, y: 100 }, [hub], [horizontal], reach)).toEqual({
        kind: 'hub',
        id: 'port',
      });
      expect(pick({ x: 55, y: 104 }, [hub], [horizontal], reach)).toEqual({
        kind: 'hub',
        id: 'port',
      });
      expect(pick({ x: 50, y: 108.5 }, [hub], [], reach)).toEqual({ kind: 'hub', id: 'port' });
    }
    expect(pick({ x: 50, y: 110 }, [hub], [], REACH.mouse)).toBeNull();
    expect(pick({ x: 50, y: 111 }, [hub], [], REACH.touch)).toEqual({ kind: 'hub', id: 'port' });
  });

  it('opens the line, not the hub, 12 px from the hub and 2 px from the line', () => {
    // The largest circle a hub is drawn at when neither selected nor hovered.
    const big = { ...hub, radius: hubDrawnRadius('port', 10) };
    const p = { x: 50 + Math.sqrt(12 ** 2 - 2 ** 2), y: 102 };
    for (const reach of [REACH.mouse, REACH.touch])
      expect(pick(p, [big], [horizontal], reach)).toEqual({ kind: 'segment', id: 'h' });
  });

  it('lets the hub listed first win when two circles are as near', () => {
    const twin = { id: 'twin', point: { x: 64, y: 100 }, radius: 7 };
    expect(hubUnder({ x: 57, y: 100 }, [hub, twin], 2)).toBe('port');
    expect(hubUnder({ x: 57, y: 100 }, [twin, hub], 2)).toBe('twin');
  });

  it('lets the hub whose circle is nearest win when two circles reach the pointer', () => {
    const small = { id: 'junction', point: { x: 62, y: 100 }, radius: 4 };
    expect(hubUnder({ x: 58, y: 100 }, [hub, small], 2)).toBe('junction');
    expect(hubUnder({ x: 56, y: 100 }, [hub, small], 2)).toBe('port');
  });
});

describe('lines about as near ask which one', () => {
  const twin = { ...horizontal, id: 'twin' };
  const below = {
    id: 'below',
    points: horizontal.points.map((p) => ({ ...p, y: p.y + 6 })),
  };

  it('offers lines equally near, nearest first', () => {
    expect(pick({ x: 150, y: 105 }, [], [horizontal, twin], REACH.mouse)).toEqual({
      kind: 'choice',
      ids: ['h', 'twin'],
    });
    expect(pick({ x: 150, y: 102.5 }, [], [below, horizontal], REACH.mouse)).toEqual({
      kind: 'choice',
      ids: ['h', 'below'],
    });
  });

  it('takes the nearer line when the gap is more than the margin', () => {
    // 1 px from one, 5 from the other: a mouse meant the first, a finger might mean either.
    expect(pick({ x: 150, y: 101 }, [], [below, horizontal], REACH.mouse)).toEqual({
      kind: 'segment',
      id: 'h',
    });
    expect(pick({ x: 150, y: 101 }, [], [below, horizontal], REACH.touch)).toEqual({
      kind: 'choice',
      ids: ['h', 'below'],
    });
    expect(pick({ x: 150, y: 100 }, [], [below, horizontal], REACH.touch)).toEqual({
      kind: 'segment',
      id: 'h',
    });
  });

  it('offers only lines within the tolerance, and one line drawn twice once', () => {
    expect(pick({ x: 150, y: 112 }, [], [horizontal, below], REACH.mouse)).toEqual({
      kind: 'segment',
      id: 'below',
    });
    expect(pick({ x: 150, y: 101 }, [], [horizontal, horizontal], REACH.mouse)).toEqual({
      kind: 'segment',
      id: 'h',
    });
  });

  it('still lets a hub under the pointer win over tied lines', () => {
    expect(pick({ x: 50, y: 100 }, [hub], [horizontal, twin], REACH.touch)).toEqual({
      kind: 'hub',
      id: 'port',
    });
  });
});

describe('a line drawn in its lane', () => {
  it('moves to the right of its direction of travel, as MapLibre’s line-offset draws it', () => {
    // Eastwards, right is down the screen; westwards, up; southwards (y growing), left.
    expect(shiftRight(horizontal.points, 3)).toEqual([
      { x: 0, y: 103 },
      { x: 200, y: 103 },
    ]);
    expect(shiftRight([...horizontal.points].reverse(), 3).map((p) => p.y)).toEqual([97, 97]);
    expect(shiftRight(vertical.points, 3).map((p) => p.x)).toEqual([97, 97]);
  });

  it('moves a bend’s vertex along the mean of its two pieces’ normals', () => {
    const bend = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 100 },
    ];
    const [, corner] = shiftRight(bend, Math.SQRT2);
    expect(corner!.x).toBeCloseTo(99);
    expect(corner!.y).toBeCloseTo(1);
  });

  it('leaves a line in lane 0, and a repeated vertex, where they are', () => {
    expect(shiftRight(horizontal.points, 0)).toBe(horizontal.points);
    const repeated = [
      { x: 5, y: 5 },
      { x: 5, y: 5 },
    ];
    expect(shiftRight(repeated, 3)).toEqual(repeated);
  });

  it('picks a line where it is drawn: a click on its lane opens it, between two lanes asks', () => {
    const upper = { id: 'upper', points: shiftRight(horizontal.points, -LANE) };
    const lower = { id: 'lower', points: shiftRight(horizontal.points, LANE) };
    expect(pick({ x: 120, y: 100 - LANE }, [], [upper, lower], REACH.mouse)).toEqual({
      kind: 'segment',
      id: 'upper',
    });
    expect(pick({ x: 120, y: 100 + LANE }, [], [upper, lower], REACH.mouse)).toEqual({
      kind: 'segment',
      id: 'lower',
    });
    expect(pick({ x: 120, y: 100 }, [], [upper, lower], REACH.mouse)).toEqual({
      kind: 'choice',
      ids: ['upper', 'lower'],
    });
  });
});
