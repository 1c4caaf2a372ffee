import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import {
  appPolicy,
  headersFile,
  inlineStyleHashes,
  pagePolicy,
  sourceHash,
  withPolicy,
} from '../../src/build/csp.ts';
import { inlineEntryStyle, styleForPage } from '../../src/build/first-paint.ts';

const built = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Map</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/data-abc.js">
    <link rel="stylesheet" crossorigin href="./assets/index-abc.css">
  </head>
  <body><div id="app"></div></body>
</html>`;

const css = `@font-face{src:url(./noto-sans-latin-400.woff2) format("woff2"),url("./noto.woff")}body{margin:0}`;
const bundleWith = (source: string) =>
  ({
    'assets/index-abc.css': { type: 'asset', fileName: 'assets/index-abc.css', source },
    'assets/index-abc.js': { type: 'chunk', fileName: 'assets/index-abc.js' },
  }) as unknown as Rollup.OutputBundle;

describe('the first paint waits for nothing but the page', () => {
  it('puts the entry stylesheet inline, its fonts still found in assets/', () => {
    const bundle = bundleWith(css);
    const page = inlineEntryStyle(built, bundle);
    expect(page).not.toContain('rel="stylesheet"');
    expect(page).toContain(
      '<style>@font-face{src:url(./assets/noto-sans-latin-400.woff2) format("woff2"),url("./assets/noto.woff")}body{margin:0}</style>',
    );
    // The file itself is no longer written: nothing would read it.
    expect(Object.keys(bundle)).toEqual(['assets/index-abc.js']);
  });

  it('fetches the scripts at low priority, after what the shell needs', () => {
    const page = inlineEntryStyle(built, bundleWith(css));
    expect(page).toContain('<script type="module" fetchpriority="low" crossorigin src=');
    expect(page).toContain('<link rel="modulepreload" fetchpriority="low" crossorigin href=');
  });

  it('refuses a page without a stylesheet, a stylesheet not built, and one that would end the element', () => {
    expect(() => inlineEntryStyle(built.replace(/<link rel="stylesheet"[^>]*>/, ''), {})).toThrow(
      'first paint: index.html links no stylesheet to inline',
    );
    expect(() => inlineEntryStyle(built, {})).toThrow(
      'first paint: assets/index-abc.css is not in the build',
    );
    expect(() => styleForPage('a::after{content:"</style>"}', 'assets')).toThrow(
      'the stylesheet contains </style',
    );
  });

  it('is allowed by the policy through its hash, which the build also writes as a header', () => {
    const page = inlineEntryStyle(built, bundleWith(css));
    const hashes = inlineStyleHashes(page);
    expect(hashes).toEqual([sourceHash(styleForPage(css, 'assets'))]);
    const withMeta = withPolicy(page, appPolicy(hashes));
    const policy = pagePolicy(withMeta);
    expect(policy).toContain(`style-src 'self' ${hashes[0]};`);
    expect(headersFile(policy!)).toBe(
      `# The content security policy of index.html, as a header for every file.\n/*\n  Content-Security-Policy: ${policy}\n`,
    );
    expect(pagePolicy(built)).toBeNull();
  });
});
