/**
 * The map's languages: each named in itself (a reader looks for their own language's name, not
 * its English one), with the script it is written in. Their messages load when chosen
 * (load-messages.ts).
 */
export const LANGUAGES = [
  { code: 'en', name: 'English', script: 'Latn' },
  { code: 'ru', name: 'Русский', script: 'Cyrl' },
  { code: 'kk', name: 'Қазақша', script: 'Cyrl' },
  { code: 'az', name: 'Azərbaycanca', script: 'Latn' },
  { code: 'tr', name: 'Türkçe', script: 'Latn' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGE: Language = 'en';

/** The script a language is written in (ISO 15924). */
export const scriptOf = (code: Language) => LANGUAGES.find((l) => l.code === code)!.script;

export function isLanguage(value: string): value is Language {
  return LANGUAGES.some((l) => l.code === value);
}

/** The first of the browser's preferred languages the map has ("kk-KZ" counts as "kk"). */
export function preferredLanguage(preferred: readonly string[]): Language | null {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isLanguage(base)) return base;
  }
  return null;
}

/**
 * The language a page load opens in: the link's (`?lang=kk`), else the reader's last choice, else
 * the first of the browser's preferred languages the map has, else English.
 */
export function openingLanguage(
  search: string,
  remembered: string | null,
  preferred: readonly string[],
): Language {
  const asked = new URLSearchParams(search).get('lang');
  if (asked !== null && isLanguage(asked)) return asked;
  if (remembered !== null && isLanguage(remembered)) return remembered;
  return preferredLanguage(preferred) ?? DEFAULT_LANGUAGE;
}
