import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { HANDOUT_PICTURE } from '../../src/map/handout-picture.ts';
import { corridor, expect, openMap, settle, test } from './fixtures.ts';
import { printedLayout, printedPages, printWithButton, squeeze } from './handout.ts';
import { shareTool } from './tools.ts';

// Classroom tests run in the 1920×1080 "projector" project only (tag @classroom).
const steps = corridor.tour!.steps;
const title = (page: Page) => page.locator('.tour-count');
/** The size a hub label is drawn at, as MapLibre evaluated it for a label on screen. */
const hubLabelSize = (page: Page) =>
  page.evaluate(() => {
    const [label] = window.__corridor!.map.queryRenderedFeatures({ layers: ['hub-labels'] });
    const layout = label?.layer.layout as Record<string, unknown> | undefined;
    return Number(layout?.['text-size']);
  });
const center = (page: Page) =>
  page.evaluate(() => window.__corridor!.map.getCenter().toArray().join(','));

test(
  'the tour steps with clicker keys and moves the camera',
  { tag: '@classroom' },
  async ({ page }) => {
    await openMap(page);
    await page.getByRole('button', { name: 'Tour', exact: true }).click();
    await expect(title(page)).toHaveText(`1 / ${steps.length}`);
    await expect(page).toHaveURL(/\?tour=1$/);
    await expect(page.locator('.tour-note')).toContainText(steps[0]!.question);
    for (const [key, expected] of [
      ['ArrowRight', 2],
      ['PageDown', 3],
      [' ', 4],
      ['PageUp', 3],
    ] as const) {
      await settle(page);
      const before = await center(page);
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await expect(title(page)).toHaveText(`${expected} / ${steps.length}`);
      await expect(page).toHaveURL(new RegExp(`\\?tour=${expected}$`));
      await settle(page);
      expect(await center(page), `camera after ${key}`).not.toBe(before);
    }
    await page.keyboard.press('End');
    await expect(title(page)).toHaveText(`${steps.length} / ${steps.length}`);
    await page.keyboard.press('Home');
    await expect(title(page)).toHaveText(`1 / ${steps.length}`);
  },
);

