/** The series a chart draws, each with its colour, for the marks and the chart's key. */
import type { Corridor } from '../../data/corridor-index.ts';
import type { Figure, Series } from '../../data/schema.ts';
import { PALETTE } from '../../theme/palette.ts';
import { seriesColours } from './scale.ts';

export function chartSeries(
  figures: Figure[],
  corridor: Corridor,
): { colourOf: (figure: Figure) => string; key: { series: Series; colour: string }[] } {
  const colours = seriesColours(
    figures.map((f) => f.series),
    PALETTE.chartSeries,
  );
  const key = [...colours].flatMap(([id, colour]) => {
    const series = corridor.series(id);
    return series ? [{ series, colour }] : [];
  });
  return { colourOf: (figure) => colours.get(figure.series) ?? PALETTE.ink, key };
}
