import type { Page } from '@playwright/test';
import type { Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { portOf, serveFolder } from '../support/static-server.ts';
import { corridor, expect, openMap, test } from './fixtures.ts';
import { shareTool } from './tools.ts';

// A news page on another origin, taller than the screen, with the map embedded halfway down.
let host: Server;

test.beforeAll(async () => {
  const appUrl = `http://localhost:${process.env['E2E_PORT'] ?? 4173}/?embed=1&segment=kuryk-alat`;
  const folder = mkdtempSync(join(tmpdir(), 'corridor-embed-'));
  writeFileSync(
    join(folder, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title></head>
<body style="margin:0;font:16px sans-serif">
<h1>A news article</h1><p style="height:900px">The story before the map.</p>
<a href="#before" id="before">Before the map</a>
<iframe src="${appUrl}" title="Map of the Middle Corridor" style="width:100%;height:560px;border:0"></iframe>
<a href="#after" id="after">After the map</a>
<p style="height:1500px">The story after the map.</p>
</body></html>`,
  );
  host = await serveFolder(folder);
});

test.afterAll(() => host.close());

/** Waits until the page's (smooth) scrolling has stopped: the same scrollY for three frames. */
const scrollSettled = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let last = window.scrollY;
        let same = 0;
        const frame = () =>
          requestAnimationFrame(() => {
            same = window.scrollY === last ? same + 1 : 0;
            last = window.scrollY;
            if (same >= 3) resolve(last);
            else frame();
          });
        frame();
      }),
  );

test(
  'embedded in a taller page, scrolling over the map scrolls the page; Ctrl + scroll zooms',
  { tag: '@pointer' },
  async ({ page }) => {
    await page.goto(`http://localhost:${portOf(host)}/`);
    const frame = page.frameLocator('iframe');
    const inner = page.frames()[1]!;
    // A browser draws nothing in a frame out of sight: the reader scrolls down to it.
    await page.locator('iframe').scrollIntoViewIfNeeded();
    await expect(frame.locator('html')).toHaveAttribute('data-map-ready', 'true', {
      timeout: 30_000,
    });
    await expect(frame.locator('aside.panel h2')).toHaveText('Caspian ferry: Kuryk – Alat');
    const link = frame.getByRole('link', { name: 'Open the full map' });
    await expect(link).toHaveAttribute('target', '_blank');
    expect(new URL((await link.getAttribute('href'))!).search).toBe('?segment=kuryk-alat');

    const zoom = () => inner.evaluate(() => window.__corridor!.map.getZoom());
    const before = { scroll: await page.evaluate(() => window.scrollY), zoom: await zoom() };
    // The map's upper part: clear of the panel sheet over its lower part.
    const box = (await page.locator('iframe').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 90);
    await page.mouse.wheel(0, 120);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before.scroll);
    await expect(frame.locator('.maplibregl-cooperative-gesture-screen')).toContainText(
      'Use Ctrl + scroll to zoom the map',
    );
    expect(await zoom()).toBe(before.zoom);

    // With Ctrl held the wheel is the map's (over the map, which the scroll moved up a little).
    const scrolled = await scrollSettled(page);
    const now = (await page.locator('iframe').boundingBox())!;
    expect(now.y + 90).toBeGreaterThan(0);
    await page.mouse.move(now.x + now.width / 2, now.y + 90);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(zoom).toBeGreaterThan(before.zoom);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  },
);

test(
  'the embed is no keyboard trap: Tab goes through it and out to the page',
  { tag: '@pointer' },
  async ({ page }) => {
    await page.goto(`http://localhost:${portOf(host)}/`);
    await page.locator('iframe').scrollIntoViewIfNeeded();
    await expect(page.frameLocator('iframe').locator('html')).toHaveAttribute(
      'data-map-ready',
      'true',
      { timeout: 30_000 },
    );
    await page.locator('#before').focus();
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.id === 'after');
    }
    expect(reached).toBe(true);
  },
);

test(
  '?embed=1 keeps tour links: the compact page opens the step',
  { tag: '@pointer' },
  async ({ page }) => {
    await openMap(page, '?embed=1&tour=2');
    await expect(page.locator('.tour-count')).toHaveText(`2 / ${corridor.tour!.steps.length}`);
    await expect(page.locator('.topbar')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Open the full map' })).toHaveAttribute(
      'href',
      /\/\?tour=2$/,
    );
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page).toHaveURL(/\?embed=1&tour=3$/);
    await expect(page.getByRole('link', { name: 'Open the full map' })).toHaveAttribute(
      'href',
      /\/\?tour=3$/,
    );
  },
);

test(
  '“Embed” shows the snippet for the view open now, as text only',
  { tag: '@pointer' },
  async ({ page }) => {
    await openMap(page, '?hub=aktau');
    await (await shareTool(page, 'Embed')).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this map' });
    await expect(dialog).toBeVisible();
    const snippet = await dialog.getByRole('textbox', { name: 'HTML to paste' }).inputValue();
    expect(snippet).toMatch(
      /^<iframe src="http:\/\/localhost:\d+\/\?hub=aktau&amp;embed=1" title="Map of the Middle Corridor" style="width:100%;/,
    );
    // Shown, never inserted: the page has no iframe of its own.
    expect(await page.locator('iframe').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page.locator('aside.panel h2')).toHaveText('Port of Aktau');
  },
);
