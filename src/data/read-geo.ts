/**
 * Reads a folder of data files from disk (Node only). A missing or malformed file becomes a
 * problem that names it; every problem names the folder as the reader knows it.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorridor } from './corridor.ts';
import { keyProblemMessage, keyProblems } from './json-keys.ts';
import type { CorridorData, RawGeoFiles } from './corridor.ts';
import { folderLabel } from './geo-folder.ts';
import { problem } from './problems.ts';
import { readTranslations } from './translations.ts';
import { readAlternativeFigures } from './alternatives/validate-figures.ts';
import { readTimeline } from './timeline/validate-timeline.ts';
import { checkStepViews } from './validate-step-views.ts';

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

/** The validators name files as "geo/<file>"; say where they really are. */
function relabel(line: string, label: string): string {
  return label === 'geo/'
    ? line
    : line.replaceAll(/\bgeo\/([a-z]+(?:\/[a-z]+)?\.(?:geo)?json)\b/g, `${label}$1`);
}

/**
 * The largest data file read. The biggest today (route.geojson) is about a quarter of it; a file
 * far past it is a mistake (a pasted extract, a runaway field) that would ship to every reader.
 */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function readGeoFolder(folder: string): CorridorData {
  const problems: string[] = [];
  /** Files that could not be read: their root cause is reported once, not every consequence. */
  const unread = new Set<string>();
  /** A file that cannot be used at all: one problem for it, and nothing read from it. */
  const refuse = (file: string, message: string): undefined => {
    unread.add(file);
    problems.push(problem(file, 'file', '(root)', message));
    return undefined;
  };
  const read = (name: string): unknown => {
    const file = `geo/${name}`;
    let text: string;
    try {
      const { size } = statSync(join(folder, name));
      if (size > MAX_FILE_BYTES)
        return refuse(
          file,
          `is ${megabytes(size)}; a data file may be at most ${megabytes(MAX_FILE_BYTES)}`,
        );
      text = readFileSync(join(folder, name), 'utf8');
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      return refuse(file, missing ? 'is missing' : `cannot be read: ${(error as Error).message}`);
    }
    try {
      const parsed: unknown = JSON.parse(text);
      for (const found of keyProblems(text))
        problems.push(problem(file, 'file', `line ${found.line}`, keyProblemMessage(found)));
      return parsed;
    } catch (error) {
      return refuse(file, `is not valid JSON: ${(error as Error).message}`);
    }
  };
  const raw = Object.fromEntries(
    Object.entries(GEO_FILE_NAMES).map(([key, name]) => [key, read(name)]),
  ) as unknown as RawGeoFiles;
  const readProblems = [...problems];
  const data = buildCorridor(raw, []);
  // A file that could not be read leaves its own checks and every reference into it failing.
  const consequence = (line: string) =>
    [...unread].some((f) => line.startsWith(`${f}:`) || line.endsWith(`is not in ${f}`));
  const consequences = data.problems.filter((line) => !consequence(line));
  const label = folderLabel(folder);
  // The "Compare routes" figures: checked with the folder, kept out of what the browser gets.
  const alternativeProblems: string[] = [];
  const alternatives = readAlternativeFigures(
    folder,
    { sources: new Set(data.sources.map((s) => s.id)), article: data.article },
    alternativeProblems,
  );
  // The timeline: when each place opened, and the corridor's events.
  const timelineProblems: string[] = [];
  const timeline = readTimeline(
    folder,
    {
      segments: new Set(data.segments.map((s) => s.id)),
      hubs: new Set(data.hubs.map((h) => h.id)),
      sources: new Set(data.sources.map((s) => s.id)),
    },
    timelineProblems,
  );
  checkStepViews(
    data.tour?.steps ?? [],
    { timeline, comparison: alternatives !== undefined },
    timelineProblems,
  );
  const withOptional = {
    ...data,
    ...(alternatives ? { alternatives } : {}),
    ...(timeline ? { timeline } : {}),
  };
  const { translations, problems: untranslated } = readTranslations(folder, withOptional);
  return {
    ...withOptional,
    translations,
    problems: [
      ...readProblems,
      ...consequences,
      ...alternativeProblems,
      ...timelineProblems,
      ...untranslated,
    ].map((line) => relabel(line, label)),
  };
}
