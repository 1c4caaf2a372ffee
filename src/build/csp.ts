/**
 * The content security policies. The built page carries appPolicy as a `<meta>`, allowing its
 * inline stylesheet (first-paint.ts) by hash; the build writes the same as a header into
 * `_headers` for servers that can send one. The single file carries singleFilePolicy, which
 * allows its one inline script and stylesheet by hash. Neither allows 'unsafe-eval' or
 * 'unsafe-inline'.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

type Policy = Record<string, string[]>;

const serialize = (policy: Policy) =>
  Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');

/** The served page's policy; `styleHashes` are its inline stylesheets' (sourceHash). */
export const appPolicy = (styleHashes: string[]) =>
  serialize({
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", ...styleHashes],
    // MapLibre's control icons are data: SVGs; the handout picture and the image are blob: URLs.
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    // MapLibre's worker (a same-origin file, or a blob: where the browser needs one) and ours.
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'none'"],
  });

/** `'sha256-…'` of an inline script's or stylesheet's exact text. */
export function sourceHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * For the single file: nothing is fetched from anywhere; fonts, icons and data are data: URLs.
 * Opened from file:// (an opaque origin) MapLibre starts its worker from a data: URL, so
 * worker-src allows data: as well as blob:.
 */
export function singleFilePolicy(script: string, style: string): string {
  return serialize({
    'default-src': ["'none'"],
    'script-src': [sourceHash(script)],
    'style-src': [sourceHash(style)],
    'img-src': ['data:', 'blob:'],
    'font-src': ['data:'],
    'connect-src': ['data:', 'blob:'],
    'worker-src': ['blob:', 'data:'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  });
}

const CHARSET = '<meta charset="UTF-8" />';
/** The policy's `<meta>`, its content captured. */
const POLICY_META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/;

/** The `<meta>` for `policy`, placed right after the charset so it governs everything after. */
export function withPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  if (POLICY_META.test(html)) return html.replace(POLICY_META, meta);
  if (!html.includes(CHARSET)) throw new Error(`index.html: no ${CHARSET} to put the CSP after`);
  return html.replace(CHARSET, `${CHARSET}\n    ${meta}`);
}

/** The hashes of a page's inline `<style>` elements. */
export const inlineStyleHashes = (html: string) =>
  [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => sourceHash(match[1]!));

/** The policy a page's `<meta>` carries, or null. */
export function pagePolicy(html: string): string | null {
  return POLICY_META.exec(html)?.[1] ?? null;
}

export const HEADERS_FILE = '_headers';

/** `_headers` (read by Netlify, Cloudflare Pages and others): the page's policy as a header. */
export const headersFile = (policy: string) =>
  `# The content security policy of index.html, as a header for every file.\n/*\n  Content-Security-Policy: ${policy}\n`;

/**
 * Puts appPolicy into the built index.html (not the dev server's, which injects its client).
 * Runs after first-paint.ts has put the stylesheet inline.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'corridor-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => withPolicy(html, appPolicy(inlineStyleHashes(html))),
    },
  };
}
