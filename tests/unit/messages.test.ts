/**
 * Every language's interface messages are whole: the same keys as English (the type checks that),
 * none empty, and none left in English. Functions are called with sample arguments and their
 * outputs compared.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { en as compareEn } from '../../src/i18n/compare/en.ts';
import { loadCompareMessages } from '../../src/i18n/compare/load.ts';
import { TRANSLATED } from '../../src/data/translations.ts';
import { Format } from '../../src/i18n/format.ts';
import { loadMessages } from '../../src/i18n/load-messages.ts';
import { readGeoFolder } from '../../src/data/read-geo.ts';
import { LIVE_GEO } from '../support/app-context.ts';

const corridor = readGeoFolder(LIVE_GEO);

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
      // Codes and per-language overrides, not words; and the one word some languages fold into
      // the word before it ("Leave tour" is one word in Kazakh and Azerbaijani, so it may be empty).
      if (/^(lang|locale|countryNames\.|calendar)/.test(path)) continue;
      if (path === 'tour.leaveWord' && theirs.has(path)) continue;
      const translated = theirs.get(path);
      if (translated === undefined || translated.trim() === '') problems.push(`${path}: missing`);
      else if (translated === text && isSentence(text)) problems.push(`${path}: "${text}"`);
    }
    expect(problems).toEqual([]);
    expect(messages.lang).toBe(language);
  });

  it('leave none of the Compare routes view’s words empty or in English', async () => {
    const theirs = leaves(await loadCompareMessages(language));
    const problems = [...leaves(compareEn)].flatMap(([path, text]) => {
      const translated = theirs.get(path);
      if (translated === undefined || translated.trim() === '') return [`${path}: missing`];
      return translated === text && isSentence(text) ? [`${path}: "${text}"`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('format numbers and dates the way the language does', async () => {
    const messages = await loadMessages(language);
    expect(new Intl.Locale(messages.locale).language).toBe(language);
  });
});

describe('Kazakh and Azerbaijani, which some browsers’ Intl lacks', () => {
  const figure = { value: 100000, unit: 'TEU' as const };
  const part = { kind: 'part-year' as const, start: '2025-01', end: '2025-08' };

  it('format dates, numbers and lists from the catalogue’s own words', async () => {
    const kk = new Format(await loadMessages('kk'));
    expect(kk.date('2025-10-21')).toBe('2025 ж. 21 қазан');
    expect(kk.date('2024-03')).toBe('2024 ж. наурыз');
    expect(kk.period(part)).toBe('2025 ж. қаңтар – тамыз');
    expect(kk.value(figure).replace(/\s/g, ' ')).toBe('100 000 TEU');
    expect(kk.number(4.12)).toBe('4,12');
    expect(kk.list(['Қазақстан', 'Әзірбайжан', 'Грузия'])).toBe(
      'Қазақстан, Әзірбайжан және Грузия',
    );
    const az = new Format(await loadMessages('az'));
    expect(az.date('2025-10-21')).toBe('21 oktyabr 2025');
    expect(az.period({ kind: 'part-year', start: '2024-11', end: '2025-02' })).toBe(
      'noyabr 2024–fevral 2025',
    );
    expect(az.number(4523.5)).toBe('4.523,5');
  });

  it('name every country of the route in the language', async () => {
    const codes = new Set([
      ...corridor.segments.flatMap((s) => s.countries),
      ...corridor.hubs.map((h) => h.country),
      ...corridor.figures.flatMap((f) => (f.direction ? [f.direction.from, f.direction.to] : [])),
    ]);
    for (const language of ['kk', 'az'] as const) {
      const f = new Format(await loadMessages(language));
      for (const code of codes)
        expect(f.country(code), `${language}: ${code}`).not.toMatch(/^[A-Z]{2}$|[a-z]{3} [A-Z]/);
      expect(Object.keys((await loadMessages(language)).countryNames).sort()).toEqual(
        [...codes].sort(),
      );
    }
  });
});
