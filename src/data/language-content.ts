/**
 * A language's content in the browser: its texts and basemap names, each language a chunk of its
 * own that is fetched only when a reader opens the map in it or chooses it (then cached offline).
 */
import type { Language } from '../i18n/languages.ts';

export interface LanguageContent {
  /** The words by key (texts.ts), laid over the first view's data, which ships without them. */
  texts: Record<string, string>;
  /** Basemap label id → name in the language. */
  places: Record<string, string>;
}

type Load = () => Promise<{ default: LanguageContent }>;

/** The first view's words (names, titles) and the basemap's names. */
const FIRST: Record<Language, Load> = {
  en: () => import('virtual:language/en'),
  ru: () => import('virtual:language/ru'),
  kk: () => import('virtual:language/kk'),
  az: () => import('virtual:language/az'),
  tr: () => import('virtual:language/tr'),
};

/** The panels' words: most of a language, needed once a reader opens a place. */
const PANELS: Record<Language, Load> = {
  en: () => import('virtual:language/en/panels'),
  ru: () => import('virtual:language/ru/panels'),
  kk: () => import('virtual:language/kk/panels'),
  az: () => import('virtual:language/az/panels'),
  tr: () => import('virtual:language/tr/panels'),
};

export async function loadContent(
  language: Language,
  part: 'first' | 'panels',
): Promise<LanguageContent> {
  return (await (part === 'first' ? FIRST : PANELS)[language]()).default;
}
