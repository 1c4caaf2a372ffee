/**
 * Domain rules live in geo/, not in code: no segment, hub, figure, series, source, tour step or
 * compared route's id may appear as a string in src/. A rule that needs one belongs in the data
 * (e.g. `showsFlows` on a segment). (Group ids are left out: they are plain words such as "china" that code may use
 * for other things, e.g. the name of a track extract.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGeoFolder } from '../../src/data/read-geo.ts';
import { LIVE_GEO } from '../support/app-context.ts';

const SRC = join(import.meta.dirname, '../../src');

function files(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('src/ names no id from geo/', () => {
  const data = readGeoFolder(LIVE_GEO);
  const ids = new Set([
    ...data.segments.map((s) => s.id),
    ...data.hubs.map((h) => h.id),
    ...data.figures.map((f) => f.id),
    ...data.series.map((s) => s.id),
    ...data.sources.map((s) => s.id),
    ...(data.tour?.steps.map((s) => s.id) ?? []),
    ...(data.alternatives?.routes.map((r) => r.id) ?? []),
    ...(data.alternatives?.figures.map((f) => f.id) ?? []),
  ]);

  it('finds the ids to look for', () => {
    expect(ids.size).toBeGreaterThan(100);
  });

  it.each(
    files(SRC).map((path) => ({
      path: path.slice(SRC.length + 1),
      text: readFileSync(path, 'utf8'),
    })),
  )('$path quotes no data id', ({ text }) => {
    const quoted = [...text.matchAll(/['"`]([a-z0-9]+(?:-[a-z0-9]+)*)['"`]/g)].map((m) => m[1]);
    expect(quoted.filter((word) => word !== undefined && ids.has(word))).toEqual([]);
  });
});
