import { describe, expect, it } from 'vitest';
import { parseSelection, withSelection } from '../../src/state/url.ts';

describe('URL state', () => {
  it.each([
    { search: '?segment=aktau-alat', expected: { kind: 'segment', id: 'aktau-alat' } },
    { search: '?hub=kuryk', expected: { kind: 'hub', id: 'kuryk' } },
    { search: '', expected: null },
    { search: '?zoom=4', expected: null },
    { search: '?segment=%3Cimg%20src%3Dx%3E', expected: { kind: 'segment', id: '<img src=x>' } },
  ])('parses $search', ({ search, expected }) => {
    expect(parseSelection(search)).toEqual(expected);
  });

  it.each([
    { kind: 'segment', id: 'kuryk-alat' },
    { kind: 'hub', id: 'boyuk-kesik' },
  ] as const)('round-trips $kind $id', (selection) => {
    expect(parseSelection(withSelection('', selection))).toEqual(selection);
  });

  it('keeps other parameters and drops the old selection', () => {
    expect(withSelection('?tour=3&hub=aktau', { kind: 'segment', id: 'aktau-alat' })).toBe(
      '?tour=3&segment=aktau-alat',
    );
    expect(withSelection('?segment=aktau-alat', null)).toBe('');
  });
});
