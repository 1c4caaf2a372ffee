/**
 * Where the data downloads go in the build, and their names: shared by the build, which writes
 * them (downloads.ts), and the Sources view, which links to them.
 */
export const DOWNLOAD_FOLDER = 'data';
export const DOWNLOAD_NAMES = {
  route: 'middle-corridor-route.geojson',
  hubs: 'middle-corridor-hubs.geojson',
  figures: 'middle-corridor-figures.csv',
  sources: 'middle-corridor-sources.csv',
  /** The "Compare routes" view's lines and figures, where the data has a comparison. */
  compareRoutes: 'compared-routes.geojson',
  compareFigures: 'compared-routes-figures.csv',
  /** When each place opened and the corridor's events, where the data has a timeline. */
  timeline: 'middle-corridor-timeline.csv',
} as const;
