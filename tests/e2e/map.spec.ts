import { SOURCE } from '../../src/map/ids.ts';
import {
  clearPointOnSegment,
  corridor,
  drawnShare,
  expect,
  openMap,
  project,
  settle,
  test,
  zoomToSegment,
} from './fixtures.ts';

const panelTitle = (page: import('@playwright/test').Page) => page.locator('aside.panel h2');

test('the first view shows every segment of the corridor, Xi’an to Istanbul and Constanța', async ({
  page,
}) => {
  await openMap(page);
  const rendered = await page.evaluate(() => {
    const map = window.__corridor!.map;
    const features = map.queryRenderedFeatures({
      layers: ['route-rail', 'route-sea', 'route-road'],
    });
    return [...new Set(features.map((f) => String(f.properties['id'])))];
  });
  expect(rendered.sort()).toEqual(corridor.segments.map((s) => s.id).sort());

  const viewport = page.viewportSize()!;
  const ends = ['xian', 'istanbul', 'constanta'].map(
    (id) => corridor.hubs.find((h) => h.id === id)!.coordinates,
  );
  for (const p of await project(page, ends)) {
    expect(p.x).toBeGreaterThan(0);
    expect(p.x).toBeLessThan(viewport.width);
    expect(p.y).toBeGreaterThan(0);
    expect(p.y).toBeLessThan(viewport.height);
  }
  expect(await drawnShare(page, (await page.locator('.map').boundingBox())!)).toBeGreaterThan(0.8);
});

test(
  'on a wide screen the map credits show without a click, also beside a panel',
  { tag: '@pointer' },
  async ({ page }) => {
    await openMap(page, '?segment=kuryk-alat');
    await expect(page.getByText('Natural Earth', { exact: true })).toBeVisible();
    await expect(page.getByText('OpenStreetMap', { exact: true })).toBeVisible();
  },
);

// Three tests of a third of the segments each, in the route's order: one test of all of them took
// close to three minutes and was the last to finish, keeping the other workers idle.
const PARTS = 3;
test.describe('each segment', () => {
  // These tests are about which line a click picks, not the flight to it (access.spec.ts and
  // camera.spec.ts fly): with reduced motion the camera jumps, sparing 38 software-drawn flights.
  test.use({ reducedMotion: 'reduce' });
  const PART_SIZE = Math.ceil(corridor.segments.length / PARTS);
  for (let part = 0; part < PARTS; part++) {
    const segments = corridor.segments.slice(part * PART_SIZE, (part + 1) * PART_SIZE);
    test(`clicking each segment opens its panel and writes the URL (part ${part + 1} of ${PARTS})`, async ({
      page,
    }, testInfo) => {
      const tap = testInfo.project.name === 'phone';
      await openMap(page);
      let lastTap = { x: -100, y: -100, at: 0 };
      for (const segment of segments) {
        await settle(page);
        // A finger gets 20 px of tolerance, so the point must be clear of other features by more.
        const clearance = tap ? 24 : 14;
        let point = await clearPointOnSegment(page, segment.id, clearance);
        for (const closer of [0, 1.5]) {
          if (point) break;
          await zoomToSegment(page, segment.id, closer);
          point = await clearPointOnSegment(page, segment.id, clearance);
        }
        expect(point, `a clear point on ${segment.id}`).not.toBeNull();
        if (tap) {
          // Two taps within 30 px and 500 ms are MapLibre's double-tap zoom, not two selections:
          // wait out that window when the next point is that close. (Time is the rule here.)
          if (Math.hypot(point!.x - lastTap.x, point!.y - lastTap.y) < 30)
            await expect.poll(() => Date.now() - lastTap.at).toBeGreaterThan(500);
          await page.touchscreen.tap(point!.x, point!.y);
          lastTap = { ...point!, at: Date.now() };
        } else await page.mouse.click(point!.x, point!.y);
        await expect(panelTitle(page)).toHaveText(segment.name);
        await expect(page).toHaveURL(new RegExp(`\\?segment=${segment.id}$`));
        await expect(page.getByTestId('segment-length')).toHaveText(/^\d{1,3}(,\d{3})* km$/);
        await settle(page);
      }
    });
  }
});

