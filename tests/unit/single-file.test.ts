import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appPolicy, singleFilePolicy, sourceHash, withPolicy } from '../../src/build/csp.ts';
import { inlineDocument, inlineSafe } from '../../src/build/single-file.ts';

const built = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" href="./favicon.svg" type="image/svg+xml" />
    <link rel="manifest" href="./manifest.webmanifest">
    <title>Map</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-abc.css">
  </head>
  <body>
    <div id="app"><a href="?segment=x">x</a></div>
  </body>
</html>`;

describe('the single file', () => {
  const script = 'const s = "</script><!-- x"; console.log(s);';
  const page = inlineDocument({ html: built, script, style: 'body{margin:0}', icon: '<svg/>' });

  it('carries its script, stylesheet and icon inline and refers to no other file', () => {
    expect(page).not.toMatch(/assets\/|favicon\.svg|manifest/);
    expect(page).toContain('<style>body{margin:0}</style>');
    expect(page).toContain('href="data:image/svg+xml,%3Csvg%2F%3E"');
    expect(page.indexOf('<script type="module">')).toBeGreaterThan(page.indexOf('id="app"'));
  });

  it('keeps a "</script" or "<!--" inside the code from ending the script element', () => {
    expect(inlineSafe(script)).toBe('const s = "\\x3C/script>\\x3C!-- x"; console.log(s);');
    // The same string once the browser has parsed the JavaScript.
    expect(eval(inlineSafe('"</script><!--"'))).toBe('</script><!--');
  });

  it('allows exactly its inline script and stylesheet by hash, nothing by URL', () => {
    const policy = singleFilePolicy(inlineSafe(script), 'body{margin:0}');
    expect(page).toContain(`content="${policy}"`);
    expect(policy).toContain(`script-src ${sourceHash(inlineSafe(script))};`);
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/unsafe|'self'|https?:/);
  });

  it('fails the build when something still refers to a file', () => {
    const leftover = built.replace('</body>', '<img src="./assets/x.png"></body>');
    expect(() => inlineDocument({ html: leftover, script, style: '', icon: '' })).toThrow(
      /still refers to a file: src="\.\/assets\//,
    );
  });
});

describe('the built page’s policy', () => {
  const policy = appPolicy([sourceHash('body{margin:0}')]);

  it('allows no eval and no inline script, its own stylesheet by hash, and workers from the site or blob: only', () => {
    expect(policy).not.toContain('unsafe');
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("style-src 'self' 'sha256-");
    expect(policy).toContain("worker-src 'self' blob:;");
  });

  it('goes right after the charset, replacing any earlier one', () => {
    const once = withPolicy(built, policy);
    expect(once).toContain(
      `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
    );
    expect(withPolicy(once, "default-src 'none'").match(/Content-Security-Policy/g)).toHaveLength(
      1,
    );
  });

  it('is the header the README gives to servers that can send one, but for the hash', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`Content-Security-Policy: ${appPolicy(["'sha256-…'"])}`);
  });
});
