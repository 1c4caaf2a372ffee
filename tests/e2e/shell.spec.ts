import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Route } from '@playwright/test';
import { corridor, expect, test } from './fixtures.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

test(
  'before any script runs the page shows the title and the route list as links',
  { tag: '@pointer' },
  async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Middle Corridor');
    const list = page.getByRole('navigation', { name: 'Route list' });
    await expect(list.getByRole('link')).toHaveCount(
      corridor.segments.length + corridor.hubs.length,
    );
    const ferry = list.getByRole('link', { name: /^Caspian ferry: Kuryk – Alat/ });
    await expect(ferry).toHaveAttribute('href', '?segment=kuryk-alat');
    await expect(list.getByRole('link', { name: /^Port of Aktau/ })).toHaveAttribute(
      'href',
      '?hub=aktau',
    );
    await context.close();
  },
);

test(
  'the shell paints styled while every other download is still held back, then the app takes over',
  { tag: '@pointer' },
  async ({ page }) => {
    const held: Route[] = [];
    const hold = async (route: Route) => {
      if (route.request().resourceType() === 'document') await route.fallback();
      else held.push(route);
    };
    await page.route('**/*', hold);
    await page.goto('/', { waitUntil: 'commit' });
    const list = page.getByRole('navigation', { name: 'Route list' });
    await expect(list.getByRole('link').first()).toBeVisible();
    // Styled by the page's own stylesheet: a touch target's height, its own colour, no bullets.
    const first = await list.getByRole('link').first().boundingBox();
    expect(first!.height).toBeGreaterThanOrEqual(44);
    await expect(list.locator('ul').first()).toHaveCSS('list-style-type', 'none');
    // Nothing was needed for that: no stylesheet or font was asked for, and scripts wait.
    const asked = held.map((r) => r.request().resourceType());
    expect(asked.filter((type) => type === 'stylesheet' || type === 'font')).toEqual([]);
    await page.unroute('**/*', hold);
    for (const route of held) await route.fallback();
    await expect(page.locator('.shell')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Route list' })).toBeVisible();
  },
);

test(
  'the app takes over the shell; its links open the panel',
  { tag: '@pointer' },
  async ({ page }) => {
    // Opening a shell link is what a click on it does before the app has mounted.
    await page.goto('/?segment=kuryk-alat');
    await expect(page.locator('aside.panel h2')).toHaveText('Caspian ferry: Kuryk – Alat');
    await expect(page.locator('.shell')).toHaveCount(0);
  },
);

test('static hosts get .gz and .br copies of every text file', { tag: '@pointer' }, () => {
  const text = [
    ...readdirSync(dist).map((f) => f),
    ...readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`),
  ].filter((f) => /\.(html|js|mjs|css|json|svg|webmanifest)$/.test(f));
  expect(text.length).toBeGreaterThan(8);
  const missing = text.filter(
    (f) => !existsSync(join(dist, `${f}.gz`)) || !existsSync(join(dist, `${f}.br`)),
  );
  expect(missing).toEqual([]);
  const oembed = JSON.parse(readFileSync(join(dist, 'oembed.json'), 'utf8'));
  expect(oembed).toMatchObject({ version: '1.0', type: 'rich', width: 960, height: 640 });
  expect(oembed.html).toMatch(/^<iframe src="[^"]*\?embed=1" title="Map of the Middle Corridor"/);
});
