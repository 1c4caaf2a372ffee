/** The map's colours, shared by the style and the legend. Chosen for AA contrast on land and water. */
export const COLORS = {
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
  white: '#ffffff',
  /** Text on the map and in the downloaded image. */
  ink: '#1f2328',
} as const;

/** The legend's items, shared by the legend beside the map and the downloaded image. */
export const LEGEND: {
  label: string;
  color: string;
  kind: 'line' | 'dash' | 'dot';
  /** Drawn smaller, as junctions are on the map. */
  small?: boolean;
}[] = [
  { label: 'Railway', color: COLORS.rail, kind: 'line' },
  { label: 'Ferry (dashed)', color: COLORS.sea, kind: 'dash' },
  { label: 'Port', color: COLORS.port, kind: 'dot' },
  { label: 'Border crossing', color: COLORS.borderHub, kind: 'dot' },
  { label: 'Junction', color: COLORS.junction, kind: 'dot', small: true },
  { label: 'City', color: COLORS.city, kind: 'dot' },
];
