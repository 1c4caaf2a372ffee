/**
 * A first paint that waits for nothing but the page (issue 14, point 4). The entry's stylesheet
 * (tokens, base, the shell, print: about 4 KB gzip) goes inline, so no request blocks rendering;
 * and the app's scripts are fetched at low priority, because the shell (title, intro, route list
 * as links, in the system's font) paints and works without them. The app itself starts only once
 * the shell has painted (src/app/shell-painted.ts).
 */
import type { Plugin, Rollup } from 'vite';
import { INNER_BUILD_FLAG } from './single-file.ts';

const ENTRY_STYLESHEET = /<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/;

/**
 * The stylesheet's text as it reads from the page rather than from assets/: its relative
 * `url(./font.woff2)` references move into `assets/`.
 */
export function styleForPage(css: string, folder: string): string {
  if (/<\/style/i.test(css)) throw new Error('first paint: the stylesheet contains </style');
  return css.replace(/url\((["']?)\.\//g, (_, quote: string) => `url(${quote}./${folder}/`);
}

/** The page with its entry stylesheet inline and its module scripts at low fetch priority. */
export function inlineEntryStyle(html: string, bundle: Rollup.OutputBundle): string {
  const link = ENTRY_STYLESHEET.exec(html);
  if (!link) throw new Error('first paint: index.html links no stylesheet to inline');
  const fileName = link[1]!;
  const asset = bundle[fileName] as Rollup.OutputAsset | undefined;
  if (asset?.type !== 'asset') throw new Error(`first paint: ${fileName} is not in the build`);
  const folder = fileName.slice(0, fileName.lastIndexOf('/'));
  const style = styleForPage(String(asset.source), folder);
  // Nothing else asks for the file: it would only be precached and never read.
  delete bundle[fileName];
  return html
    .replace(link[0], () => `<style>${style}</style>`)
    .replace(/<script type="module"/g, '<script type="module" fetchpriority="low"')
    .replace(/<link rel="modulepreload"/g, '<link rel="modulepreload" fetchpriority="low"');
}

export function firstPaint(): Plugin {
  return {
    name: 'corridor-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle }) =>
        // The single file's inner build inlines everything itself (single-file.ts).
        process.env[INNER_BUILD_FLAG] === '1' || !bundle ? html : inlineEntryStyle(html, bundle),
    },
  };
}
