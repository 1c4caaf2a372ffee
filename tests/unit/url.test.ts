import { describe, expect, it } from 'vitest';
import { parseUrl, serializeUrl, type UrlState } from '../../src/state/url.ts';

const none: UrlState = { selection: null, view: null, tour: null, malformed: null };

describe('reading the URL', () => {
  it.each([
    {
      search: '?segment=aktau-alat',
      expected: { ...none, selection: { kind: 'segment', id: 'aktau-alat' } },
    },
    { search: '?hub=kuryk', expected: { ...none, selection: { kind: 'hub', id: 'kuryk' } } },
    { search: '?view=sources', expected: { ...none, view: 'sources' } },
    { search: '?tour=5', expected: { ...none, tour: 5 } },
    { search: '', expected: none },
    {
      search: '?lang=en&segment=kuryk-alat',
      expected: { ...none, selection: { kind: 'segment', id: 'kuryk-alat' } },
    },
    { search: '?zoom=4', expected: none },
    {
      search: '?segment=%3Cimg%20src%3Dx%3E',
      expected: { ...none, selection: { kind: 'segment', id: '<img src=x>' } },
    },
  ] as { search: string; expected: UrlState }[])('parses "$search"', ({ search, expected }) => {
    expect(parseUrl(search)).toEqual(expected);
  });
});

describe('a link the map cannot read', () => {
  it.each([
    ['?view=nothing', 'view'],
    ['?tour=', 'tour'],
    ['?tour=five', 'tour'],
    ['?tour=-1', 'tour'],
    ['?tour=0', 'tour'],
    ['?tour=1e9', 'tour'],
    ['?tour=05', 'tour'],
    ['?tour=5x', 'tour'],
    ['?tour=1234567', 'tour'],
    ['?segment=', 'segment'],
    ['?hub=', 'hub'],
    ['?lang=kk', 'lang'],
    ['?year=2016', 'year'],
    ['?segment=kuryk-alat&tour=abc', 'tour'],
  ])('reports "%s" as a malformed %s, and names nothing to open', (search, parameter) => {
    expect(parseUrl(search)).toEqual({ ...none, malformed: parameter });
  });

  it('drops the values it cannot read when it writes the address, keeping the rest', () => {
    expect(serializeUrl('?year=2016&lang=kk&tour=abc&utm=x', none)).toBe('?utm=x');
    expect(serializeUrl('?lang=en', none)).toBe('?lang=en');
  });
});

describe('writing the URL', () => {
  it.each([
    { ...none, selection: { kind: 'segment', id: 'kuryk-alat' } },
    { ...none, selection: { kind: 'hub', id: 'boyuk-kesik' } },
    { ...none, view: 'overview' },
    { ...none, tour: 11 },
    none,
  ] as UrlState[])('round-trips %o', (state) => {
    expect(parseUrl(serializeUrl('', state))).toEqual(state);
  });

  it('keeps other parameters and writes only one of tour, selection and view', () => {
    expect(
      serializeUrl('?ref=class&hub=aktau', {
        ...none,
        selection: { kind: 'segment', id: 'aktau-alat' },
      }),
    ).toBe('?ref=class&segment=aktau-alat');
    expect(
      serializeUrl('?segment=aktau-alat', {
        selection: { kind: 'segment', id: 'aktau-alat' },
        view: null,
        tour: 3,
      }),
    ).toBe('?tour=3');
    expect(serializeUrl('?segment=aktau-alat&view=sources', none)).toBe('');
  });
});
