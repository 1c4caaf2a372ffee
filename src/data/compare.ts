/**
 * The "Compare routes" view's data in the reader's language: the comparison (its figures, the
 * article's claim and the routes' lines) with the language's words laid over it. Loaded when the
 * view or its map layer first needs it, then kept; offline copies cache it like the rest.
 */
import type { Language } from '../i18n/languages.ts';
import type { AlternativeFigures } from './alternatives/figures-schema.ts';
import { loadContent } from './language-content.ts';
import { alternativeTextFields } from './texts.ts';

const loaded = new Map<Language, Promise<AlternativeFigures | null>>();

async function load(language: Language): Promise<AlternativeFigures | null> {
  const [{ default: bare }, { texts }] = await Promise.all([
    import('virtual:compare'),
    loadContent(language, 'compare'),
  ]);
  if (!bare) return null;
  const compare = structuredClone(bare);
  for (const field of alternativeTextFields(compare)) {
    const value = Object.hasOwn(texts, field.key) ? texts[field.key] : undefined;
    if (value) field.set(value);
  }
  return compare;
}

/** The comparison in `language`; a failed load is tried again on the next call. */
export function loadCompare(language: Language): Promise<AlternativeFigures | null> {
  let promise = loaded.get(language);
  if (!promise) {
    promise = load(language);
    promise.catch(() => loaded.delete(language));
    loaded.set(language, promise);
  }
  return promise;
}
