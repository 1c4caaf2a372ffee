/** Fresh, mutable copies of the valid fixture's files, for tests that break them one way each. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawGeoFiles } from '../../src/data/corridor.ts';
import { GEO_FILE_NAMES } from '../../src/data/read-geo.ts';
import { FIXTURE } from './app-context.ts';

type Properties = Record<string, unknown>;
type Entry = Record<string, unknown>;

/** The fixture's files with the shape tests reach into. */
export interface GeoFiles {
  route: {
    features: { id?: unknown; properties: Properties; geometry: { coordinates: number[][] } }[];
  };
  hubs: {
    features: { id?: unknown; properties: Properties; geometry: { coordinates: number[] } }[];
  };
  sources: Entry[];
  article: Entry;
  figures: Entry[];
  series: Entry[];
  groups: Entry[];
  flows: Entry[];
  context: { segments: Record<string, Entry>; hubs: Record<string, Entry> };
  tour: { title: string; steps: Entry[] };
}

export function validFiles(): GeoFiles {
  return Object.fromEntries(
    Object.entries(GEO_FILE_NAMES).map(([key, name]) => [
      key,
      JSON.parse(readFileSync(join(FIXTURE, name), 'utf8')),
    ]),
  ) as unknown as GeoFiles;
}

/** The files as the validator takes them (each `unknown`). */
export const raw = (files: GeoFiles): RawGeoFiles => files as unknown as RawGeoFiles;
