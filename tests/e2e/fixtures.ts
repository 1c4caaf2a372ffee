/**
 * Shared end-to-end fixtures: every test fails on a page error, a console error, or a request
 * to any host but localhost; and helpers to find where a segment or hub is on screen.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { geoFolder } from '../../src/data/geo-folder.ts';
import { readGeoFolder } from '../../src/data/read-geo.ts';
import { distanceToPolyline, type ScreenPoint } from '../../src/map/pick.ts';

/** The data the build under test was made from: CORRIDOR_GEO's folder, else geo/. */
export const corridor = readGeoFolder(geoFolder());

export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        const local = ['data:', 'blob:', 'file:'].includes(url.protocol);
        if (url.hostname === 'localhost' || local) return route.continue();
        problems.push(`request to another host: ${url.href}`);
        return route.abort();
      });
      await use();
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens a page of the app and waits until the map is drawn and any linked camera move ended. */
export async function openMap(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator('html')).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
  await settle(page);
}

/** Waits until the map has caught up with layout changes and camera moves. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    await frame();
    await frame();
    const map = window.__corridor!.map;
    // MapLibre resizes from a ResizeObserver, up to 50 ms after the layout changed.
    const canvas = map.getCanvas();
    const box = map.getContainer();
    if (canvas.clientWidth !== box.clientWidth || canvas.clientHeight !== box.clientHeight)
      await new Promise((resolve) => map.once('resize', resolve));
    if (map.isMoving() || !map.loaded()) await new Promise((resolve) => map.once('idle', resolve));
  });
}

export async function project(page: Page, coordinates: [number, number][]): Promise<ScreenPoint[]> {
  return page.evaluate((positions) => {
    const map = window.__corridor!.map;
    const canvas = map.getCanvas().getBoundingClientRect();
    return positions.map((position) => {
      const { x, y } = map.project(position);
      return { x: x + canvas.left, y: y + canvas.top };
    });
  }, coordinates);
}

/** Screen rectangles a click must avoid: the legend, panel, controls and notices. */
async function blockedRects(page: Page) {
  return page.evaluate(() => {
    const selectors = [
      '.legend',
      '.panel-slot',
      '.maplibregl-ctrl',
      '.notice',
      '.topbar',
      '.tour-bar',
    ];
    const rects = selectors.flatMap((s) =>
      [...document.querySelectorAll(s)].map((el) => el.getBoundingClientRect()),
    );
    const canvas = window.__corridor!.map.getCanvas().getBoundingClientRect();
    return {
      rects: rects.map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })),
      canvas: { left: canvas.left, right: canvas.right, top: canvas.top, bottom: canvas.bottom },
    };
  });
}

/** Whether a page point is on the map, 8 px inside its edge, and 4 px clear of any UI over it. */
export async function clearOfUi(page: Page): Promise<(p: ScreenPoint) => boolean> {
  const { rects, canvas } = await blockedRects(page);
  return (p) =>
    p.x > canvas.left + 8 &&
    p.x < canvas.right - 8 &&
    p.y > canvas.top + 8 &&
    p.y < canvas.bottom - 8 &&
    !rects.some(
      (r) => p.x > r.left - 4 && p.x < r.right + 4 && p.y > r.top - 4 && p.y < r.bottom + 4,
    );
}

/**
 * A point on the segment, on screen, clear of UI and at least `clearance` px from every other
 * segment and hub, so a click there can only mean this segment. Null if there is none.
 */
export async function clearPointOnSegment(
  page: Page,
  id: string,
  clearance = 14,
): Promise<ScreenPoint | null> {
  const segment = corridor.segments.find((s) => s.id === id)!;
  const others = corridor.segments.filter((s) => s.id !== id);
  const [own, hubs, ...otherLines] = await Promise.all([
    project(page, segment.coordinates),
    project(
      page,
      corridor.hubs.map((h) => h.coordinates),
    ),
    ...others.map((s) => project(page, s.coordinates)),
  ]);
  const inside = await clearOfUi(page);
  const candidates: ScreenPoint[] = [];
  for (let i = 1; i < own!.length; i++) {
    const a = own![i - 1]!;
    const b = own![i]!;
    for (const t of [0.5, 0.25, 0.75])
      candidates.push({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
  }
  return (
    candidates.find(
      (p) =>
        inside(p) &&
        hubs!.every((h) => Math.hypot(h.x - p.x, h.y - p.y) > clearance) &&
        otherLines.every((line) => distanceToPolyline(p, line) > clearance),
    ) ?? null
  );
}

/**
 * Moves the camera (no animation) so a segment fills the part of the map the panel leaves
 * free; `closer` zooms further in around the segment's middle for short segments among others.
 */
export async function zoomToSegment(page: Page, id: string, closer = 0): Promise<void> {
  const segment = corridor.segments.find((s) => s.id === id)!;
  await page.evaluate(
    ({ coordinates, closer }) => {
      const map = window.__corridor!.map;
      const canvas = map.getCanvas().getBoundingClientRect();
      const sheet = document.querySelector('.panel-slot')?.getBoundingClientRect();
      const covered = sheet && sheet.top > canvas.top ? Math.max(0, canvas.bottom - sheet.top) : 0;
      const lons = coordinates.map((c) => c[0]);
      const lats = coordinates.map((c) => c[1]);
      map.fitBounds(
        [
          [Math.min(...lons), Math.min(...lats)],
          [Math.max(...lons), Math.max(...lats)],
        ],
        { padding: { top: 60, left: 40, right: 60, bottom: covered + 60 }, duration: 0 },
      );
      const middle = coordinates[Math.floor(coordinates.length / 2)]!;
      if (closer) map.zoomTo(map.getZoom() + closer, { duration: 0, around: middle });
    },
    { coordinates: segment.coordinates, closer },
  );
  await settle(page);
}

/**
 * The share of the map's on-screen pixels inside `box` that are drawn (not blank page white), from
 * a real screenshot: what a reader sees, which the WebGL buffer alone cannot tell.
 */
export async function drawnShare(
  page: Page,
  box: { x: number; y: number; width: number; height: number },
): Promise<number> {
  const png = (await page.screenshot({ clip: box })).toString('base64');
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let drawn = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i] !== 255 || data[i + 1] !== 255 || data[i + 2] !== 255) drawn++;
    return drawn / (data.length / 4);
  }, png);
}
