/** The map's colours, shared by the style and the legend. Chosen for AA contrast on land and water. */
export const COLORS = {
  water: '#b8d4e6',
  land: '#f4f1ea',
  border: '#8c8275',
  countryLabel: '#5c554b',
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
