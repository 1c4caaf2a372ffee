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

/**
 * Each folder is read and validated once per test file, when first asked for, and each context
 * gets its own copy of the data. Reading inside every test made every test that renders a
 * component one that reaches the whole data layer, so mutation runs reran all of them for each
 * change to validation code; the validation is tested on its own (validate*.test.ts).
 */
const read = new Map<string, ReturnType<typeof readGeoFolder>>();

function dataOf(folder: string) {
  let data = read.get(folder);
  if (!data) {
    data = readGeoFolder(folder);
    if (data.problems.length > 0) throw new Error(data.problems.join('\n'));
    read.set(folder, data);
  }
  return structuredClone(data);
}

// The fixture is read as this module loads, outside any test.
dataOf(FIXTURE);

export function appContext(folder = FIXTURE): AppContext {
  return { corridor: new Corridor(dataOf(folder)), i18n: new I18n() };
}

/** `render(Component, { props, context: contextFor() })`. */
export function contextFor(context: AppContext = appContext()): Map<symbol, AppContext> {
  return new Map([[APP, context]]);
}
