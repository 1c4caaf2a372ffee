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
import { DEFAULT_LANGUAGE, openingLanguage, type Language } from '../i18n/languages.ts';
import { loadMessages } from '../i18n/load-messages.ts';
import { withLanguage } from '../state/url.ts';

/** Where the last choice is kept, so the next visit opens in it. */
export const STORAGE_KEY = 'corridor-map-language';

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // Storage can be refused (a file:// page, private mode); the choice then lasts the visit.
  }
}

/** The language a page load opens in (see `openingLanguage`). */
export function initialLanguage(search: string): Language {
  return openingLanguage(search, stored(), navigator.languages);
}

/**
 * Puts a language's words into the page: messages, basemap names, `<html lang>`, and the
 * content's words: the first view's alone (the names on the map and in the route list), or
 * with the panels' too (`whole`).
 */
export async function useLanguage(
  language: Language,
  /** The data without its words (virtual:corridor); each language lays its own over it. */
  bare: CorridorData,
  corridor: Corridor,
  i18n: I18n,
  whole: boolean,
): Promise<void> {
  const [messages, first, panels] = await Promise.all([
    loadMessages(language),
    loadContent(language, 'first'),
    whole ? loadContent(language, 'panels') : null,
  ]);
  i18n.use(messages, first.places);
  corridor.use(applyTexts(bare, { ...first.texts, ...panels?.texts }));
  document.documentElement.lang = language;
  document.title = messages.app.documentTitle;
}

export class LanguageChoice {
  current = $state<Language>(DEFAULT_LANGUAGE);
  /** The language whose loading failed last, to say so; null when all went well. */
  failed = $state<Language | null>(null);
  /** Whether the panels' words are in too, or only the first view's. */
  #whole: boolean;
  #completing: Promise<void> | null = null;

  constructor(
    private readonly bare: CorridorData,
    private readonly corridor: Corridor,
    private readonly i18n: I18n,
    initial: Language,
    whole: boolean,
  ) {
    this.current = initial;
    this.#whole = whole;
  }

  /**
   * Brings in the panels' words, once the first view is drawn, a reader opens a place or a page
   * is printed; resolves when they are in (at once if they already are).
   */
  complete(): Promise<void> {
    if (this.#whole) return Promise.resolve();
    this.#completing ??= this.#completeNow();
    return this.#completing;
  }

  async #completeNow(): Promise<void> {
    const language = this.current;
    const [first, panels] = await Promise.all([
      loadContent(language, 'first'),
      loadContent(language, 'panels'),
    ]).catch(() => [null, null]);
    // Another language may have been chosen meanwhile, with all its words. A failed load (an
    // offline copy without this language's panels) is tried again next time.
    this.#completing = null;
    if (!first || !panels || language !== this.current) return;
    this.corridor.use(applyTexts(this.bare, { ...first.texts, ...panels.texts }));
    this.#whole = true;
  }

  async choose(language: Language): Promise<void> {
    if (language === this.current) return;
    try {
      await useLanguage(language, this.bare, this.corridor, this.i18n, true);
    } catch {
      this.failed = language;
      return;
    }
    this.#whole = true;
    this.failed = null;
    this.current = language;
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // See stored(): the choice still holds for this visit.
    }
    const { pathname, search, hash } = window.location;
    const named = language === DEFAULT_LANGUAGE ? null : language;
    history.replaceState(history.state, '', `${pathname}${withLanguage(search, named)}${hash}`);
  }
}
