/**
 * What each key does during the tour. Presentation clickers send PageDown / PageUp (some send
 * the arrow keys or Space), so all of them step; Home and End jump to the ends.
 */
export type TourAction = 'next' | 'previous' | 'first' | 'last' | 'exit';

const ACTIONS: Record<string, TourAction> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
};

export function tourAction(key: string): TourAction | null {
  return ACTIONS[key] ?? null;
}

/** The step an action leads to, 1-based and kept within the tour. */
export function stepAfter(
  action: Exclude<TourAction, 'exit'>,
  current: number,
  count: number,
): number {
  if (action === 'first') return 1;
  if (action === 'last') return count;
  return Math.min(count, Math.max(1, current + (action === 'next' ? 1 : -1)));
}
