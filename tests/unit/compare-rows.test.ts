/**
 * The "Compare routes" view's rows: each route in the file's order with its own line, colour and
 * figures, and the spread of what sources give, kept apart by unit.
 */
import { describe, expect, it } from 'vitest';
import type {
  AlternativeFigure,
  AlternativeFigures,
} from '../../src/data/alternatives/figures-schema.ts';
import { bounds, compareRows, routeColour, spread } from '../../src/content/compare-rows.ts';
import { PALETTE } from '../../src/theme/palette.ts';

const figure = (over: Partial<AlternativeFigure>): AlternativeFigure => ({
  id: 'f',
  route: 'a',
  measure: 'transit-days',
  unit: 'days',
  stretch: 'A – B',
  period: { kind: 'undated' },
  note: 'n',
  source: 's',
  ...over,
});

const compare = (): AlternativeFigures => ({
  routes: [
    { id: 'a', name: 'Route A' },
    { id: 'b', name: 'Route B' },
  ],
  claim: { text: 'claim', speaker: 'S', source: 's', paragraph: 1 },
  caveat: 'c',
  figures: [
    figure({ id: 'a1', route: 'a', min: 10, max: 20 }),
    figure({ id: 'b1', route: 'b', value: 30 }),
    figure({ id: 'a2', route: 'a', value: 5 }),
    figure({
      id: 'a3',
      route: 'a',
      measure: 'border-crossings',
      unit: 'border crossings',
      value: 2,
    }),
  ],
  lines: [
    {
      id: 'b',
      kind: 'sea',
      from: 'X',
      to: 'Y',
      lengthKm: 100,
      coordinates: [
        [0, 0],
        [1, 0],
      ],
    },
  ],
});

describe('the compared routes’ rows', () => {
  it('keep the file’s order, each with its own line and colour', () => {
    const rows = compareRows(compare());
    expect(rows.map((r) => r.route.name)).toEqual(['Route A', 'Route B']);
    expect(rows.map((r) => r.line?.id)).toEqual([undefined, 'b']);
    expect(rows.map((r) => r.colour)).toEqual([PALETTE.compareRoutes[0], PALETTE.compareRoutes[1]]);
  });

  it('give each route its own figures by measure, in the file’s order', () => {
    const [a, b] = compareRows(compare());
    expect(a!.figures['transit-days'].map((f) => f.id)).toEqual(['a1', 'a2']);
    expect(a!.figures['border-crossings'].map((f) => f.id)).toEqual(['a3']);
    expect(a!.figures['cost-per-container']).toEqual([]);
    expect(b!.figures['transit-days'].map((f) => f.id)).toEqual(['b1']);
  });

  it('reuse the last colour past the palette’s end rather than none', () => {
    const last = PALETTE.compareRoutes[PALETTE.compareRoutes.length - 1];
    expect(routeColour(PALETTE.compareRoutes.length + 3)).toBe(last);
  });
});

describe('a figure’s bounds and the spread of several', () => {
  it('read a single value as both ends, and a range as its min and max', () => {
    expect(bounds(figure({ value: 7 }))).toEqual([7, 7]);
    expect(bounds(figure({ min: 3, max: 9 }))).toEqual([3, 9]);
  });

  it('span the lowest low and the highest high of the figures in the unit asked for', () => {
    const figures = [
      figure({ min: 13, max: 17 }),
      figure({ min: 38, max: 53 }),
      figure({ value: 25 }),
      figure({ unit: 'percent more than via Russia', value: 99 }),
    ];
    expect(spread(figures, 'days')).toEqual([13, 53]);
    expect(spread(figures, 'percent more than via Russia')).toEqual([99, 99]);
    expect(spread(figures, 'USD per container')).toBeNull();
  });
});
