/**
 * The one palette: the map style, the charts, the legend, the downloaded image and (as CSS
 * custom properties, see postcss-theme.ts) every component's styles take their colours from here.
 * Map colours are chosen for AA contrast on land and water (tests/unit/contrast.test.ts).
 */
export const PALETTE = {
  // Map
  water: '#aacde6',
  land: '#f4f1ea',
  /** Shorelines and rivers: a deeper blue than the water they edge or carry. */
  coast: '#6f9dc2',
  river: '#78acd6',
  border: '#8c8275',
  /** The corridor's countries; the others are quieter. */
  countryLabel: '#4f483f',
  countryLabelQuiet: '#716a5e',
  /** Seas, lakes and rivers, in italics. */
  waterLabel: '#1f5582',
  /** Mountains, deserts and plateaus, in italics. */
  landformLabel: '#7c6247',
  /** Cities that are not hubs: smaller and greyer than a hub. */
  cityLabel: '#5b6472',
  cityDot: '#7a8593',
  rail: '#b42318',
  sea: '#174f94',
  road: '#6b3fa0',
  highlight: '#ffcc00',
  port: '#174f94',
  borderHub: '#8a4b00',
  junction: '#3f4652',
  city: '#111827',
  flow: '#6d2f8e',
  // Page
  white: '#ffffff',
  ink: '#1f2328',
  muted: '#555c66',
  paper: '#ffffff',
  rule: '#d7d2c8',
  accent: '#174f94',
  focus: '#0b57d0',
  pressed: '#e7eef7',
  hover: '#f1efe9',
  current: '#fff3bf',
  currentEdge: '#e0a800',
  note: '#fff8db',
  noteEdge: '#d9b500',
  error: '#b42318',
  errorBackground: '#fff1f0',
  badge: '#eceae4',
  badgeInk: '#3d3a35',
  sheetHandle: '#f3f1ec',
  /**
   * The compared routes, in the order geo/alternatives/figures.json lists them: the Middle
   * Corridor in the route's own red, then colours told apart from it and from the water.
   */
  compareRoutes: ['#b42318', '#6d2f8e', '#174f94', '#2f6b2f'],
  // Charts: the article's values, other sources', and series told apart by more than colour
  chartArticle: '#174f94',
  chartOther: '#6f675d',
  chartSeries: ['#174f94', '#b42318', '#2f6b2f', '#8a4b00', '#6d2f8e'],
  /** Presenter mode: stronger greys for a projector. */
  presenterMuted: '#2b2f36',
  presenterRule: '#6b6358',
} as const;

export type PaletteName = {
  [K in keyof typeof PALETTE]: (typeof PALETTE)[K] extends string ? K : never;
}[keyof typeof PALETTE];
