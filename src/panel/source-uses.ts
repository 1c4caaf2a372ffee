/** What each source supports: the figures it gives and the places whose panel cites it. */
import type { Corridor } from '../data/corridor-index.ts';
import type { Figure } from '../data/schema.ts';

export interface SourceUse {
  figures: Figure[];
  /** Names of the segments and hubs whose panel cites the source. */
  places: string[];
}

export function sourceUses(corridor: Corridor): Map<string, SourceUse> {
  const { data } = corridor;
  const uses = new Map<string, SourceUse>(
    data.sources.map((s) => [s.id, { figures: [], places: [] }]),
  );
  for (const figure of data.figures) uses.get(figure.source)?.figures.push(figure);
  for (const kind of ['segment', 'hub'] as const) {
    const items = kind === 'segment' ? data.segments : data.hubs;
    for (const { id, name } of items) {
      const entry = corridor.entryOf({ kind, id });
      if (!entry) continue;
      for (const source of corridor.citationsOf(entry).sources)
        uses.get(source.id)?.places.push(name);
    }
  }
  return uses;
}
