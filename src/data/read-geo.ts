/** Reads the geo/ folder from disk (Node only). A missing or malformed file becomes a problem. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorridor } from './corridor.ts';
import type { CorridorData, RawGeoFiles } from './corridor.ts';
import { problem } from './problems.ts';

export const GEO_FILE_NAMES: Record<keyof RawGeoFiles, string> = {
  route: 'route.geojson',
  hubs: 'hubs.geojson',
  sources: 'sources.json',
  article: 'article.json',
  figures: 'figures.json',
  series: 'series.json',
  groups: 'groups.json',
  flows: 'flows.json',
  context: 'context.json',
  tour: 'tour.json',
};

export function readGeoFolder(folder: string): CorridorData {
  const problems: string[] = [];
  const read = (name: string): unknown => {
    const file = `geo/${name}`;
    try {
      return JSON.parse(readFileSync(join(folder, name), 'utf8'));
    } catch (error) {
      const reason = error instanceof SyntaxError ? 'is not valid JSON: ' : 'cannot be read: ';
      problems.push(problem(file, 'file', '(root)', reason + (error as Error).message));
      return undefined;
    }
  };
  const raw = Object.fromEntries(
    Object.entries(GEO_FILE_NAMES).map(([key, name]) => [key, read(name)]),
  ) as unknown as RawGeoFiles;
  return buildCorridor(raw, problems);
}
