// Mutation testing (`npm run test:mutation`, not part of `npm test`): Stryker changes the code one
// small step at a time (a `<=` for a `<`, a branch removed, a string emptied) and runs the unit and
// component tests that reach the change. A mutant that survives is a breakage no test notices.
// Lives under tests/ because the top level of the repository is fixed. The report goes to
// test-results/mutation/index.html; the copies of the project it mutates go to the system's
// temporary folder (not test-results/, which every Playwright run empties).
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/config/vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  // A static mutant is in code that only runs while a module loads (the schema's tables, the key
  // map, messages built at import): testing one means reloading every test file, about a minute
  // each on two cores. They are counted as "ignored", outside the score; the rules that the
  // tables feed are run, and mutated, inside the tests.
  ignoreStatic: true,
  // `npm run test:mutation -- --incremental` reuses the last results for code and tests that did
  // not change (a cache, kept with the other tools' caches).
  incrementalFile: 'node_modules/.cache/stryker/incremental.json',
  mutate: [
    'src/state/**/*.ts',
    // The data layer: validation, schema rules, lookups and geometry. Left out: the Vite plugin
    // and the CLIs (glue around readGeoFolder, run for real in build-fails.test.ts), the basemap
    // build (seconds of Natural Earth processing per call, checked by its output in
    // basemap.test.ts), the virtual-module re-exports and loaders, the Svelte context and a
    // constant.
    'src/data/**/*.ts',
    '!src/data/vite-plugin.ts',
    // The other Vite plugin: writes shell.ts's page into the built index.html (the shell itself
    // is mutated; the build that runs the plugin is checked end to end).
    '!src/data/shell-plugin.ts',
    '!src/data/validate-cli.ts',
    '!src/data/texts-cli.ts',
    // The OSM maintenance commands: the derive's is three lines of file glue; the extract's reads
    // ../shared/research/geodata, which no test may read (a user's clone has no ../shared), and
    // its output is the committed geo/osm/ files, which osm-reference.test.ts and route-track.test.ts
    // check. The code they call (derive, track graph, routing, clipping, files) is mutated.
    '!src/data/osm/derive-cli.ts',
    '!src/data/osm/extract-cli.ts',
    // The alternatives' and the basemap's maintenance commands, likewise: what derive-routes-cli
    // writes is checked byte for byte in alternative-routes.test.ts, and check-places-cli and the
    // basemap's cli read ../shared/research/geodata. The code they call is mutated.
    '!src/data/alternatives/derive-routes-cli.ts',
    '!src/data/alternatives/check-places-cli.ts',
    '!src/data/basemap-extract/cli.ts',
    '!src/data/language-content.ts',
    '!src/data/basemap.ts',
    '!src/data/index.ts',
    '!src/data/context.ts',
    '!src/data/basemap-bounds.ts',
    'src/i18n/format.ts',
    'src/app/shortcuts.ts',
    // The map's modules that run against a stand-in for the map; the rest needs WebGL.
    'src/map/pick.ts',
    'src/map/picking.ts',
    'src/map/flows.ts',
    'src/map/highlight.ts',
    'src/map/interaction.ts',
    'src/map/camera.ts',
    'src/panel/**/*.ts',
    'src/content/cite.ts',
    'src/content/charts/scale.ts',
    'src/content/charts/rows.ts',
    'src/content/charts/trade-words.ts',
  ],
  tempDirName: join(tmpdir(), 'corridor-stryker'),
  ignorePatterns: ['dist', 'test-results', 'playwright-report', '.bench', 'tests/e2e'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'test-results/mutation/index.html' },
  jsonReporter: { fileName: 'test-results/mutation/report.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  // Fails the command below 75 %.
  thresholds: { high: 85, low: 75, break: 75 },
  concurrency: 2,
  // Added to 1.5 × a mutant's normal test time: a mutant that loops is given up on sooner.
  timeoutMS: 10000,
  // The first, whole run of the suite takes minutes on a busy two-core machine.
  dryRunTimeoutMinutes: 30,
};
