/**
 * What the build adds around the app (point by point in issue 14): the oEmbed discovery link in
 * index.html, `oembed.json`, then, once dist/ is written, the CSP as a header in `_headers`, the
 * single file, the service worker, and .gz/.br copies of every text file. Skipped inside the
 * single file's own inner build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { HEADERS_FILE, headersFile, pagePolicy } from './csp.ts';
import { OEMBED_FILE, oembed, publishedUrl } from './oembed.ts';
import { precompress } from './precompress.ts';
import { writeServiceWorker } from './service-worker.ts';
import { INNER_BUILD_FLAG, writeSingleFile } from './single-file.ts';

const inner = () => process.env[INNER_BUILD_FLAG] === '1';

export function afterBuild(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'corridor-after-build',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml() {
      if (inner()) return [];
      return [
        {
          tag: 'link',
          attrs: { rel: 'alternate', type: 'application/json+oembed', href: `./${OEMBED_FILE}` },
          injectTo: 'head',
        },
      ];
    },
    generateBundle() {
      if (inner()) return;
      const json = oembed(publishedUrl(process.env['CORRIDOR_URL']));
      this.emitFile({
        type: 'asset',
        fileName: OEMBED_FILE,
        source: `${JSON.stringify(json, null, 2)}\n`,
      });
    },
    writeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        if (inner()) return;
        const outDir = resolve(config.root, config.build.outDir);
        const started = performance.now();
        const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
        const policy = pagePolicy(readFileSync(join(outDir, 'index.html'), 'utf8'));
        if (!policy) throw new Error(`${join(outDir, 'index.html')}: no content security policy`);
        writeFileSync(join(outDir, HEADERS_FILE), headersFile(policy));
        const singleFile = await writeSingleFile({
          configFile: config.configFile,
          mode: config.mode,
          outDir,
          publicDir: config.publicDir,
        });
        config.logger.info(`single file: ${singleFile} (${seconds()})`);
        const worker = await writeServiceWorker(outDir);
        const kb = Math.round(worker.size / 1024);
        config.logger.info(
          `service worker: ${join(outDir, 'sw.js')}, precaching ${worker.count} files, ${kb} KB (${seconds()})`,
        );
        const compressed = precompress(outDir);
        config.logger.info(`precompressed: ${compressed} files, .gz and .br (${seconds()})`);
      },
    },
  };
}