test(
  '?tour=5 opens step 5; Escape closes the panel, not the tour; “Leave” then “Back to tour” returns',
  { tag: '@classroom' },
  async ({ page }) => {
    await openMap(page, '?tour=5');
    await expect(title(page)).toHaveText(`5 / ${steps.length}`);
    await expect(page.locator('.tour-note h3')).toHaveText(`Tour step 5: ${steps[4]!.title}`);
    await page.keyboard.press('Escape');
    await expect(page.locator('aside.panel')).toHaveCount(0);
    await expect(title(page)).toHaveText(`5 / ${steps.length}`);
    await page.keyboard.press('PageDown');
    await expect(title(page)).toHaveText(`6 / ${steps.length}`);
    await page.getByRole('button', { name: 'Leave tour' }).click();
    await expect(page.locator('.tour-bar')).toHaveCount(0);
    // Exploring elsewhere keeps the step to come back to.
    await page.getByRole('button', { name: 'Route list' }).click();
    await page.getByRole('button', { name: /^Xi'an – Lanzhou/ }).click();
    await expect(page.locator('aside.panel h2')).toHaveText("Xi'an – Lanzhou");
    await page.getByRole('button', { name: 'Back to tour (step 6)' }).click();
    await expect(title(page)).toHaveText(`6 / ${steps.length}`);
  },
);

test(
  'a stray click on the map keeps the tour, and the next clicker press goes on to the next step',
  { tag: '@classroom' },
  async ({ page }) => {
    await openMap(page, '?tour=3');
    await page.keyboard.press('f');
    await expect(page.locator('html')).toHaveClass(/presenter/);
    await settle(page);
    // A click on empty map away from the route.
    const box = (await page.locator('.map').boundingBox())!;
    await page.mouse.click(box.x + 30, box.y + box.height - 60);
    await expect(page.locator('.tour-bar')).toBeVisible();
    await expect(title(page)).toHaveText(`3 / ${steps.length}`);
    await page.keyboard.press('PageDown');
    await expect(title(page)).toHaveText(`4 / ${steps.length}`);
    await expect(page.locator('.tour-note h3')).toHaveText(`Tour step 4: ${steps[3]!.title}`);
  },
);

test(
  'in presenter mode the clicker is never dead: F before the tour starts it; B blacks the screen',
  { tag: '@classroom' },
  async ({ page }) => {
    await openMap(page);
    await page.keyboard.press('f');
    await expect(page.locator('html')).toHaveClass(/presenter/);
    await expect(title(page)).toHaveText(`1 / ${steps.length}`);
    await page.getByRole('button', { name: 'Leave tour' }).click();
    // Without the tour bar, a control to return stays on screen, and the clicker's key works too.
    await expect(page.getByRole('button', { name: 'Back to the tour (step 1)' })).toBeVisible();
    await page
      .locator('aside.panel h2')
      .first()
      .evaluate((el) => (el as HTMLElement).blur());
    await page.keyboard.press('PageDown');
    await expect(title(page)).toHaveText(`1 / ${steps.length}`);
    await page.keyboard.press('b');
    await expect(page.getByRole('button', { name: /Screen blacked out/ })).toBeVisible();
    await page.keyboard.press('PageDown');
    await expect(page.getByRole('button', { name: /Screen blacked out/ })).toHaveCount(0);
    // The key that ended the black screen did nothing else.
    await expect(title(page)).toHaveText(`1 / ${steps.length}`);
  },
);

test(
  'presenter mode: projector type, no chrome but the progress',
  { tag: '@classroom' },
  async ({ page }) => {
    await openMap(page, '?tour=2');
    await settle(page);
    const before = await hubLabelSize(page);
    await page.keyboard.press('f');
    await expect(page.locator('html')).toHaveClass(/presenter/);
    // The map's own labels grow with the type, for the back row.
    await expect.poll(() => hubLabelSize(page)).toBeCloseTo(before * 1.6, 1);
    const size = await page
      .locator('.tour-note p')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
    await expect(page.locator('.topbar')).toBeHidden();
    await expect(page.locator('.tour-bar')).toBeVisible();
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect(page.locator('.tour-bar')).toBeInViewport();
    await expect(page.locator('aside.panel h2')).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1024,
    );
    await page.keyboard.press('F');
    await expect(page.locator('html')).not.toHaveClass(/presenter/);
  },
);

test(
  'the printed handout is four A4 pages at most: the corridor picture, every step with its question, sources',
  { tag: '@classroom' },
  async ({ page }) => {
    await openMap(page, '?segment=aktau-alat');
    // Nothing is pictured at start-up: the picture is made when printing starts. The browser's
    // own print (Ctrl+P) uses what is ready and says how to get the picture. The handout's code
    // loads right after the map is drawn.
    await expect(page.locator('.handout')).toHaveCount(1);
    await expect(page.locator('.handout-map')).toHaveCount(0);
    expect((await printedPages(page))[0]).toContain('No picture of the map');
    const view = await center(page);
    // Where the corridor's two ends stand in the picture, seen once while it is taken.
    const ends = [...corridor.hubs].sort((a, b) => a.coordinates[0] - b.coordinates[0]);
    const [west, east] = [ends[0]!.coordinates, ends.at(-1)!.coordinates];
    await page.evaluate(
      ({ west, east, width }) => {
        const map = window.__corridor!.map;
        map.on('idle', () => {
          if (map.getContainer().clientWidth !== width) return;
          document.documentElement.dataset['pictureEnds'] = JSON.stringify([
            map.project(west).x,
            map.project(east).x,
          ]);
        });
      },
      { west, east, width: HANDOUT_PICTURE.width },
    );
    await printWithButton(page);
    // Both ends in the picture, the east end with room for its name (Xi'an was cut off).
    const [westX, eastX] = JSON.parse(
      (await page.locator('html').getAttribute('data-picture-ends'))!,
    ) as [number, number];
    expect(westX).toBeGreaterThan(0);
    expect(eastX).toBeLessThanOrEqual(HANDOUT_PICTURE.width - 60);
    expect(await page.evaluate(() => window.__corridor!.map.getMinZoom())).toBeGreaterThan(0);
    const picture = page.locator('.handout-map');
    await expect(picture).toHaveAttribute('src', /^blob:http:\/\/localhost:\d+\//);
    // Taken at 760 CSS px with twice the pixels, whatever the window's size.
    expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1520);
    // The camera went to the whole corridor for the picture and came back.
    expect(await center(page)).toBe(view);
    const pages = await printedPages(page);
    const text = squeeze(pages.join(' '));
    expect(pages.length).toBeLessThanOrEqual(4);
    expect(pages[0]).toContain('The Middle Corridor: China to Europe');
    const missing = steps.filter((s) => !text.includes(squeeze(s.question)));
    expect(missing.map((s) => s.id)).toEqual([]);
    const order = steps.map((s) => text.indexOf(squeeze(s.title)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).toContain(squeeze('Where the data comes from'));
    expect(text).toMatch(/Dataasof\d/);
    expect(text).toContain(squeeze('© OpenStreetMap contributors'));
    expect(text).not.toContain('DownloadImage');
  },
);

test(
  '“Print reference” prints every segment in full, densely: no page but the last is half empty',
  { tag: '@classroom' },
  async ({ page }) => {
    await openMap(page);
    await printWithButton(page, 'Print reference');
    const pages = await printedLayout(page);
    const text = squeeze(pages.map((p) => p.text).join(' '));
    const missing = corridor.segments.filter((s) => !text.includes(squeeze(s.name)));
    expect(missing.map((s) => s.name)).toEqual([]);
    expect(text).toContain(squeeze('News.Az, 21 October 2025'));
    expect(text).toContain('https://en.trend.az/');
    expect(text).toMatch(/Dataasof\d/);
    // Segments follow one another (51 pages when each began a page), and every page is full
    // but the last: its text reaches below three quarters of its height.
    expect(pages.length).toBeLessThan((corridor.segments.length * 2) / 3);
    const short = pages.slice(0, -1).flatMap((p, i) => (p.reach < 0.75 ? [i + 1] : []));
    expect(short, 'pages whose text stops above three quarters of the page').toEqual([]);
  },
);

test(
  '“Download image” saves a PNG of the current view',
  { tag: '@classroom' },
  async ({ page }) => {
    await openMap(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      shareTool(page, 'Download image').then((b) => b.click()),
    ]);
    expect(download.suggestedFilename()).toBe('middle-corridor-map.png');
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(1000); // width from the IHDR chunk
  },
);

test(
  'outside presenter mode the tour bar covers no part of the legend, beside a panel, on a laptop or a projector',
  { tag: '@classroom' },
  async ({ page }) => {
    await openMap(page, '?tour=5');
    await expect(title(page)).toHaveText(`5 / ${steps.length}`);
    const legend = page.locator('details.legend');
    await expect(legend).toHaveAttribute('open', '');
    for (const size of [
      { width: 1920, height: 1080 },
      { width: 1280, height: 800 },
      { width: 1024, height: 768 },
    ]) {
      await page.setViewportSize(size);
      await expect(page.locator('aside.panel')).toBeVisible();
      const [a, b] = [
        (await legend.boundingBox())!,
        (await page.locator('.tour-bar').boundingBox())!,
      ];
      const overlap =
        a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, `${size.width}×${size.height}: legend and tour bar overlap`).toBe(false);
      await expect(legend).toBeInViewport({ ratio: 1 });
    }
  },
);
