/**
 * Picking that matches intent: where two lines lie about as near, a small list asks which one;
 * and on a phone, a tap on the middle of a line opens that line, not a hub beside it.
 */
import type { Page } from '@playwright/test';
import {
  distanceToPolyline,
  nearestOnSegment,
  shiftRight,
  type ScreenPoint,
} from '../../src/map/pick.ts';
import { REACH } from '../../src/map/picking.ts';
import { hubDrawnRadius } from '../../src/map/style/hub-size.ts';
import { LANE_OFFSET_PX } from '../../src/map/style/route.ts';
import { clearOfUi, corridor, expect, openMap, project, settle, test } from './fixtures.ts';

const panelTitle = (page: Page) => page.locator('aside.panel h2');
const chooser = (page: Page) => page.getByRole('dialog', { name: 'Which line?' });
const nameOf = (id: string) => corridor.segments.find((s) => s.id === id)!.name;

/**
 * Every segment's and hub's place on screen now: each line where it is drawn, in its lane (a line
 * sharing a stretch with another is drawn a few pixels to one side of its track).
 */
async function onScreen(page: Page) {
  const tracks = await Promise.all(corridor.segments.map((s) => project(page, s.coordinates)));
  const lines = tracks.map((track, i) =>
    shiftRight(track, corridor.segments[i]!.lane * LANE_OFFSET_PX),
  );
  const hubs = await project(
    page,
    corridor.hubs.map((h) => h.coordinates),
  );
  return { tracks, lines, hubs };
}

/** The point of a polyline nearest to `p`. */
function nearestOn(points: ScreenPoint[], p: ScreenPoint): ScreenPoint {
  const nearest = points
    .slice(1)
    .map((b, i) => nearestOnSegment(p, points[i]!, b))
    .sort((m, n) => Math.hypot(m.x - p.x, m.y - p.y) - Math.hypot(n.x - p.x, n.y - p.y));
  return nearest[0] ?? points[0]!;
}

/**
 * Where the two Caspian ferries into Alat share a stretch, well away from every hub's circle and
 * from any other line: the point between their two drawn lanes (a click there could mean either),
 * and a point on each lane.
 */
async function whereFerriesMeet(
  page: Page,
): Promise<{ between: ScreenPoint; kuryk: ScreenPoint; aktau: ScreenPoint } | null> {
  const { tracks, lines, hubs } = await onScreen(page);
  const inside = await clearOfUi(page);
  const index = (id: string) => corridor.segments.findIndex((s) => s.id === id);
  const [a, b] = [tracks[index('kuryk-alat')]!, tracks[index('aktau-alat')]!];
  const others = lines.filter((_, i) => i !== index('kuryk-alat') && i !== index('aktau-alat'));
  for (let i = 1; i < a.length; i++)
    for (let t = 0; t < 1; t += 0.05) {
      const p = {
        x: a[i - 1]!.x + (a[i]!.x - a[i - 1]!.x) * t,
        y: a[i - 1]!.y + (a[i]!.y - a[i - 1]!.y) * t,
      };
      if (
        inside(p) &&
        distanceToPolyline(p, b) <= 1 &&
        hubs.every((h) => Math.hypot(h.x - p.x, h.y - p.y) > 16) &&
        others.every((line) => distanceToPolyline(p, line) > 14)
      ) {
        const kuryk = nearestOn(lines[index('kuryk-alat')]!, p);
        const aktau = nearestOn(lines[index('aktau-alat')]!, p);
        return {
          between: { x: (kuryk.x + aktau.x) / 2, y: (kuryk.y + aktau.y) / 2 },
          kuryk,
          aktau,
        };
      }
    }
  return null;
}

test(
  'where two ferries share a stretch, each is drawn in its own lane and a click on it opens it',
  { tag: '@pointer' },
  async ({ page }) => {
    await openMap(page);
    const at = await whereFerriesMeet(page);
    expect(at, 'a point where the two ferries share a stretch').not.toBeNull();
    const { kuryk, aktau } = at!;
    // Side by side: the two lanes lie a line's width apart, not on top of each other.
    expect(Math.hypot(kuryk.x - aktau.x, kuryk.y - aktau.y)).toBeGreaterThan(4.5);
    for (const [id, p] of [
      ['kuryk-alat', kuryk],
      ['aktau-alat', aktau],
    ] as const) {
      await page.mouse.click(p.x, p.y);
      await expect(panelTitle(page)).toHaveText(nameOf(id));
      await page.keyboard.press('Escape');
      await expect(page.locator('aside.panel')).toHaveCount(0);
    }
  },
);

test(
  "between two ferries' lanes, a click asks which one is meant",
  { tag: '@pointer' },
  async ({ page }) => {
    await openMap(page);
    const at = await whereFerriesMeet(page);
    expect(at, 'a point where the two ferries share a stretch').not.toBeNull();
    const p = at!.between;

    await page.mouse.click(p!.x, p!.y);
    const list = chooser(page);
    await expect(list).toBeVisible();
    const kuryk = list.getByRole('button', { name: nameOf('kuryk-alat') });
    await expect(list.getByRole('button')).toHaveCount(2);
    await expect(list.getByRole('button', { name: nameOf('aktau-alat') })).toBeVisible();
    await expect(list.getByRole('button').first()).toBeFocused();

    // Escape closes it without choosing, and focus goes back to the map.
    await page.keyboard.press('Escape');
    await expect(list).toHaveCount(0);
    await expect(page.locator('canvas.maplibregl-canvas')).toBeFocused();
    await expect(page.locator('aside.panel')).toHaveCount(0);

    // A click elsewhere closes it without choosing too.
    await page.mouse.click(p!.x, p!.y);
    await expect(list).toBeVisible();
    await page.mouse.click(p!.x + 150, p!.y - 250);
    await expect(list).toHaveCount(0);
    await expect(page.locator('aside.panel')).toHaveCount(0);

    // Choosing one opens it, from the keyboard as from the mouse.
    await page.mouse.click(p!.x, p!.y);
    await expect(list.getByRole('button').first()).toBeFocused();
    await kuryk.focus();
    await page.keyboard.press('Enter');
    await expect(list).toHaveCount(0);
    await expect(panelTitle(page)).toHaveText(nameOf('kuryk-alat'));
    await expect(page).toHaveURL(/\?segment=kuryk-alat$/);
  },
);

