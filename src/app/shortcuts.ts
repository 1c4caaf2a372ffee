/**
 * The keyboard map as data, and the rule for when a key is ours: never while focus is in a control
 * that uses the key itself (Space on a button presses it; arrows on the map pan it; any key in a
 * text field types). Clickers send PageDown / PageUp, some the arrow keys or Space.
 */
export type Shortcut =
  'next' | 'previous' | 'first' | 'last' | 'presenter' | 'blackout' | 'close-top';

interface Binding {
  keys: string[];
  action: Shortcut;
  /** When the binding is live. */
  when: 'touring' | 'always';
}

export const BINDINGS: Binding[] = [
  // With no tour running, "next" starts it (or resumes the last step): a clicker is never dead.
  { keys: ['ArrowRight', 'PageDown', ' '], action: 'next', when: 'always' },
  { keys: ['ArrowLeft', 'PageUp'], action: 'previous', when: 'touring' },
  { keys: ['Home'], action: 'first', when: 'touring' },
  { keys: ['End'], action: 'last', when: 'touring' },
  // Escape closes what is on top (the route list, then the panel); it never ends the tour.
  { keys: ['Escape'], action: 'close-top', when: 'always' },
  { keys: ['f', 'F'], action: 'presenter', when: 'always' },
  // As presentation software: B or . blacks the screen; any key brings it back.
  { keys: ['b', 'B', '.'], action: 'blackout', when: 'always' },
];

const TEXT_ENTRY = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';
const PRESSABLE = 'button, summary, a[href], [role="button"], [role="link"]';
const ARROW_USERS = 'canvas, [role="slider"], [role="listbox"], [role="tablist"]';
const NAVIGATION_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/** Whether the focused element does something with this key itself. */
export function focusUsesKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest(TEXT_ENTRY)) return true;
  if ((key === ' ' || key === 'Enter') && target.closest(PRESSABLE)) return true;
  return NAVIGATION_KEYS.has(key) && target.closest(ARROW_USERS) !== null;
}

export interface ShortcutContext {
  touring: boolean;
}

/** The action a key press asks for, or null when the key is not ours to take. */
export function shortcutFor(
  event: Pick<
    KeyboardEvent,
    'key' | 'target' | 'ctrlKey' | 'metaKey' | 'altKey' | 'defaultPrevented'
  >,
  context: ShortcutContext,
): Shortcut | null {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return null;
  if (focusUsesKey(event.target, event.key)) return null;
  const live = (when: Binding['when']) => when === 'always' || context.touring;
  return BINDINGS.find((b) => b.keys.includes(event.key) && live(b.when))?.action ?? null;
}

/** The step a tour action leads to, 1-based and kept within the tour. */
export function stepAfter(
  action: 'next' | 'previous' | 'first' | 'last',
  current: number,
  count: number,
): number {
  if (action === 'first') return 1;
  if (action === 'last') return count;
  return Math.min(count, Math.max(1, current + (action === 'next' ? 1 : -1)));
}
