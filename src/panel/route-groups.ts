/** The route list's sections, East → West: the groups of geo/groups.json with their segments. */
import type { CorridorHub, CorridorSegment } from '../data/corridor-index.ts';
import type { RouteGroup } from '../data/schema.ts';

export interface GroupOfSegments {
  group: RouteGroup;
  segments: CorridorSegment[];
}

/** Each group with its segments, in the order the route first reaches it; empty groups left out. */
export function routeGroups(segments: CorridorSegment[], groups: RouteGroup[]): GroupOfSegments[] {
  const byGroup = new Map<string, CorridorSegment[]>();
  for (const segment of segments)
    byGroup.set(segment.group, [...(byGroup.get(segment.group) ?? []), segment]);
  const known = new Map(groups.map((g) => [g.id, g]));
  return [...byGroup].flatMap(([id, members]) => {
    const group = known.get(id);
    return group ? [{ group, segments: members }] : [];
  });
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
