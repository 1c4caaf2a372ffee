/**
 * The basemap's names in the reader's language (Node only, at build time): from the project's
 * table geo/basemap/names.json (Turkish, Kazakh and Azerbaijani names, which Natural Earth lacks,
 * and Russian ones where it has none), else Natural Earth's own `name_<lang>`, else the place's
 * local name where its country's language is one of the map's and shares the reader's script (a
 * Russian town's Russian name on the Kazakh map, a Turkish one's on the Azerbaijani map); a label
 * with none of these keeps its English name, which a reader of the other script reads more easily
 * than a local one. Each language's names ship with that language's content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { scriptOf, type Language } from '../i18n/languages.ts';
import type { BasemapFeature } from './basemap.ts';
import { problem, zodProblems } from './problems.ts';
import { TRANSLATED } from './translations.ts';

export const NAMES_FILE = 'names.json';

/** The language a country writes its own places' names in, for the languages the map has. */
const LOCAL_LANGUAGE: Record<string, Language> = { KAZ: 'kk', AZE: 'az', TUR: 'tr', RUS: 'ru' };

const entry = z.strictObject({
  text: z.string().trim().min(1),
  source: z.string().min(1),
  note: z.string().optional(),
});
const namesFile = z.object({
  sources: z.record(z.string(), z.string()),
  names: z.record(
    z.string(),
    z.object({ name: z.string() }).catchall(z.union([entry, z.null(), z.string()])),
  ),
});

/** A label id → its name in `language`, for every label of `labels` that has one. */
export type PlaceNames = Partial<Record<Language, Record<string, string>>>;

export function readPlaceNames(
  folder: string,
  labels: BasemapFeature[],
): { names: PlaceNames; problems: string[] } {
  const file = `geo/basemap/${NAMES_FILE}`;
  const problems: string[] = [];
  const names: PlaceNames = {};
  let table: z.infer<typeof namesFile>['names'] = {};
  try {
    const parsed = namesFile.safeParse(JSON.parse(readFileSync(join(folder, NAMES_FILE), 'utf8')));
    if (parsed.success) {
      table = parsed.data.names;
      const sources = parsed.data.sources;
      for (const [id, row] of Object.entries(table))
        for (const language of TRANSLATED) {
          const named = row[language];
          if (named && typeof named === 'object' && !Object.hasOwn(sources, named.source))
            problems.push(
              problem(
                file,
                `feature "${id}"`,
                `${language}.source`,
                `"${named.source}" is not in sources`,
              ),
            );
        }
    } else problems.push(...zodProblems(file, 'file', parsed.error));
  } catch (error) {
    problems.push(problem(file, 'file', '(root)', (error as Error).message));
  }
  for (const language of TRANSLATED) {
    const byId: Record<string, string> = {};
    for (const { properties } of labels) {
      const natural = properties[`name_${language}`];
      if (properties.id && typeof natural === 'string') byId[properties.id] = natural;
    }
    // The table's names win: they are checked for the way the language writes them today.
    for (const [id, row] of Object.entries(table)) {
      const named = row[language];
      if (named && typeof named === 'object') byId[id] = named.text;
    }
    names[language] = byId;
  }
  for (const language of TRANSLATED) {
    const own = names[language]!;
    for (const { properties } of labels) {
      const { id } = properties;
      const local = LOCAL_LANGUAGE[String(properties['adm0_a3'])];
      if (!id || own[id] || !local || scriptOf(local) !== scriptOf(language)) continue;
      const localName = names[local]?.[id];
      if (localName) own[id] = localName;
    }
  }
  return { names, problems };
}
