/** The investment arrows' geometry: a bowed line, a head at its end, a label at its middle. */
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { Corridor } from '../../src/data/corridor-index.ts';
import { en } from '../../src/i18n/en.ts';
import { Format } from '../../src/i18n/format.ts';
import { arc, arrowhead, investmentFlows } from '../../src/map/flows.ts';
import { appContext } from '../support/app-context.ts';

const { corridor } = appContext();
const f = new Format(en);
/** Rounded to 1e-9, and -0 written as 0, so exact geometry compares with toEqual. */
const tidy = (points: Position[]) => points.map((p) => p.map((v) => Math.round(v * 1e9) / 1e9 + 0));

describe('a bowed line', () => {
  it.each([
    {
      what: 'eastward, bowed north',
      a: [0, 0],
      b: [2, 0],
      bow: 1,
      expected: [
        [0, 0],
        [0.5, 0.375],
        [1, 0.5],
        [1.5, 0.375],
        [2, 0],
      ],
    },
    {
      what: 'eastward, bowed south',
      a: [0, 0],
      b: [2, 0],
      bow: -1,
      expected: [
        [0, 0],
        [0.5, -0.375],
        [1, -0.5],
        [1.5, -0.375],
        [2, 0],
      ],
    },
    {
      what: 'northward, bowed west',
      a: [3, 1],
      b: [3, 5],
      bow: 2,
      expected: [
        [3, 1],
        [2.25, 2],
        [2, 3],
        [2.25, 4],
        [3, 5],
      ],
    },
  ])('runs $what from end to end', ({ a, b, bow, expected }) => {
    expect(tidy(arc(a, b, bow, 4))).toEqual(expected);
  });

  it('has 24 steps unless told', () => {
    expect(arc([0, 0], [1, 1], 0.5)).toHaveLength(25);
  });
});

describe('an arrowhead', () => {
  // Turning at the end: the head points along the last steps, from the point three back.
  const line: Position[] = [
    [0, 0],
    [0, 1],
    [1, 2],
    [2, 2],
  ];
  const [ring = []] = arrowhead(line, 0.3);
  const [tip = [], left = [], right = [], close = []] = ring;
  const direction = Math.atan2(2 - 1, 2 - 0);

  it('is a closed triangle with its tip at the end of the line', () => {
    expect(ring).toHaveLength(4);
    expect(tip).toEqual([2, 2]);
    expect(close).toEqual(tip);
  });

  it.each([
    { corner: 'first', at: () => left, turn: 0.45 },
    { corner: 'second', at: () => right, turn: -0.45 },
  ])('puts its $corner corner behind the tip, 0.45 rad off the direction', ({ at, turn }) => {
    const [x = 0, y = 0] = at();
    expect(Math.hypot(x - 2, y - 2)).toBeCloseTo(0.3, 9);
    // The corner lies back along the direction of travel, turned by `turn`.
    expect(Math.atan2(2 - y, 2 - x)).toBeCloseTo(direction + turn, 9);
  });
});

describe('the investment arrows', () => {
  const features = investmentFlows(corridor, f).features;
  const [line, head, label] = features;

  it('draw each flow as a line, a head and a label that share the figure’s properties', () => {
    expect(features.map((x) => x.geometry.type)).toEqual([
      'LineString',
      'Polygon',
      'Point',
      'LineString',
      'Polygon',
      'Point',
    ]);
    expect(line!.properties).toEqual({
      id: 'investment-az-in-kz',
      label: '$225 million\ninvested from Azerbaijan',
      value: 225,
      anchor: 'left',
    });
    expect(head!.properties).toBe(line!.properties);
    expect(label!.properties).toBe(line!.properties);
  });

  it('end the line under the head, with the head’s tip on the flow’s end and the label midway', () => {
    const flow = corridor.data.flows[0]!;
    const whole = arc(flow.from, flow.to, -0.9);
    expect(line!.geometry.coordinates).toEqual(whole.slice(0, -2));
    expect((head!.geometry.coordinates as Position[][])[0]![0]).toEqual(flow.to);
    expect(label!.geometry.coordinates).toEqual(whole[12]);
  });

  it('leave out a flow whose figure has no direction', () => {
    const withStray = new Corridor({
      ...corridor.data,
      flows: [{ figure: 'ferry-hours', from: [50, 40], to: [51, 43] }, ...corridor.data.flows],
    });
    expect(investmentFlows(withStray, f).features).toEqual(features);
  });
});
