/** The series a chart draws, each with its colour and mark shape, for the marks and the key. */
import type { Corridor } from '../../data/corridor-index.ts';
import type { Figure, Series } from '../../data/schema.ts';
import { PALETTE } from '../../theme/palette.ts';
import { inTurn } from './scale.ts';

/** Marks differ in shape as well as colour, so series are told apart without colour vision. */
export const MARK_SHAPES = ['circle', 'square', 'diamond', 'triangle', 'bar'] as const;
export type MarkShape = (typeof MARK_SHAPES)[number];

export interface SeriesKeyItem {
  series: Series;
  colour: string;
  shape: MarkShape;
}

export function chartSeries(
  figures: Figure[],
  corridor: Corridor,
): {
  colourOf: (figure: Figure) => string;
  shapeOf: (figure: Figure) => MarkShape;
  key: SeriesKeyItem[];
} {
  const ids = figures.map((f) => f.series);
  const colours = inTurn<string, string>(ids, PALETTE.chartSeries);
  const shapes = inTurn(ids, MARK_SHAPES);
  const key = [...colours].flatMap(([id, colour]) => {
    const series = corridor.series(id);
    return series ? [{ series, colour, shape: shapes.get(id) ?? 'circle' }] : [];
  });
  return {
    colourOf: (figure) => colours.get(figure.series) ?? PALETTE.ink,
    shapeOf: (figure) => shapes.get(figure.series) ?? 'circle',
    key,
  };
}
