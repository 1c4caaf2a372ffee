/**
 * The app context for component tests: data read and validated from a geo folder (by default the
 * small fixture, so content edits in geo/ never break component tests) and the English catalogue.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP, type AppContext } from '../../src/data/context.ts';
import { Corridor } from '../../src/data/corridor-index.ts';
import { readGeoFolder } from '../../src/data/read-geo.ts';
import { I18n } from '../../src/i18n/i18n.svelte.ts';

// Paths from the file's own path: under jsdom, `URL` is jsdom's and node:url refuses it.
const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURE = join(here, '../fixtures/geo-valid/');
export const LIVE_GEO = join(here, '../../geo/');

export function appContext(folder = FIXTURE): AppContext {
  const data = readGeoFolder(folder);
  if (data.problems.length > 0) throw new Error(data.problems.join('\n'));
  return { corridor: new Corridor(data), i18n: new I18n() };
}

/** `render(Component, { props, context: contextFor() })`. */
export function contextFor(context: AppContext = appContext()): Map<symbol, AppContext> {
  return new Map([[APP, context]]);
}
