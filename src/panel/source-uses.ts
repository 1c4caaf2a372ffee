/** What each source supports: the figures it gives and the places whose text cites it. */
import type { CorridorData } from '../data/corridor.ts';
import type { Figure } from '../data/schema.ts';

export interface SourceUse {
  figures: Figure[];
  /** Names of the segments and hubs whose panel cites the source. */
  places: string[];
}

export function sourceUses(data: CorridorData): Map<string, SourceUse> {
  const uses = new Map<string, SourceUse>(
    data.sources.map((s) => [s.id, { figures: [], places: [] }]),
  );
  for (const figure of data.figures) uses.get(figure.source)?.figures.push(figure);
  const name = new Map([
    ...data.segments.map((s) => [`segments:${s.id}`, s.name] as const),
    ...data.hubs.map((h) => [`hubs:${h.id}`, h.name] as const),
  ]);
  for (const group of ['segments', 'hubs'] as const)
    for (const [id, entry] of Object.entries(data.context[group])) {
      const place = name.get(`${group}:${id}`) ?? id;
      const cited = new Set(entry.sources);
      if (data.article && (entry.paragraphs.length > 0 || entry.quotes.length > 0))
        cited.add(data.article.sourceId);
      for (const sourceId of cited) uses.get(sourceId)?.places.push(place);
    }
  return uses;
}
