// Vitest for mutation runs: the project's own setup, without the files that test no mutated
// code: the checks of geo/'s content, the grep for ids, and the real build and CLI runs.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vite.config.ts';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        'tests/unit/geo-data.test.ts',
        'tests/unit/no-ids-in-code.test.ts',
        'tests/unit/build-fails.test.ts',
      ],
    },
  }),
);
