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
  border_hub: '#8a4b00',
  junction: '#3f4652',
  city: '#111827',
  flow: '#6d2f8e',
} as const;
