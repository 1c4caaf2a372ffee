/** How a figure is credited wherever it is shown: publisher, date and, from the article, paragraph. */
import type { Corridor } from '../data/corridor-index.ts';
import type { Figure, Source } from '../data/schema.ts';
import type { Format } from '../i18n/format.ts';

/** "News.Az, 21 October 2025, paragraph 10" or "Trend, 16 June 2025". */
export function citeFigure(figure: Figure, corridor: Corridor, f: Format): string {
  const source = corridor.source(figure.source);
  if (!source) return f.m.citations.missing;
  const date = f.date(source.date);
  return figure.paragraph !== undefined
    ? f.m.citations.figureParagraph(source.publisher, date, figure.paragraph)
    : f.m.citations.figure(source.publisher, date);
}

/** Each distinct citation once, in the order the figures come. */
export function citeFigures(figures: Figure[], corridor: Corridor, f: Format): string {
  return [...new Set(figures.map((figure) => citeFigure(figure, corridor, f)))].join('; ');
}

/** A source's title as a reader should take it: a quoted headline, or our bracketed description. */
export function sourceTitle(source: Source, f: Format): string {
  return source.descriptive
    ? f.m.citations.described(source.title)
    : f.m.citations.headline(source.title);
}
