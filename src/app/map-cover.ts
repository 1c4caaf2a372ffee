/**
 * How much of the map lies under the tour bar, which floats over it (at the foot of the map on
 * a screen, at its top on a phone): a tour step frames its places in the part left clear.
 */
export function coverOf(stage: HTMLElement | undefined): { top?: number; bottom?: number } {
  const bar = stage?.querySelector('.tour-bar')?.getBoundingClientRect();
  const box = stage?.getBoundingClientRect();
  if (!bar || !box) return {};
  return bar.top - box.top > box.height / 2
    ? { bottom: box.bottom - bar.top }
    : { top: bar.bottom - box.top };
}
