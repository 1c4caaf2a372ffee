/** The route list's sections, East → West: one per country or sea, crossings between them. */
import type { CorridorHub, CorridorSegment } from '../data/corridor.ts';
import { countryName } from '../data/format.ts';

export interface RouteGroup {
  title: string;
  segments: CorridorSegment[];
}

function groupTitle(segment: CorridorSegment): string {
  if (segment.mode === 'sea')
    return segment.countries.includes('KZ') ? 'Across the Caspian Sea' : 'Across the Black Sea';
  if (segment.countries.length > 1)
    return `Border: ${segment.countries.map(countryName).join(' – ')}`;
  return countryName(segment.countries[0] ?? '');
}

/** One group per title, in the order the route first reaches it; segments keep their order. */
export function routeGroups(segments: CorridorSegment[]): RouteGroup[] {
  const groups = new Map<string, RouteGroup>();
  for (const segment of segments) {
    const title = groupTitle(segment);
    const group = groups.get(title) ?? { title, segments: [] };
    group.segments.push(segment);
    groups.set(title, group);
  }
  return [...groups.values()];
}

/** Hubs in the order the route first reaches them, East → West. */
export function hubsInRouteOrder(segments: CorridorSegment[], hubs: CorridorHub[]): CorridorHub[] {
  const rank = new Map<string, number>();
  segments.forEach((s, i) => {
    if (!rank.has(s.from)) rank.set(s.from, i * 2);
    if (!rank.has(s.to)) rank.set(s.to, i * 2 + 1);
  });
  return [...hubs].sort((a, b) => (rank.get(a.id) ?? 1e9) - (rank.get(b.id) ?? 1e9));
}
