/** Which language a page load opens in, and how a link names it. */
import { describe, expect, it } from 'vitest';
import {
  isLanguage,
  LANGUAGES,
  openingLanguage as initialLanguage,
  preferredLanguage,
} from '../../src/i18n/languages.ts';
import { parseLink, withLanguage } from '../../src/state/url.ts';

describe('the language a page opens in', () => {
  it('is the link’s first, then the reader’s last choice, then the browser’s, then English', () => {
    expect(initialLanguage('?lang=kk', 'tr', ['ru'])).toBe('kk');
    expect(initialLanguage('', 'tr', ['ru'])).toBe('tr');
    expect(initialLanguage('', null, ['de-DE', 'az-Latn-AZ', 'ru'])).toBe('az');
    expect(initialLanguage('', null, ['de', 'fr'])).toBe('en');
  });

  it('ignores a language the map does not have, wherever it comes from', () => {
    expect(initialLanguage('?lang=de', 'xx', ['fr', 'kk-KZ'])).toBe('kk');
    expect(initialLanguage('?lang=KK', null, [])).toBe('en');
  });

  it('counts a regional tag as its language', () => {
    expect(preferredLanguage(['tr-TR'])).toBe('tr');
    expect(preferredLanguage(['RU-ru'])).toBe('ru');
    expect(preferredLanguage(['kkk'])).toBeNull();
  });
});

describe('the languages', () => {
  it('are five, each named in itself', () => {
    expect(LANGUAGES.map((l) => `${l.code}:${l.name}`)).toEqual([
      'en:English',
      'ru:Русский',
      'kk:Қазақша',
      'az:Azərbaycanca',
      'tr:Türkçe',
    ]);
  });

  it('are what ?lang accepts; anything else is refused and reported', () => {
    for (const { code } of LANGUAGES) expect(parseLink(`?lang=${code}`).rejected).toEqual([]);
    expect(parseLink('?lang=de').rejected).toEqual(['lang']);
    expect(isLanguage('constructor')).toBe(false);
  });
});

describe('a link’s language', () => {
  it('is set or dropped, the rest of the link kept', () => {
    expect(withLanguage('?tour=3', 'kk')).toBe('?tour=3&lang=kk');
    expect(withLanguage('?lang=kk&tour=3', 'ru')).toBe('?lang=ru&tour=3');
    expect(withLanguage('?lang=kk&tour=3', null)).toBe('?tour=3');
    expect(withLanguage('?lang=kk', null)).toBe('');
  });
});
