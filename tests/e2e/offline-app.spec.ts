import type { Server } from 'node:http';
import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { portOf, serveFolder } from '../support/static-server.ts';
import { expect, test } from './fixtures.ts';

// The installable app: one visit over http keeps everything; with the server gone a reload still
// works; a newer version on the server is offered with a notice.
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
test.use({ serviceWorkers: 'allow' });

let folder: string;
let server: Server;

test.beforeAll(async () => {
  // A copy, so the test can publish a "newer version" without touching dist/.
  folder = mkdtempSync(join(tmpdir(), 'corridor-pwa-'));
  cpSync(dist, folder, { recursive: true });
  server = await serveFolder(folder);
});

test.afterAll(() => server.close());

const stopServer = (s: Server) =>
  new Promise<void>((resolve) => {
    s.close(() => resolve());
    s.closeAllConnections();
  });

test(
  'after one visit the app reloads with no network, and offers a newer version',
  { tag: '@pointer' },
  async ({ page, context }) => {
    // Load, tour, print and more on a shared 2-core machine: a budget above the default.
    test.setTimeout(180_000);
    const port = portOf(server);
    const mapReady = () =>
      expect(page.locator('html')).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
    await page.goto(`http://localhost:${port}/`);
    await mapReady();
    // The worker installs (everything precached) and takes control of the page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 60_000,
    });

    await stopServer(server);
    await context.setOffline(true);
    await page.reload();
    await mapReady();
    await page.getByRole('button', { name: 'Route list' }).click();
    await page.getByRole('button', { name: /^Caspian ferry: Kuryk – Alat/ }).click();
    await expect(page.locator('aside.panel h2')).toHaveText('Caspian ferry: Kuryk – Alat');
    // A deep link opened offline is served the same page.
    await page.goto(`http://localhost:${port}/?hub=aktau`);
    await mapReady();
    await expect(page.locator('aside.panel h2')).toHaveText('Port of Aktau');
    const labels = await page.evaluate(
      () => window.__corridor!.map.queryRenderedFeatures({ layers: ['hub-labels'] }).length,
    );
    expect(labels, 'labels drawn with the cached fonts').toBeGreaterThan(0);

    // Back online, the server has a newer version.
    await context.setOffline(false);
    appendFileSync(join(folder, 'sw.js'), '\n// a newer version\n');
    server = await serveFolder(folder, port);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const reload = page.getByRole('button', { name: 'Reload for the new version' });
    await expect(reload).toBeVisible({ timeout: 30_000 });
    await Promise.all([page.waitForEvent('load'), reload.click()]);
    await mapReady();
    await expect(reload).toHaveCount(0);
  },
);
