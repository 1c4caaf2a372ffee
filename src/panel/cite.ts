/** How a figure or a source is cited in the panels. */
import { corridor, sourceById } from '../data/index.ts';
import type { Figure } from '../data/index.ts';
import { formatDate } from '../data/format.ts';

export function isArticle(sourceId: string): boolean {
  return sourceId === corridor.article?.sourceId;
}

/** "News.Az, 21 October 2025, paragraph 10" or "Trend, 16 June 2025". */
export function citeFigure(figure: Figure): string {
  const source = sourceById(figure.source);
  if (!source) return 'source missing';
  const where = `${source.publisher}, ${formatDate(source.date)}`;
  return figure.paragraph !== undefined ? `${where}, paragraph ${figure.paragraph}` : where;
}

/** Each distinct citation once, in the order the figures come. */
export function citeFigures(figures: Figure[]): string {
  return [...new Set(figures.map(citeFigure))].join('; ');
}
