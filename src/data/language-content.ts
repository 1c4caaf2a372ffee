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

const CONTENT: Record<Language, () => Promise<{ default: LanguageContent }>> = {
  en: () => import('virtual:language/en'),
  ru: () => import('virtual:language/ru'),
  kk: () => import('virtual:language/kk'),
  az: () => import('virtual:language/az'),
  tr: () => import('virtual:language/tr'),
};

export async function loadContent(language: Language): Promise<LanguageContent> {
  return (await CONTENT[language]()).default;
}
