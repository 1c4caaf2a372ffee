/** The timeline view's words, each language a chunk fetched when the view opens. */
import type { Language } from '../languages.ts';
import type { TimelineMessages } from './en.ts';

const LOAD: Record<Language, () => Promise<TimelineMessages>> = {
  en: async () => (await import('./en.ts')).en,
  ru: async () => (await import('./ru.ts')).ru,
  kk: async () => (await import('./kk.ts')).kk,
  az: async () => (await import('./az.ts')).az,
  tr: async () => (await import('./tr.ts')).tr,
};

export function loadTimelineMessages(language: Language): Promise<TimelineMessages> {
  return LOAD[language]();
}
