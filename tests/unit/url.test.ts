import { describe, expect, it } from 'vitest';
import { parseLink, parseUrl, serializeUrl, type UrlState } from '../../src/state/url.ts';

const none: UrlState = { selection: null, view: null, tour: null, year: null };

describe('reading the URL', () => {
  it.each([
    {
      search: '?segment=aktau-alat',
      expected: { ...none, selection: { kind: 'segment', id: 'aktau-alat' } },
    },
    { search: '?hub=kuryk', expected: { ...none, selection: { kind: 'hub', id: 'kuryk' } } },
    { search: '?view=sources', expected: { ...none, view: 'sources' } },
    { search: '?view=nothing', expected: none },
    { search: '?tour=5', expected: { ...none, tour: 5 } },
    { search: '?year=2016', expected: { ...none, view: 'timeline', year: 2016 } },
    { search: '?view=timeline', expected: { ...none, view: 'timeline' } },
    { search: '?tour=', expected: none },
    { search: '?tour=five', expected: none },
    { search: '?tour=-1', expected: none },
    { search: '?tour=5x', expected: none },
    { search: '?tour=x5', expected: none },
    { search: '', expected: none },
    { search: '?zoom=4', expected: none },
    {
      search: '?segment=%3Cimg%20src%3Dx%3E',
      expected: { ...none, selection: { kind: 'segment', id: '<img src=x>' } },
    },
  ] as { search: string; expected: UrlState }[])('parses "$search"', ({ search, expected }) => {
    expect(parseUrl(search)).toEqual(expected);
  });
});

describe('writing the URL', () => {
  it.each([
    { ...none, selection: { kind: 'segment', id: 'kuryk-alat' } },
    { ...none, selection: { kind: 'hub', id: 'boyuk-kesik' } },
    { ...none, view: 'overview' },
    { ...none, tour: 11 },
    { ...none, view: 'timeline', year: 2017 },
    none,
  ] as UrlState[])('round-trips %o', (state) => {
    expect(parseUrl(serializeUrl('', state))).toEqual(state);
  });

  it('writes the timeline at a year as the year alone', () => {
    expect(serializeUrl('?lang=kk', { ...none, view: 'timeline', year: 2016 })).toBe(
      '?lang=kk&year=2016',
    );
    expect(serializeUrl('?year=2016', { ...none, view: 'sources' })).toBe('?view=sources');
    // The timeline's year, kept while another view is open, is not that view's.
    expect(serializeUrl('', { ...none, view: 'sources', year: 2016 })).toBe('?view=sources');
  });

  it('keeps other parameters and writes only one of tour, selection and view', () => {
    expect(
      serializeUrl('?ref=kk&hub=aktau', {
        ...none,
        selection: { kind: 'segment', id: 'aktau-alat' },
      }),
    ).toBe('?ref=kk&segment=aktau-alat');
    expect(
      serializeUrl('?segment=aktau-alat', {
        selection: { kind: 'segment', id: 'aktau-alat' },
        view: null,
        tour: 3,
        year: null,
      }),
    ).toBe('?tour=3');
    expect(serializeUrl('?segment=aktau-alat&view=sources', none)).toBe('');
  });
});

describe('refusing values the map cannot read', () => {
  it.each([
    { search: '?tour=-1', rejected: ['tour'] },
    { search: '?tour=0', rejected: ['tour'] },
    { search: '?tour=1e9', rejected: ['tour'] },
    { search: '?tour=abc', rejected: ['tour'] },
    { search: '?tour=', rejected: ['tour'] },
    { search: '?tour=1000000', rejected: ['tour'] },
    { search: '?tour=3&tour=x', rejected: ['tour'] },
    { search: '?segment=', rejected: ['segment'] },
    { search: `?hub=${'a'.repeat(101)}`, rejected: ['hub'] },
    { search: `?hub=${'a'.repeat(100)}`, rejected: [] },
    { search: '?hub=', rejected: ['hub'] },
    { search: '?view=', rejected: ['view'] },
    { search: '?view=nothing', rejected: ['view'] },
    { search: '?lang=de', rejected: ['lang'] },
    { search: '?lang=', rejected: ['lang'] },
    { search: '?year=16', rejected: ['year'] },
    { search: '?year=20165', rejected: ['year'] },
    { search: '?year=x2016', rejected: ['year'] },
    { search: '?year=2016&year=x', rejected: ['year'] },
    { search: '?year=2016', rejected: [] },
    { search: '?year=20x5&tour=x', rejected: ['tour', 'year'] },
    { search: '?lang=en&tour=3&ref=x', rejected: [] },
  ])('"$search" refuses $rejected', ({ search, rejected }) => {
    expect(parseLink(search).rejected).toEqual(rejected);
  });

  it('opens nothing from a refused value', () => {
    expect(parseUrl('?tour=abc')).toEqual(none);
    expect(parseUrl('?segment=')).toEqual(none);
    expect(parseUrl('?view=nothing')).toEqual(none);
  });

  it('drops refused values from the address, keeping the rest', () => {
    expect(serializeUrl('?ref=x&tour=abc&lang=de&year=1', none)).toBe('?ref=x');
    expect(serializeUrl('?lang=en&year=x', { ...none, tour: 2 })).toBe('?lang=en&tour=2');
  });
});
