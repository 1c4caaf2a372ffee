/**
 * Every language's interface messages are whole: the same keys as English (the type checks that),
 * none empty, and none left in English. Functions are called with sample arguments and their
 * outputs compared.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { TRANSLATED } from '../../src/data/translations.ts';
import { loadMessages } from '../../src/i18n/load-messages.ts';

/** Sample arguments a message function may take: a count, a name, a list of paragraphs. */
const SAMPLES: unknown[][] = [[3, 'Aktau', 'News.Az', 'X'], [[2, 3]], ['Aktau', 'Baku', 'X', 'Y']];

function call(message: (...args: unknown[]) => unknown): string | null {
  for (const args of SAMPLES) {
    try {
      const out = message(...args);
      if (typeof out === 'string') return out;
    } catch {
      // Not this kind of argument; try the next.
    }
  }
  return null;
}

/** Each message's text by its path ("actions.tour"), functions called. */
function leaves(messages: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof messages === 'string') out.set(path, messages);
  else if (typeof messages === 'function') {
    const text = call(messages as (...args: unknown[]) => unknown);
    if (text !== null) out.set(path, text);
  } else if (messages && typeof messages === 'object')
    for (const [key, value] of Object.entries(messages))
      for (const [p, t] of leaves(value, path ? `${path}.${key}` : key)) out.set(p, t);
  return out;
}

/** Text with two English words or more in a row, proper names aside. */
const PROPER = /News\.Az|OpenStreetMap|Natural Earth|ODbL|Ctrl|⌘|TEU|Aktau|Baku|X|Y|Türkiye/g;
const isSentence = (text: string) => /[a-z]{2,}\s+[a-z]{2,}/i.test(text.replace(PROPER, ''));

const english = leaves(en);

describe.each(TRANSLATED)('the %s messages', (language) => {
  it('leave nothing empty and nothing in English', async () => {
    const messages = await loadMessages(language);
    const theirs = leaves(messages);
    const problems: string[] = [];
    for (const [path, text] of english) {
      if (path === 'lang' || path === 'locale') continue;
      const translated = theirs.get(path);
      if (translated === undefined || translated.trim() === '') problems.push(`${path}: missing`);
      else if (translated === text && isSentence(text)) problems.push(`${path}: "${text}"`);
    }
    expect(problems).toEqual([]);
    expect(messages.lang).toBe(language);
  });

  it('format numbers and dates the way the language does', async () => {
    const messages = await loadMessages(language);
    expect(new Intl.Locale(messages.locale).language).toBe(language);
  });
});
