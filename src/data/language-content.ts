/**
 * A language's content in the browser: its translated texts and basemap names, each language a
 * chunk of its own that is fetched only when a reader chooses it (and then cached offline).
 */
import type { Language } from '../i18n/languages.ts';

export interface LanguageContent {
  /** Translations by key (texts.ts); English has none, its words are the data's own. */
  texts: Record<string, string>;
  /** Basemap label id → name in the language. */
  places: Record<string, string>;
}

const CONTENT: Record<Exclude<Language, 'en'>, () => Promise<{ default: LanguageContent }>> = {
  ru: () => import('virtual:language/ru'),
  kk: () => import('virtual:language/kk'),
  az: () => import('virtual:language/az'),
  tr: () => import('virtual:language/tr'),
};

export async function loadContent(language: Language): Promise<LanguageContent> {
  if (language === 'en') return { texts: {}, places: {} };
  return (await CONTENT[language]()).default;
}
