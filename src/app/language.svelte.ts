/**
 * The reader's language: chosen from the link (`?lang=kk`), else the reader's last choice, else
 * the browser's preferred languages, else English. Switching loads the language's messages and
 * content, then swaps them in place: the page does not reload, and the selection, the open view
 * and the tour step stay as they are.
 */
import type { CorridorData } from '../data/corridor.ts';
import type { Corridor } from '../data/corridor-index.ts';
import { loadContent } from '../data/language-content.ts';
import { applyTexts } from '../data/texts.ts';
import type { I18n } from '../i18n/i18n.svelte.ts';
import {
  DEFAULT_LANGUAGE,
  isLanguage,
  preferredLanguage,
  type Language,
} from '../i18n/languages.ts';
import { loadMessages } from '../i18n/load-messages.ts';

/** Where the last choice is kept, so the next visit opens in it. */
export const STORAGE_KEY = 'corridor-map-language';

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // Storage can be refused (a file:// page, private mode); the choice then lasts the visit.
  }
}

/** The language a page load opens in. */
export function initialLanguage(
  search: string,
  remembered: string | null = stored(),
  preferred: readonly string[] = navigator.languages,
): Language {
  const asked = new URLSearchParams(search).get('lang');
  if (asked !== null && isLanguage(asked)) return asked;
  if (remembered !== null && isLanguage(remembered)) return remembered;
  return preferredLanguage(preferred) ?? DEFAULT_LANGUAGE;
}

/** Puts a language's words into the page: messages, content, basemap names, `<html lang>`. */
export async function useLanguage(
  language: Language,
  /** The data without its words (virtual:corridor); each language lays its own over it. */
  bare: CorridorData,
  corridor: Corridor,
  i18n: I18n,
): Promise<void> {
  const [messages, content] = await Promise.all([loadMessages(language), loadContent(language)]);
  i18n.use(messages, content.places);
  corridor.use(applyTexts(bare, content.texts));
  document.documentElement.lang = language;
  document.title = messages.app.documentTitle;
}

export class LanguageChoice {
  current = $state<Language>(DEFAULT_LANGUAGE);
  /** The language whose loading failed last, to say so; null when all went well. */
  failed = $state<Language | null>(null);

  constructor(
    private readonly bare: CorridorData,
    private readonly corridor: Corridor,
    private readonly i18n: I18n,
    initial: Language,
  ) {
    this.current = initial;
  }

  async choose(language: Language): Promise<void> {
    if (language === this.current) return;
    try {
      await useLanguage(language, this.bare, this.corridor, this.i18n);
    } catch {
      this.failed = language;
      return;
    }
    this.failed = null;
    this.current = language;
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // See stored(): the choice still holds for this visit.
    }
    const url = new URL(window.location.href);
    if (language === DEFAULT_LANGUAGE) url.searchParams.delete('lang');
    else url.searchParams.set('lang', language);
    history.replaceState(history.state, '', url);
  }
}
