/**
 * The "Compare routes" view's rows: each compared route with its drawn line, its colour and its
 * figures by measure, and the spread of what sources give. Pure, so the rules can be tested.
 */
import type {
  AlternativeFigure,
  AlternativeFigures,
  AlternativeMeasure,
  ComparedRoute,
} from '../data/alternatives/figures-schema.ts';
import type { DrawnRoute } from '../data/alternatives/drawn-routes.ts';
import { PALETTE } from '../theme/palette.ts';

export interface CompareRow {
  route: ComparedRoute;
  line: DrawnRoute | undefined;
  colour: string;
  /** The route's figures of each measure, in the file's order. */
  figures: Record<AlternativeMeasure, AlternativeFigure[]>;
}

/** The measures in the order the view shows them. */
export const MEASURES: readonly AlternativeMeasure[] = [
  'transit-days',
  'border-crossings',
  'transshipments',
  'cost-per-container',
];

/** A route's colour: the palette's, by its place in the list; the last repeats past the end. */
export function routeColour(index: number): string {
  const colours = PALETTE.compareRoutes;
  return colours[Math.min(index, colours.length - 1)]!;
}

export function compareRows(compare: AlternativeFigures): CompareRow[] {
  return compare.routes.map((route, i) => ({
    route,
    line: compare.lines.find((l) => l.id === route.id),
    colour: routeColour(i),
    figures: Object.fromEntries(
      MEASURES.map((measure) => [
        measure,
        compare.figures.filter((f) => f.route === route.id && f.measure === measure),
      ]),
    ) as Record<AlternativeMeasure, AlternativeFigure[]>,
  }));
}

/** A figure's lowest and highest value: the same number twice for a single value. */
export function bounds(figure: AlternativeFigure): [number, number] {
  const low = figure.value ?? figure.min ?? 0;
  return [low, figure.value ?? figure.max ?? low];
}

/**
 * The lowest and highest value the figures give, among those in `unit` (a cost given as a
 * share cannot be set beside one in dollars); null when there is none.
 */
export function spread(figures: AlternativeFigure[], unit: string): [number, number] | null {
  const inUnit = figures.filter((f) => f.unit === unit).map(bounds);
  if (inUnit.length === 0) return null;
  return [Math.min(...inUnit.map(([low]) => low)), Math.max(...inUnit.map(([, high]) => high))];
}
