import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures.ts';

// The classroom path from the README: build once, copy dist/ anywhere, serve it with any static
// server, no network. Here a bare Node server serves it from a sub-folder, as a school server might.
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
let server: Server;

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (!path.startsWith('/class/map/')) return response.writeHead(404).end();
    const file = join(dist, path.slice('/class/map/'.length) || 'index.html');
    if (!existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(4199, resolve));
});

test.afterAll(() => server.close());

test(
  'the built map works from a plain static server in a sub-folder, with no network',
  { tag: '@pointer' },
  async ({ page }) => {
    await page.goto('http://localhost:4199/class/map/?segment=kuryk-alat');
    await expect(page.locator('html')).toHaveAttribute('data-map-ready', 'true', {
      timeout: 30_000,
    });
    await expect(page.locator('aside.panel h2')).toHaveText('Caspian ferry: Kuryk – Alat');
    await expect(page.locator('aside.panel')).toContainText('$470 million');
    const labelsDrawn = await page.evaluate(
      () => window.__corridor!.map.queryRenderedFeatures({ layers: ['hub-labels'] }).length,
    );
    expect(labelsDrawn).toBeGreaterThan(0);
  },
);
