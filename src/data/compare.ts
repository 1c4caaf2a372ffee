/**
 * The "Compare routes" view's data in the reader's language: the comparison (its figures, the
 * article's claim and the routes' lines) with that language's words, a module of its own per
 * language, loaded when the view or its map layer first needs it (then cached offline).
 */
import type { Language } from '../i18n/languages.ts';
import type { AlternativeFigures } from './alternatives/figures-schema.ts';

type Load = () => Promise<{ default: AlternativeFigures | null }>;

const LOAD: Record<Language, Load> = {
  en: () => import('virtual:compare/en'),
  ru: () => import('virtual:compare/ru'),
  kk: () => import('virtual:compare/kk'),
  az: () => import('virtual:compare/az'),
  tr: () => import('virtual:compare/tr'),
};

export async function loadCompare(language: Language): Promise<AlternativeFigures | null> {
  return (await LOAD[language]()).default;
}
