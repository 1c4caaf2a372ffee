/**
 * Which OSM railway ways a freight line may use, and how much a way costs per kilometre on the
 * shortest path: main lines first; branches, industrial lines and crossovers only where needed;
 * never yards, sidings, spurs or high-speed lines (the corridor's freight runs on the classic lines).
 */
export interface TrackTags {
  usage?: string;
  service?: string;
  is_hsr?: number;
}

const SERVICE_TRACKS = new Set(['yard', 'siding', 'spur']);

export function isRunningLine(tags: TrackTags): boolean {
  if (tags.is_hsr === 1) return false;
  return !(tags.service && SERVICE_TRACKS.has(tags.service));
}

/** 1 for a main line (or a way the source does not classify); 3 for anything else allowed. */
export function costFactor(tags: TrackTags): number {
  if (tags.service) return 3;
  if (tags.usage && tags.usage !== 'main') return 3;
  return 1;
}
