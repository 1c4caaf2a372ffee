// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { focusUsesKey, shortcutFor, stepAfter } from '../../src/app/shortcuts.ts';

const touring = { touring: true };
const browsing = { touring: false };
const press = (key: string, target: EventTarget | null = document.body, extra = {}) => ({
  key,
  target,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  defaultPrevented: false,
  ...extra,
});
const element = (html: string) => {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.firstElementChild!;
};

describe('clicker and keyboard keys', () => {
  it.each([
    { key: 'ArrowRight', expected: 'next' },
    { key: 'PageDown', expected: 'next' },
    { key: ' ', expected: 'next' },
    { key: 'ArrowLeft', expected: 'previous' },
    { key: 'PageUp', expected: 'previous' },
    { key: 'Home', expected: 'first' },
    { key: 'End', expected: 'last' },
    { key: 'Escape', expected: 'close-top' },
    { key: 'f', expected: 'presenter' },
    { key: 'B', expected: 'blackout' },
    { key: '.', expected: 'blackout' },
    { key: 'a', expected: null },
  ])('during the tour $key means $expected', ({ key, expected }) => {
    expect(shortcutFor(press(key), touring)).toBe(expected);
  });

  it.each([
    { key: 'PageDown', expected: 'next' },
    { key: ' ', expected: 'next' },
    { key: 'ArrowRight', expected: 'next' },
    { key: 'PageUp', expected: null },
    { key: 'Home', expected: null },
    { key: 'Escape', expected: 'close-top' },
    { key: 'F', expected: 'presenter' },
  ])('with no tour running $key means $expected (next starts the tour)', ({ key, expected }) => {
    expect(shortcutFor(press(key), browsing)).toBe(expected);
  });

  it('ignores keys with Ctrl, Cmd or Alt, and keys another handler took', () => {
    expect(shortcutFor(press('f', document.body, { ctrlKey: true }), touring)).toBeNull();
    expect(shortcutFor(press('f', document.body, { metaKey: true }), touring)).toBeNull();
    expect(shortcutFor(press('ArrowRight', document.body, { altKey: true }), touring)).toBeNull();
    expect(shortcutFor(press(' ', document.body, { defaultPrevented: true }), touring)).toBeNull();
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

describe('keys stay with the control that has focus', () => {
  it.each([
    { html: '<button>Leave tour</button>', key: ' ', uses: true },
    { html: '<button>Leave tour</button>', key: 'Enter', uses: true },
    { html: '<button>Leave tour</button>', key: 'PageDown', uses: false },
    { html: '<summary>Steps</summary>', key: ' ', uses: true },
    { html: '<a href="#x">link</a>', key: ' ', uses: true },
    { html: '<canvas></canvas>', key: 'ArrowRight', uses: true },
    { html: '<canvas></canvas>', key: 'PageDown', uses: false },
    { html: '<input>', key: 'f', uses: true },
    { html: '<textarea></textarea>', key: 'ArrowLeft', uses: true },
    { html: '<div role="slider"></div>', key: 'Home', uses: true },
    { html: '<p>text</p>', key: ' ', uses: false },
  ])('$html uses "$key": $uses', ({ html, key, uses }) => {
    expect(focusUsesKey(element(html), key)).toBe(uses);
  });

  it('lets Space on a focused button press the button instead of stepping the tour', () => {
    expect(shortcutFor(press(' ', element('<button>Steps</button>')), touring)).toBeNull();
    expect(shortcutFor(press('f', element('<input>')), touring)).toBeNull();
    expect(shortcutFor(press('ArrowLeft', element('<canvas></canvas>')), touring)).toBeNull();
    expect(shortcutFor(press('PageDown', element('<canvas></canvas>')), touring)).toBe('next');
  });
});
