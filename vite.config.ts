import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { afterBuild } from './src/build/after-build.ts';
import { contentSecurityPolicy } from './src/build/csp.ts';
import { firstPaint } from './src/build/first-paint.ts';
import { corridorShell } from './src/data/shell-plugin.ts';
import { corridorData } from './src/data/vite-plugin.ts';
import { themePostcss } from './src/theme/postcss-theme.ts';

export default defineConfig({
  // The page lives in src/ (the top level of the repository is fixed); output goes to dist/.
  root: 'src',
  // Relative asset paths: dist/ works from any folder of a school server, not only from /.
  base: './',
  publicDir: '../public',
  plugins: [
    svelte(),
    corridorData(),
    corridorShell(),
    // In this order: the stylesheet goes inline, then the CSP allows it by hash.
    firstPaint(),
    contentSecurityPolicy(),
    afterBuild(),
  ],
  // One palette and one set of breakpoints for CSS and TypeScript (src/theme/).
  css: { postcss: { plugins: [themePostcss()] } },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // Every browser the map runs in (top-level await: Chrome 89, Firefox 89, Safari 15) either
    // preloads modules itself or merely loads them a moment later without; the polyfill would
    // be start-up code for no reader.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Each language's words and messages by name, for the bundle report's per-language lines.
        chunkFileNames: ({ facadeModuleId }) => {
          const words = /virtual:language\/([a-z]{2}(?:\/panels)?)$/.exec(facadeModuleId ?? '');
          const compare = /virtual:compare\/([a-z]{2})$/.exec(facadeModuleId ?? '');
          const messages = /[\\/]src[\\/]i18n[\\/]([a-z]{2})\.ts$/.exec(facadeModuleId ?? '');
          if (words) return `assets/words-${words[1]!.replace('/', '-')}-[hash].js`;
          if (messages) return `assets/messages-${messages[1]}-[hash].js`;
          if (compare) return `assets/compare-${compare[1]}-[hash].js`;
          return 'assets/[name]-[hash].js';
        },
        // Separate chunks so the bundle report can tell our code, our data and MapLibre apart;
        // the basemap loads with the map, after the page works.
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
            { name: 'corridor-data', test: /virtual:corridor/ },
            { name: 'basemap', test: /virtual:basemap/ },
            // English's interface words, in a file of their own like every other language's:
            // the bundle report counts each language's words as words, not code.
            { name: 'messages-en', test: /[\\/]src[\\/]i18n[\\/]en\.ts$/ },
          ],
        },
      },
    },
  },
  // Component tests render Svelte in jsdom, which needs Svelte's browser build.
  resolve: process.env['VITEST'] ? { conditions: ['browser'] } : {},
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
    environment: 'node',
    // Vitest's default on a two-core machine is one worker; most of a test file's time is spent
    // importing, so a second one cuts the wait by a third (measured on two cores: 198 s with one,
    // 130 s with two, 122 s with three).
    maxWorkers: 2,
    // Component tests that read and validate the whole geo/ folder take 2–3 s on an idle two-core
    // machine; with the machine busy two of them passed Vitest's 5 s default.
    testTimeout: 15_000,
  },
});