/** The point halfway along a polyline's on-screen length. */
function middle(points: ScreenPoint[]): ScreenPoint {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y));
  let left = lengths.reduce((sum, l) => sum + l, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    const l = lengths[i]!;
    if (left <= l && l > 0) {
      const [a, b] = [points[i]!, points[i + 1]!];
      return { x: a.x + ((b.x - a.x) * left) / l, y: a.y + ((b.y - a.y) * left) / l };
    }
    left -= l;
  }
  return points[0]!;
}

/**
 * Taps the middle of every segment whose middle is on screen and off every hub's circle, each
 * from the same view with nothing open, and says what each tap opened.
 */
async function tapEveryMiddle(page: Page) {
  const view = await page.evaluate(() => {
    const map = window.__corridor!.map;
    return {
      center: map.getCenter().toArray() as [number, number],
      zoom: map.getZoom(),
      bearing: map.getBearing(),
      pitch: map.getPitch(),
      padding: map.getPadding(),
    };
  });
  const { tracks, lines, hubs } = await onScreen(page);
  const inside = await clearOfUi(page);
  const middles = corridor.segments
    .map((s, i) => ({ segment: s, at: middle(lines[i]!) }))
    .filter((t) => inside(t.at));
  // A middle that lies on a hub's drawn circle (a line a few pixels long between two dots) is a
  // tap on that hub, and opening the hub is right: those are counted apart, not as line taps.
  const reach = (i: number) =>
    hubDrawnRadius(corridor.hubs[i]!.kind, view.zoom) + REACH.touch.hubSlack;
  const onACircle = (p: ScreenPoint) =>
    hubs.some((h, i) => Math.hypot(h.x - p.x, h.y - p.y) <= reach(i));
  const targets = middles.filter((t) => !onACircle(t.at));

  const outcomes: string[] = [];
  let lastTap = { x: -100, y: -100, at: 0 };
  for (const { segment, at } of targets) {
    // Back to the same view with nothing open, so every tap meets the same map.
    await page.evaluate((v) => window.__corridor!.map.jumpTo(v), view);
    await settle(page);
    const [start] = await project(page, [segment.coordinates[0]!]);
    const [was] = tracks[corridor.segments.indexOf(segment)]!;
    expect(Math.hypot(start!.x - was!.x, start!.y - was!.y), 'the same view').toBeLessThan(0.5);
    // Two taps within 30 px and 500 ms are MapLibre's double-tap zoom. (Time is the rule here.)
    if (Math.hypot(at.x - lastTap.x, at.y - lastTap.y) < 30)
      await expect.poll(() => Date.now() - lastTap.at).toBeGreaterThan(500);
    await page.touchscreen.tap(at.x, at.y);
    lastTap = { ...at, at: Date.now() };
    // What the tap opened: the list of near lines, a panel, or (after a wait) nothing.
    const opened = await page
      .waitForFunction(
        () =>
          document.querySelector('[role="dialog"] ul')?.textContent ??
          document.querySelector('aside.panel h2')?.textContent,
        undefined,
        { timeout: 3_000 },
      )
      .then((handle) => handle.jsonValue() as Promise<string>)
      .catch(() => '(nothing)');
    // A list that offers the tapped line counts as right: the reader gets it with one more tap.
    const asked = (await chooser(page).count()) > 0;
    const right = asked
      ? (await chooser(page).getByRole('button', { name: segment.name }).count()) > 0
      : opened.trim() === segment.name;
    outcomes.push(
      `${segment.id}: ${opened.trim().replace(/\s+/g, ' ')} ${right ? '✓' : '✗'}${asked ? ' (asked)' : ''}`,
    );
    if (asked || (await page.locator('aside.panel').count())) await page.keyboard.press('Escape');
    await expect(page.locator('aside.panel')).toHaveCount(0);
    await expect(chooser(page)).toHaveCount(0);
  }
  const right = outcomes.filter((o) => o.includes('✓')).length;
  const report =
    `taps that opened their line: ${right} of ${targets.length}; ` +
    `${middles.length - targets.length} more middles on screen lie on a hub's circle\n` +
    outcomes.join('\n');
  console.log(report);
  return { right, tapped: targets.length, onScreen: middles.length, report };
}

test(
  'at the phone’s first view, a tap on the middle of a line opens that line',
  { tag: '@touch' },
  async ({ page }) => {
    test.setTimeout(360_000);
    await openMap(page);
    const { right, tapped, report } = await tapEveryMiddle(page);
    expect(tapped, 'middles on screen and off every circle').toBeGreaterThanOrEqual(10);
    expect(right / tapped, report).toBeGreaterThanOrEqual(0.9);
  },
);
