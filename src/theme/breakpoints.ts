/**
 * Screen sizes where the layout changes, defined once: CSS uses them as `@media (--phone)` (see
 * postcss-theme.ts) and scripts as `matchMedia` queries through `MEDIA`.
 */
export const MEDIA = {
  /** Phones held upright: the panel is a sheet under the map, the route list a drawer. */
  phone: '(max-width: 700px)',
  /** Small screens either way up: the classroom tools are hidden, the legend starts folded. */
  small: '(max-width: 700px), (max-height: 500px)',
  /** Wide enough for the subtitle beside the title and the actions. */
  wide: '(min-width: 1501px)',
  /** Laptops and projectors: the top bar's buttons sit closer, so more of them share a row. */
  compact: '(max-width: 1500px)',
  /** Fingers rather than a mouse: 44 px targets. */
  touch: '(pointer: coarse)',
} as const;

export type MediaName = keyof typeof MEDIA;
