/**
 * The content's translations, geo/i18n/<lang>.json: one flat file per language other than
 * English, each text under its key (texts.ts). Read with the rest of the folder (Node only);
 * every missing, empty or stray translation is a problem, so the build never ships half a language.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, type Language } from '../i18n/languages.ts';
import type { CorridorData } from './corridor.ts';
import { keyProblemMessage, keyProblems } from './json-keys.ts';
import { problem } from './problems.ts';
import { translationProblems } from './texts.ts';

export const TRANSLATED: Exclude<Language, 'en'>[] = LANGUAGES.flatMap((l) =>
  l.code === 'en' ? [] : [l.code],
);

export type Translations = Partial<Record<Language, Record<string, string>>>;

export function readTranslations(
  folder: string,
  data: CorridorData,
): { translations: Translations; problems: string[] } {
  const translations: Translations = {};
  const problems: string[] = [];
  // A folder without i18n/ (a test fixture, a data editor's draft) is in English only; one with
  // it must carry every language, whole.
  if (!existsSync(join(folder, 'i18n'))) return { translations, problems };
  for (const language of TRANSLATED) {
    const file = `geo/i18n/${language}.json`;
    let parsed: unknown;
    try {
      const text = readFileSync(join(folder, 'i18n', `${language}.json`), 'utf8');
      for (const found of keyProblems(text))
        problems.push(problem(file, 'file', `line ${found.line}`, keyProblemMessage(found)));
      parsed = JSON.parse(text);
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      problems.push(
        problem(file, 'file', '(root)', missing ? 'is missing' : (error as Error).message),
      );
      continue;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      problems.push(problem(file, 'file', '(root)', 'must be an object of key: translation'));
      continue;
    }
    const texts = parsed as Record<string, unknown>;
    problems.push(...translationProblems(data, language, file, texts));
    translations[language] = Object.fromEntries(
      Object.entries(texts).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  }
  return { translations, problems };
}
