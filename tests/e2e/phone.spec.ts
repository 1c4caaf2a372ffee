import { tr } from '../../src/i18n/tr.ts';
import { distanceToPolyline } from '../../src/map/pick.ts';
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

// Phone-only behaviour; the desktop project leaves out tests tagged @touch.
test('a tap 16 px off a line selects it', { tag: '@touch' }, async ({ page }) => {
  await openMap(page);
  const id = 'lanzhou-urumqi';
  await zoomToSegment(page, id);
  const p = (await clearPointOnSegment(page, id, 45))!;
  const own = await project(page, corridor.segments.find((s) => s.id === id)!.coordinates);
  const offsets = [
    [0, 16],
    [0, -16],
    [16, 0],
    [-16, 0],
    [11.3, 11.3],
    [-11.3, 11.3],
    [11.3, -11.3],
    [-11.3, -11.3],
  ];
  const tapAt = offsets
    .map(([dx, dy]) => ({ x: p.x + dx!, y: p.y + dy! }))
    .find((q) => distanceToPolyline(q, own) >= 15);
  expect(tapAt, 'a point 15–16 px from the line').toBeDefined();
  await page.touchscreen.tap(tapAt!.x, tapAt!.y);
  await expect(page.locator('aside.panel h2')).toHaveText('Lanzhou – Ürümqi');
});

test(
  'the panel is a bottom sheet that leaves 40 % of the screen to a drawn map, and expands on request',
  { tag: '@touch' },
  async ({ page }) => {
    await openMap(page, '?segment=aktau-alat');
    const viewport = page.viewportSize()!;
    const sheet = page.locator('.panel-slot');
    await expect(page.locator('aside.panel h2')).toHaveText('Caspian ferry: Aktau – Alat');
    const collapsed = (await sheet.boundingBox())!;
    expect(collapsed.y + collapsed.height).toBeCloseTo(viewport.height, 0);
    expect(collapsed.height).toBeLessThanOrEqual(viewport.height * 0.5);
    const map = (await page.locator('.map').boundingBox())!;
    expect(map.height).toBeGreaterThanOrEqual(viewport.height * 0.4);
    expect(map.y + map.height).toBeLessThanOrEqual(collapsed.y + 1);
    await settle(page);
    // A blank canvas is almost all white; the white zoom buttons and attribution stay under 10 %.
    expect(await drawnShare(page, map)).toBeGreaterThan(0.8);
    await page.getByRole('button', { name: 'Show more text' }).tap();
    await expect
      .poll(async () => (await sheet.boundingBox())!.height)
      .toBeGreaterThan(viewport.height * 0.6);
    await page.getByRole('button', { name: 'Show more map' }).tap();
    await expect
      .poll(async () => (await sheet.boundingBox())!.height)
      .toBeLessThanOrEqual(viewport.height * 0.5);
    // The selected crossing is drawn above the sheet, not under it.
    const ferry = corridor.segments.find((s) => s.id === 'aktau-alat')!;
    await expect
      .poll(async () => {
        await settle(page);
        const sheetTop = (await sheet.boundingBox())!.y;
        return (await project(page, ferry.coordinates)).every((q) => q.y > 0 && q.y < sheetTop);
      })
      .toBe(true);
  },
);

test(
  'the route list is a drawer over the whole map; choosing an item closes it',
  { tag: '@touch' },
  async ({ page }) => {
    await openMap(page);
    await page.getByRole('button', { name: 'Route list' }).tap();
    const list = page.getByRole('navigation', { name: 'Route list' });
    await expect(list).toBeVisible();
    const drawer = (await page.locator('.route-list-slot').boundingBox())!;
    const map = (await page.locator('.map').boundingBox())!;
    expect(drawer.width).toBeCloseTo(map.width, 0);
    await list.getByRole('button', { name: /^Alat – Ganja/ }).tap();
    await expect(page.locator('aside.panel h2')).toHaveText('Alat – Ganja');
    await expect(list).toBeHidden();
  },
);

test(
  'in landscape the panel sits beside a drawn map that keeps the selection in view',
  { tag: '@touch' },
  async ({ page }) => {
    await page.setViewportSize({ width: 844, height: 390 });
    await openMap(page, '?segment=kuryk-alat');
    await expect(page.locator('aside.panel h2')).toHaveText('Caspian ferry: Kuryk – Alat');
    const map = (await page.locator('.map').boundingBox())!;
    const panel = (await page.locator('.panel-slot').boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(map.x + map.width - 1);
    expect(map.width).toBeGreaterThanOrEqual(844 * 0.4);
    expect(await drawnShare(page, map)).toBeGreaterThan(0.8);
    const ferry = corridor.segments.find((s) => s.id === 'kuryk-alat')!;
    const points = await project(page, ferry.coordinates);
    const inside = (q: { x: number; y: number }) =>
      q.x > map.x && q.x < map.x + map.width && q.y > map.y && q.y < map.y + map.height;
    expect(points.every(inside)).toBe(true);
  },
);

test(
  'the map credits are one tap away on a phone, and stay as the reader left them',
  { tag: '@touch' },
  async ({ page }) => {
    await openMap(page);
    const credits = page.locator('.maplibregl-ctrl-attrib-inner');
    await expect(credits).toBeHidden();
    await page.getByLabel('Toggle attribution').tap();
    await expect(credits).toBeVisible();
    // A new language writes the credits anew (as do the panels' words, arriving in the reader's
    // language just after the first view): open ones stay open, folded ones folded.
    await page.locator('.topbar select').selectOption('tr');
    await expect(credits).toContainText(tr.map.credits.basemap.replace('{link}', 'Natural Earth'));
    await expect(credits).toBeVisible();
    await page.getByLabel(tr.maplibre['AttributionControl.ToggleAttribution']!).tap();
    await expect(credits).toBeHidden();
    await page.locator('.topbar select').selectOption('en');
    await expect(credits).toContainText('Basemap: Natural Earth (public domain)');
    await expect(credits).toBeHidden();
  },
);

test(
  'map controls are at least 44 × 44 px on a touch screen',
  { tag: '@touch' },
  async ({ page }) => {
    await openMap(page);
    for (const control of [
      page.getByRole('button', { name: 'Zoom in' }),
      page.getByRole('button', { name: 'Route list' }),
      page.getByLabel('Toggle attribution'),
    ]) {
      const box = (await control.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
  },
);
