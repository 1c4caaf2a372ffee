/**
 * Precompressed copies for static hosts: `x.js.gz` and `x.js.br` beside every text file of dist/,
 * so nginx (gzip_static, brotli_static), Caddy (precompressed) and others serve them without
 * compressing on each request.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Brotli's best quality takes about five times as long as quality 9 for some 9 % less; above
 * this size (MapLibre, the single file) the build uses 9 so it stays quick.
 */
const BEST_QUALITY_UP_TO = 512 * 1024;

/** Text formats; fonts (woff2) and images are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.webmanifest']);

function* filesUnder(folder: string): Generator<string> {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/** Writes the .gz and .br copies; returns how many files were compressed. */
export function precompress(folder: string): number {
  let count = 0;
  for (const file of [...filesUnder(folder)]) {
    if (!COMPRESSIBLE.has(extname(file))) continue;
    const content = readFileSync(file);
    writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]:
            content.length > BEST_QUALITY_UP_TO ? 9 : constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
    );
    count++;
  }
  return count;
}
