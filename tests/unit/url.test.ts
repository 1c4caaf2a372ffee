import { describe, expect, it } from 'vitest';
import { parseUrl, serializeUrl, type UrlState } from '../../src/state/url.ts';

const none: UrlState = { selection: null, view: null, tour: null };

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
    none,
  ] as UrlState[])('round-trips %o', (state) => {
    expect(parseUrl(serializeUrl('', state))).toEqual(state);
  });

  it('keeps other parameters and writes only one of tour, selection and view', () => {
    expect(
      serializeUrl('?lang=kk&hub=aktau', {
        ...none,
        selection: { kind: 'segment', id: 'aktau-alat' },
      }),
    ).toBe('?lang=kk&segment=aktau-alat');
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
