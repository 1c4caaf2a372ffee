/**
 * What each line of the corridor is, in OpenStreetMap terms: read from the hand-kept data file
 * geo/osm/corridor-lines.json (the station node of every hub, the track extract a segment is
 * routed on, and where OSM has no track the chain of stations the line passes). Only the
 * maintenance extract (`npm run geo:extract`) reads it; it copies the result into
 * geo/osm/lines.json for the derive.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PROJECT_GEO } from '../geo-folder.ts';

export type Anchor = number | string;
export type TrackName = 'china' | 'caucasus';

export interface SegmentLine {
  /** The track extract to route on; absent where OSM has only stations for this line. */
  track?: TrackName;
  /** What the line must pass between its two hubs, in order. */
  via: Anchor[];
}

export const CORRIDOR_LINES_FILE = join(PROJECT_GEO, 'osm', 'corridor-lines.json');

/** An OSM node (with the name OSM gives it) or a named waypoint of geo/route-overrides.json. */
const anchor = z.union([
  z.object({ node: z.number().int().positive(), name: z.string().optional() }),
  z.object({ waypoint: z.string().min(1) }),
]);

const file = z.object({
  about: z.string(),
  hubs: z.record(z.string(), anchor),
  segments: z.record(
    z.string(),
    z.object({
      note: z.string().optional(),
      track: z.enum(['china', 'caucasus']).optional(),
      via: z.array(anchor),
    }),
  ),
});

const toAnchor = (a: z.infer<typeof anchor>): Anchor => ('node' in a ? a.node : a.waypoint);

function load(): { hubs: Record<string, Anchor>; segments: Record<string, SegmentLine> } {
  const parsed = file.safeParse(JSON.parse(readFileSync(CORRIDOR_LINES_FILE, 'utf8')));
  if (!parsed.success)
    throw new Error(
      parsed.error.issues
        .map((i) => `geo/osm/corridor-lines.json: ${i.path.join('.')}: ${i.message}`)
        .join('\n'),
    );
  const { hubs, segments } = parsed.data;
  return {
    hubs: Object.fromEntries(Object.entries(hubs).map(([id, a]) => [id, toAnchor(a)])),
    segments: Object.fromEntries(
      Object.entries(segments).map(([id, line]) => [
        id,
        { ...(line.track ? { track: line.track } : {}), via: line.via.map(toAnchor) },
      ]),
    ),
  };
}

const lines = load();
export const HUB_STATIONS: Record<string, Anchor> = lines.hubs;
export const SEGMENT_LINES: Record<string, SegmentLine> = lines.segments;
