// Vitest for mutation runs: the project's own setup, without the files that test no mutated
// code: the checks of geo/'s content, the grep for ids, and the real build and CLI runs.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vite.config.ts';

export default mergeConfig(
  base,
  defineConfig({
    // Each of Stryker's test runners starts its own Vite; sharing one dependency cache, two of
    // them renaming the same folder at once failed the run (ENOTEMPTY). One cache per runner.
    cacheDir: `node_modules/.vite/mutation-${process.env.STRYKER_MUTATOR_WORKER ?? 'main'}`,
    test: {
      exclude: [
        'tests/unit/geo-data.test.ts',
        'tests/unit/no-ids-in-code.test.ts',
        'tests/unit/build-fails.test.ts',
        // Runs the whole OSM derive on the real extract, seconds per test: with it Stryker needed
        // ~18 h over src/data/osm. The fast osm-*.test.ts files cover that folder instead; npm test
        // still runs this file.
        'tests/unit/route-track.test.ts',
        // Checks that geo/'s translations leave no English in any panel, rendering every place in
        // every language: 33 s a run, and a run for every mutant it reaches (355 of them, in the
        // panel, the texts and the corridor index, which faster tests cover). npm test runs it.
        'tests/component/languages.test.ts',
      ],
    },
  }),
);
