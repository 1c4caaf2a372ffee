/** What each source supports: the figures it gives and the places whose panel cites it. */
import type { Corridor, PanelPlace } from '../data/corridor-index.ts';
import type { Figure } from '../data/schema.ts';

export interface SourceUse {
  figures: Figure[];
  /** Names of the panels that cite the source: the overview, segments and hubs. */
  places: string[];
}

export function sourceUses(corridor: Corridor, overviewName: string): Map<string, SourceUse> {
  const { data } = corridor;
  const uses = new Map<string, SourceUse>(
    data.sources.map((s) => [s.id, { figures: [], places: [] }]),
  );
  for (const figure of data.figures) uses.get(figure.source)?.figures.push(figure);
  const panels: { place: PanelPlace; name: string }[] = [
    { place: { kind: 'overview' }, name: overviewName },
    ...data.segments.map(({ id, name }) => ({ place: { kind: 'segment', id } as const, name })),
    ...data.hubs.map(({ id, name }) => ({ place: { kind: 'hub', id } as const, name })),
  ];
  for (const { place, name } of panels) {
    if (!corridor.entryOf(place)) continue;
    for (const source of corridor.citationsOf(place).sources)
      uses.get(source.id)?.places.push(name);
  }
  return uses;
}
