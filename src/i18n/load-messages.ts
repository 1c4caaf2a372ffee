/**
 * Each language's interface messages as a chunk of its own: a reader downloads only the language
 * they choose. English is part of the start-up code.
 */
import { en, type Messages } from './en.ts';
import type { Language } from './languages.ts';

/** Each language's messages, as their own chunk: a reader downloads only the one they choose. */
const MESSAGES: Record<Exclude<Language, 'en'>, () => Promise<Messages>> = {
  ru: () => import('./ru.ts').then((m) => m.ru),
  kk: () => import('./kk.ts').then((m) => m.kk),
  az: () => import('./az.ts').then((m) => m.az),
  tr: () => import('./tr.ts').then((m) => m.tr),
};

export async function loadMessages(language: Language): Promise<Messages> {
  if (language === 'en') return en;
  return MESSAGES[language]();
}
