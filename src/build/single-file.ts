/**
 * `dist/middle-corridor-offline.html`: the whole app in one file that works opened from a USB
 * stick or an e-mail attachment (file://) with no network. A second Vite build with the same
 * config makes one script and one stylesheet with every asset inlined as a data: URL (fonts, and
 * anything fetched lazily through Vite's asset pipeline) and MapLibre's worker as a blob: URL;
 * then the page gets both inline, a data: icon and a CSP that allows exactly those by hash.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin } from 'vite';
import { singleFilePolicy, withPolicy } from './csp.ts';

export const SINGLE_FILE_NAME = 'middle-corridor-offline.html';
/** Set while the inner build runs, so the outer build's after-steps do not run inside it. */
export const INNER_BUILD_FLAG = 'CORRIDOR_SINGLE_FILE_BUILD';

const WORKER_URL_IMPORT = /maplibre-gl-worker\.mjs\?url$/;
const WORKER_MODULE = '\0single-file-worker';

/** The inner build's settings: one chunk, one stylesheet, every asset inline. */
function singleFileSettings(outDir: string): Plugin {
  return {
    name: 'corridor-single-file',
    enforce: 'pre',
    config: () => ({
      build: {
        outDir,
        emptyOutDir: true,
        copyPublicDir: false,
        cssCodeSplit: false,
        modulePreload: false,
        assetsInlineLimit: () => true,
        rolldownOptions: { output: { codeSplitting: false } },
      },
    }),
    // MapLibre's worker as a blob: URL made from its source, instead of a file beside the page.
    resolveId: (id) => (WORKER_URL_IMPORT.test(id) ? WORKER_MODULE : undefined),
    load: (id) =>
      id === WORKER_MODULE
        ? [
            "import source from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';",
            "export default URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));",
          ].join('\n')
        : undefined,
  };
}

/**
 * Text that can sit inside `<script>` or `<style>`: a `</script` or `<!--` in a string would end
 * or change the element, so `<` becomes `\x3C` there (the same character in strings, templates
 * and regular expressions).
 */
export function inlineSafe(code: string): string {
  return code.replace(/<(\/script|!--)/gi, '\\x3C$1');
}

export interface SingleFileParts {
  html: string;
  script: string;
  style: string;
  icon: string;
}

/** The built page with its script, stylesheet and icon inline and the single file's CSP. */
export function inlineDocument({ html, script, style, icon }: SingleFileParts): string {
  if (/<\/style/i.test(style)) throw new Error('single file: the stylesheet contains </style');
  const safeScript = inlineSafe(script);
  let page = html
    .replace(/\s*<script type="module"[^>]*src="[^"]*"><\/script>/, '')
    .replace(/<link rel="stylesheet"[^>]*>/, () => `<style>${style}</style>`)
    .replace(/<link rel="icon"[^>]*>/, () => {
      const data = `data:image/svg+xml,${encodeURIComponent(icon)}`;
      return `<link rel="icon" href="${data}" type="image/svg+xml" />`;
    })
    // Nothing to install or discover in a file.
    .replace(/\s*<link rel="(manifest|alternate)"[^>]*>/g, '')
    .replace('</body>', () => `<script type="module">${safeScript}</script>\n  </body>`);
  page = withPolicy(page, singleFilePolicy(safeScript, style));
  const leftover = /(?:src|href)="\.?\/?(?:assets\/|[\w-]+\.(?:js|css|svg|json))/.exec(page);
  if (leftover) throw new Error(`single file: still refers to a file: ${leftover[0]}`);
  return page;
}

/** Runs the inner build and writes the single file into `outDir`. */
export async function writeSingleFile(options: {
  configFile: string | undefined;
  mode: string;
  outDir: string;
  publicDir: string;
}): Promise<string> {
  const temp = mkdtempSync(join(tmpdir(), 'corridor-single-'));
  process.env[INNER_BUILD_FLAG] = '1';
  try {
    await build({
      configFile: options.configFile ?? false,
      mode: options.mode,
      logLevel: 'warn',
      plugins: [singleFileSettings(temp)],
    });
    const assets = readdirSync(join(temp, 'assets'));
    const scripts = assets.filter((f) => f.endsWith('.js'));
    const styles = assets.filter((f) => f.endsWith('.css'));
    const others = assets.filter((f) => !f.endsWith('.js') && !f.endsWith('.css'));
    if (scripts.length !== 1 || styles.length !== 1 || others.length > 0)
      throw new Error(`single file: expected one script and one stylesheet, got ${assets}`);
    const page = inlineDocument({
      html: readFileSync(join(temp, 'index.html'), 'utf8'),
      script: readFileSync(join(temp, 'assets', scripts[0]!), 'utf8'),
      style: readFileSync(join(temp, 'assets', styles[0]!), 'utf8'),
      icon: readFileSync(join(options.publicDir, 'favicon.svg'), 'utf8'),
    });
    const path = join(options.outDir, SINGLE_FILE_NAME);
    writeFileSync(path, page);
    return path;
  } finally {
    delete process.env[INNER_BUILD_FLAG];
    rmSync(temp, { recursive: true, force: true });
  }
}
