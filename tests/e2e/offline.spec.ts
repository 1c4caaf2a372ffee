import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { portOf, serveFolder } from '../support/static-server.ts';
import { expect, settle, test } from './fixtures.ts';

// The classroom path from the README: build once, copy dist/ anywhere, serve it with any static
// server, no network. Here a bare Node server serves it from a sub-folder, as a school server might.
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
let server: Server;

test.beforeAll(async () => {
  server = await serveFolder(dist, 0, '/class/map/');
});

test.afterAll(() => server.close());

test(
  'the built map works from a plain static server in a sub-folder, with no network',
  { tag: '@pointer' },
  async ({ page }) => {
    await page.goto(`http://localhost:${portOf(server)}/class/map/?segment=kuryk-alat`);
    await expect(page.locator('html')).toHaveAttribute('data-map-ready', 'true', {
      timeout: 30_000,
    });
    await expect(page.locator('aside.panel h2')).toHaveText('Caspian ferry: Kuryk – Alat');
    await expect(page.locator('aside.panel')).toContainText('18 hours');
    await settle(page);
    const labelsDrawn = await page.evaluate(
      () => window.__corridor!.map.queryRenderedFeatures({ layers: ['hub-labels'] }).length,
    );
    expect(labelsDrawn).toBeGreaterThan(0);
  },
);
