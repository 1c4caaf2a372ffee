/**
 * The schema of geo/alternatives/figures.json: what the "Compare routes" view says about each
 * route (transit days, border crossings, transshipments, cost per container), every value with
 * the stretch it refers to, its period and either its source or the list of what was counted.
 */
import { z } from 'zod';
import { period, shownText } from '../schema.ts';
import type { DrawnRoute } from './drawn-routes.ts';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id like "my-new-id"');

const country = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code like "KZ"');

export const alternativeMeasures = [
  'transit-days',
  'border-crossings',
  'transshipments',
  'cost-per-container',
] as const;

/** The units each measure may be given in: a chart compares only values in the same unit. */
export const MEASURE_UNITS = {
  'transit-days': ['days'],
  'border-crossings': ['border crossings'],
  transshipments: ['transshipments'],
  // Sources give a cost either in dollars or only as a share above the route via Russia.
  'cost-per-container': ['USD per container', 'percent more than via Russia'],
} as const satisfies Record<(typeof alternativeMeasures)[number], readonly string[]>;

export const alternativeUnits = [...new Set(Object.values(MEASURE_UNITS).flat())] as [
  AlternativeUnit,
  ...AlternativeUnit[],
];

/** Where a box changes train or mode: ship↔rail, or between the 1,435 and 1,520 mm gauges. */
export const transferKinds = [
  'rail-to-ship',
  'ship-to-rail',
  'gauge-1435-to-1520',
  'gauge-1520-to-1435',
] as const;

/** One thing counted on the drawn route: a border (between two countries) or a transfer. */
export const countedItem = z.strictObject({
  /** The place, as on the map (station names are not translated). */
  at: shownText(80),
  between: z.tuple([country, country]).optional(),
  change: z
    .enum(transferKinds, { error: `must be one of: ${transferKinds.join(', ')}` })
    .optional(),
});

export const alternativeFigure = z
  .strictObject({
    id,
    route: id,
    measure: z.enum(alternativeMeasures, {
      error: `must be one of: ${alternativeMeasures.join(', ')}`,
    }),
    value: z.number().nonnegative('must not be negative').optional(),
    min: z.number().nonnegative('must not be negative').optional(),
    max: z.number().nonnegative('must not be negative').optional(),
    unit: z.enum(alternativeUnits, { error: `must be one of: ${alternativeUnits.join(', ')}` }),
    /** The end points or stretch, as the source words it ("Xi'an – Małaszewicze"). */
    stretch: shownText(200),
    period,
    /** What the figure counts and why it differs from the others, in our words. */
    note: shownText(400),
    source: id.optional(),
    /** Instead of a source: what was counted on the route as drawn, so a reader can check it. */
    counted: z.array(countedItem).optional(),
  })
  .superRefine((f, ctx) => {
    const fail = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    const range = f.min !== undefined || f.max !== undefined;
    if (f.value === undefined && !range) fail('value', 'needs a value, or a range (min and max)');
    if (f.value !== undefined && range) fail('value', 'is a value or a range (min, max), not both');
    if (range && (f.min === undefined || f.max === undefined))
      fail(f.min === undefined ? 'min' : 'max', 'a range needs both min and max');
    if (f.min !== undefined && f.max !== undefined && f.min > f.max)
      fail('max', `is below min (${f.min})`);
    const units: readonly string[] = MEASURE_UNITS[f.measure];
    if (!units.includes(f.unit))
      fail('unit', `a "${f.measure}" figure is in ${units.map((u) => `"${u}"`).join(' or ')}`);
    if ((f.source === undefined) === (f.counted === undefined))
      fail('source', 'needs a source, or the list of what was counted on the route (not both)');
    if (f.counted === undefined) return;
    // A count is checkable only if it is the length of its list.
    if (f.value !== f.counted.length)
      fail('value', `must be the number of items counted (${f.counted.length}), as a single value`);
    const need = f.measure === 'border-crossings' ? 'between' : 'change';
    if (f.measure !== 'border-crossings' && f.measure !== 'transshipments')
      fail('counted', 'only border crossings and transshipments are counted on the route');
    else
      f.counted.forEach((item, i) => {
        if (item[need] === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['counted', i, need],
            message: `a counted ${f.measure === 'border-crossings' ? 'border' : 'transfer'} needs it`,
          });
      });
  });

/** The article's claim the comparison is shown beside: a short verbatim quote. */
export const alternativesClaim = z.strictObject({
  text: shownText(200),
  speaker: shownText(200),
  source: id,
  paragraph: z.number().int().positive(),
});

export const alternativesFile = z.strictObject({
  /** The routes compared, in the order the view lists them, each with its name. */
  routes: z
    .array(z.strictObject({ id, name: shownText(60) }))
    .min(1, 'must name the routes compared'),
  claim: alternativesClaim,
  /** What the comparison does and does not show. */
  caveat: shownText(1000),
  /** Checked entry by entry, so one bad entry does not hide the others. */
  figures: z.array(z.unknown()).min(1, 'needs the figures'),
});

export type AlternativeFigure = z.infer<typeof alternativeFigure>;
export type AlternativeMeasure = (typeof alternativeMeasures)[number];
export type AlternativeUnit = (typeof MEASURE_UNITS)[AlternativeMeasure][number];
export type AlternativesClaim = z.infer<typeof alternativesClaim> & { translation?: string };
export interface ComparedRoute {
  id: string;
  name: string;
}
export interface AlternativeFigures {
  routes: ComparedRoute[];
  claim: AlternativesClaim;
  caveat: string;
  figures: AlternativeFigure[];
  /** The routes' lines (drawn-routes.ts), in the order of `routes`; none before they are drawn. */
  lines: DrawnRoute[];
}
