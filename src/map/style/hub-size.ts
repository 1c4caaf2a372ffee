/**
 * How large a hub's circle is drawn, in one place: the style draws it from these numbers and
 * picking measures against them, so a hub is picked exactly where the reader sees it.
 */

/** Radii in pixels at two zooms (linear between, constant outside). */
export const HUB_RADIUS = {
  low: { zoom: 2, selected: 6, hover: 5, junction: 2.5, other: 3.5 },
  high: { zoom: 4, selected: 9, hover: 8, junction: 4, other: 5.5 },
} as const;

/** The white ring around a circle that is neither selected nor hovered. */
export const HUB_STROKE = 1.5;

/** The drawn radius, ring included, of a hub of this kind that is neither selected nor hovered. */
export function hubDrawnRadius(kind: string, zoom: number): number {
  const { low, high } = HUB_RADIUS;
  const size = (stop: typeof low | typeof high) =>
    kind === 'junction' ? stop.junction : stop.other;
  const t = Math.max(0, Math.min(1, (zoom - low.zoom) / (high.zoom - low.zoom)));
  return size(low) + (size(high) - size(low)) * t + HUB_STROKE;
}
