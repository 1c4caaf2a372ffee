import type { Page } from '@playwright/test';
import { MAX_ZOOM, MIN_ZOOM } from '../../src/map/limits.ts';
import { corridor, expect, openMap, settle, test } from './fixtures.ts';

const all = corridor.segments.flatMap((s) => s.coordinates);
const westEnd = all.reduce((a, b) => (b[0] < a[0] ? b : a));
const eastEnd = all.reduce((a, b) => (b[0] > a[0] ? b : a));
const southEnd = Math.min(...all.map((c) => c[1]));

/** The camera as the reader sees it: zoom, and the map's visible corners in degrees. */
function view(page: Page) {
  return page.evaluate(() => {
    const map = window.__corridor!.map;
    const b = map.getBounds();
    return {
      zoom: map.getZoom(),
      center: map.getCenter().toArray(),
      west: b.getWest(),
      east: b.getEast(),
      south: b.getSouth(),
      north: b.getNorth(),
    };
  });
}

/**
 * Moves the camera as far as asked, without animation; the map keeps it within its limits at once
 * (no need to wait for the tiles to draw).
 */
async function jump(page: Page, camera: { center?: [number, number]; zoom?: number }) {
  await page.evaluate((c) => void window.__corridor!.map.jumpTo(c), camera);
}

test('the camera stays over the corridor’s region and between its zoom limits', async ({
  page,
}) => {
  await openMap(page);
  const first = await view(page);
  await jump(page, { zoom: 1 });
  expect((await view(page)).zoom).toBeGreaterThanOrEqual(Math.min(MIN_ZOOM, first.zoom) - 0.11);
  await jump(page, { zoom: 14 });
  expect((await view(page)).zoom).toBeCloseTo(MAX_ZOOM, 5);
  // Far over the Atlantic, Japan and Antarctica: the camera stops at the first view's edge or a
  // few degrees beyond the corridor's ends, whichever is further out (a phone shows more sky).
  await jump(page, { zoom: 5, center: [-40, 40] });
  expect((await view(page)).west).toBeGreaterThan(Math.min(first.west, westEnd[0] - 10) - 2);
  await jump(page, { zoom: 5, center: [150, 40] });
  expect((await view(page)).east).toBeLessThan(Math.max(first.east, eastEnd[0] + 10) + 2);
  await jump(page, { zoom: 5, center: [70, -80] });
  expect((await view(page)).south).toBeGreaterThan(Math.min(first.south, southEnd - 10) - 2);
});

test('“Whole corridor” brings back the first view after panning and zooming away', async ({
  page,
}) => {
  await openMap(page);
  const first = await view(page);
  await jump(page, { zoom: 8, center: [49.9, 40.4] });
  const button = page.getByRole('button', { name: 'Whole corridor' });
  await expect(button).toBeVisible();
  const box = (await button.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(page.viewportSize()!.width < 700 ? 44 : 24);
  await button.focus();
  await page.keyboard.press('Enter');
  await settle(page);
  const back = await view(page);
  expect(back.zoom).toBeCloseTo(first.zoom, 2);
  expect(back.center[0]).toBeCloseTo(first.center[0], 1);
  expect(back.center[1]).toBeCloseTo(first.center[1], 1);
});

test(
  'on a phone the first view spans the corridor across at least 85 % of the map, both ends inside',
  { tag: '@touch' },
  async ({ page }) => {
    await openMap(page);
    const { ends, width, height } = await page.evaluate(
      (positions) => {
        const map = window.__corridor!.map;
        const canvas = map.getCanvas();
        return {
          ends: positions.map((p) => map.project(p)),
          width: canvas.clientWidth,
          height: canvas.clientHeight,
        };
      },
      [westEnd, eastEnd],
    );
    const [west, east] = ends;
    expect(east!.x - west!.x).toBeGreaterThanOrEqual(0.85 * width);
    for (const end of ends) {
      expect(end.x).toBeGreaterThan(0);
      expect(end.x).toBeLessThan(width);
      expect(end.y).toBeGreaterThan(0);
      expect(end.y).toBeLessThan(height);
    }
  },
);
