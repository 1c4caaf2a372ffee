/** Stepping through the segments in route order, East → West, with `[` and `]` on the map. */
import type { Selection } from '../data/corridor-index.ts';

export function stepSegment(
  order: string[],
  current: Selection | null,
  direction: 1 | -1,
): Selection | null {
  if (order.length === 0) return null;
  const index = current?.kind === 'segment' ? order.indexOf(current.id) : -1;
  const next =
    index === -1
      ? direction === 1
        ? 0
        : order.length - 1
      : Math.min(order.length - 1, Math.max(0, index + direction));
  const id = order[next];
  return id === undefined ? null : { kind: 'segment', id };
}
