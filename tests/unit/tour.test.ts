import { describe, expect, it } from 'vitest';
import { stepAfter, tourAction } from '../../src/tour/keys.ts';
import { parseTourStep, withSelection, withTourStep } from '../../src/state/url.ts';

describe('clicker and keyboard keys in the tour', () => {
  it.each([
    { key: 'ArrowRight', expected: 'next' },
    { key: 'PageDown', expected: 'next' },
    { key: ' ', expected: 'next' },
    { key: 'ArrowLeft', expected: 'previous' },
    { key: 'PageUp', expected: 'previous' },
    { key: 'Home', expected: 'first' },
    { key: 'End', expected: 'last' },
    { key: 'Escape', expected: 'exit' },
    { key: 'a', expected: null },
    { key: 'Enter', expected: null },
  ])('$key means $expected', ({ key, expected }) => {
    expect(tourAction(key)).toBe(expected);
  });

  it.each([
    { action: 'next', current: 3, expected: 4 },
    { action: 'next', current: 11, expected: 11 },
    { action: 'previous', current: 1, expected: 1 },
    { action: 'previous', current: 5, expected: 4 },
    { action: 'first', current: 7, expected: 1 },
    { action: 'last', current: 2, expected: 11 },
  ] as const)(
    '$action from step $current of 11 goes to $expected',
    ({ action, current, expected }) => {
      expect(stepAfter(action, current, 11)).toBe(expected);
    },
  );
});

describe('the tour in the URL', () => {
  it.each([
    { search: '?tour=5', expected: 5 },
    { search: '?tour=', expected: null },
    { search: '?tour=five', expected: null },
    { search: '?tour=-1', expected: null },
    { search: '', expected: null },
  ])('reads $search as step $expected', ({ search, expected }) => {
    expect(parseTourStep(search)).toBe(expected);
  });

  it('writes the step and drops the selection it replaces', () => {
    expect(withTourStep(withSelection('?segment=aktau-alat', null), 3)).toBe('?tour=3');
    expect(withTourStep('?tour=3', null)).toBe('');
    expect(parseTourStep(withTourStep('', 11))).toBe(11);
  });
});
