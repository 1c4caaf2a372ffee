/**
 * The service worker that makes the served app work offline after one visit (Workbox). It
 * precaches the page, the data downloads and everything under assets/ by glob, so chunks added later (languages,
 * detail basemaps) are kept too; any navigation gets the cached page. A new version waits until
 * the reader chooses "Reload for the new version" (src/app/offline.svelte.ts).
 */
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { OEMBED_FILE } from './oembed.ts';
import { SINGLE_FILE_NAME } from './single-file.ts';

export async function writeServiceWorker(outDir: string): Promise<{ count: number; size: number }> {
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: ['index.html', 'favicon.svg', 'manifest.webmanifest', 'assets/**/*', 'data/*'],
    // Compressed copies are for the web server; .woff only for browsers without woff2.
    globIgnores: ['**/*.gz', '**/*.br', '**/*.woff'],
    swDest: join(outDir, 'sw.js'),
    // Hashed file names change with their content: no revision needed.
    dontCacheBustURLsMatching: /^assets\//,
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [
      new RegExp(`/${SINGLE_FILE_NAME.replace('.', '\\.')}$`),
      new RegExp(`/${OEMBED_FILE.replace('.', '\\.')}$`),
    ],
    cleanupOutdatedCaches: true,
    // The first visit is kept offline at once; later versions wait for the reader.
    clientsClaim: true,
    skipWaiting: false,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  });
  if (warnings.length > 0) throw new Error(`service worker: ${warnings.join('; ')}`);
  return { count, size };
}