test('clicking a hub opens the hub’s panel', async ({ page }, testInfo) => {
  await openMap(page, '?segment=kuryk-alat');
  await expect(panelTitle(page)).toHaveText('Caspian ferry: Kuryk – Alat');
  await settle(page);
  const kuryk = corridor.hubs.find((h) => h.id === 'kuryk')!;
  const [p] = await project(page, [kuryk.coordinates]);
  if (testInfo.project.name === 'phone') await page.touchscreen.tap(p!.x, p!.y);
  else await page.mouse.click(p!.x, p!.y);
  await expect(panelTitle(page)).toHaveText(kuryk.name);
  await expect(page).toHaveURL(/\?hub=kuryk$/);
});

test('a deep link opens the panel, and close and Escape close it', async ({ page }) => {
  await openMap(page, '?segment=aktau-alat');
  await expect(panelTitle(page)).toHaveText('Caspian ferry: Aktau – Alat');
  await expect(page.locator('aside.panel')).toContainText('Kazakhstan, Azerbaijan');
  await page.getByRole('button', { name: 'Close panel' }).click();
  await expect(page.locator('aside.panel')).toHaveCount(0);
  await expect(page).toHaveURL(/\/$/);

  await openMap(page, '?hub=alat');
  await expect(panelTitle(page)).toHaveText('Port of Baku (Alat)');
  await page.keyboard.press('Escape');
  await expect(page.locator('aside.panel')).toHaveCount(0);
});

test('an unknown id in the URL shows a notice and the plain map, as text', async ({ page }) => {
  await openMap(page, '?segment=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(page.getByRole('status')).toContainText('does not have');
  await expect(page.locator('aside.panel')).toHaveCount(0);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('<img');
});

// Phones have no hover: the phone project leaves out tests tagged @pointer.
test('hovering near a line shows a pointer', { tag: '@pointer' }, async ({ page }) => {
  await openMap(page);
  const point = await clearPointOnSegment(page, 'lanzhou-urumqi');
  await page.mouse.move(point!.x + 6, point!.y + 6);
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveCSS('cursor', 'pointer');
});

test(
  'a click highlights the segment on the map; leaving the map clears the hover',
  { tag: '@pointer' },
  async ({ page }) => {
    await openMap(page);
    const state = (id: string) =>
      page.evaluate(({ source, id }) => window.__corridor!.map.getFeatureState({ source, id }), {
        source: SOURCE.route,
        id,
      });
    const nameOf = (id: string) => corridor.segments.find((s) => s.id === id)!.name;
    const first = await clearPointOnSegment(page, 'lanzhou-urumqi');
    expect(first, 'a clear point on lanzhou-urumqi').not.toBeNull();
    await page.mouse.click(first!.x, first!.y);
    await expect(panelTitle(page)).toHaveText(nameOf('lanzhou-urumqi'));
    await expect.poll(() => state('lanzhou-urumqi')).toMatchObject({ selected: true });

    // The next selection takes the highlight: only one segment carries it. (The panel took
    // room from the map, so the point is found again, zooming in if the ferries lie too close.)
    await settle(page);
    let second = await clearPointOnSegment(page, 'aktau-alat');
    for (const closer of [0, 1.5]) {
      if (second) break;
      await zoomToSegment(page, 'aktau-alat', closer);
      second = await clearPointOnSegment(page, 'aktau-alat');
    }
    expect(second, 'a clear point on aktau-alat').not.toBeNull();
    await page.mouse.click(second!.x, second!.y);
    await expect(panelTitle(page)).toHaveText(nameOf('aktau-alat'));
    await expect.poll(() => state('aktau-alat')).toEqual({ selected: true, hover: true });
    expect(await state('lanzhou-urumqi')).toMatchObject({ selected: false });

    // Off the map onto the legend: nothing stays hovered, the selection stays.
    const legend = (await page.locator('.legend').boundingBox())!;
    await page.mouse.move(legend.x + legend.width / 2, legend.y + legend.height / 2);
    await expect.poll(() => state('aktau-alat')).toEqual({ selected: true, hover: false });
  },
);
