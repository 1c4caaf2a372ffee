import type { Page } from '@playwright/test';
import type { ScreenPoint } from '../../src/map/pick.ts';
import { LAYER } from '../../src/map/ids.ts';
import { HUB_LABEL_OFFSET_EM } from '../../src/map/style/hub-label-place.ts';
import { labelSizes } from '../../src/map/style/label-sizes.ts';
import { corridor, expect, openMap, project, test } from './fixtures.ts';

/** The hub label's size at a zoom: the style's linear ramp between two zooms. */
function hubLabelSize(zoom: number): number {
  const size = labelSizes(1)[LAYER.hubLabels];
  if (typeof size === 'number') return size;
  const [z0, s0, z1, s1] = size.slice(3) as number[];
  const t = Math.max(0, Math.min(1, (zoom - z0!) / (z1! - z0!)));
  return s0! + t * (s1! - s0!);
}

interface DrawnLabel {
  id: string;
  name: string;
  /** Where the drawn name starts: its own circle's centre plus the style's text offset. */
  anchor: ScreenPoint;
  /** The name's font size in pixels at this zoom. */
  size: number;
}

/** Every hub name MapLibre placed (not hidden by a collision), with where it starts on screen. */
async function drawnHubLabels(page: Page): Promise<DrawnLabel[]> {
  const drawn = await page.evaluate((layer) => {
    const map = window.__corridor!.map;
    return {
      zoom: map.getZoom(),
      ids: map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties['id'])),
    };
  }, LAYER.hubLabels);
  const size = hubLabelSize(drawn.zoom);
  const offset = HUB_LABEL_OFFSET_EM * size;
  const ids = [...new Set(drawn.ids)];
  const hubs = ids.map((id) => corridor.hubs.find((h) => h.id === id)!);
  const points = await projectAll(
    page,
    hubs.map((h) => h.coordinates),
  );
  return hubs.map((hub, i) => ({
    id: hub.id,
    name: hub.name,
    anchor: { x: points[i]!.x + offset, y: points[i]!.y },
    size,
  }));
}

/** Positions in the map's own pixels (the canvas's top left is 0, 0). */
function projectAll(page: Page, positions: [number, number][]): Promise<ScreenPoint[]> {
  return page.evaluate(
    (ps) => ps.map((p) => window.__corridor!.map.project(p)).map(({ x, y }) => ({ x, y })),
    positions,
  );
}

/** Names that run past the map's right edge, measured in the page's own Noto Sans. */
function namesPastTheEdge(page: Page, labels: DrawnLabel[]): Promise<string[]> {
  return page.evaluate(async (drawn) => {
    const context = document.createElement('canvas').getContext('2d')!;
    const width = window.__corridor!.map.getCanvas().clientWidth;
    const past: string[] = [];
    for (const { name, anchor, size } of drawn) {
      context.font = `${size}px "Noto Sans"`;
      await document.fonts.load(context.font);
      if (anchor.x + context.measureText(name).width > width) past.push(name);
    }
    return past;
  }, labels);
}

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
  { name: 'projector', width: 1920, height: 1080 },
];

for (const size of SIZES)
  test(
    `at ${size.name} size (${size.width}×${size.height}) every hub name drawn in the first view is nearest its own circle and wholly inside the map`,
    { tag: '@pointer' },
    async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await openMap(page);
      const labels = await drawnHubLabels(page);
      // The ends and the ports must be named: a check over no labels would pass on a blank map.
      expect(labels.length).toBeGreaterThanOrEqual(size.name === 'phone' ? 3 : 10);
      const circles = await projectAll(
        page,
        corridor.hubs.map((h) => h.coordinates),
      );
      const misplaced = labels.flatMap(({ id, name, anchor }) => {
        const distances = corridor.hubs.map((h, i) => ({
          id: h.id,
          name: h.name,
          d: Math.hypot(circles[i]!.x - anchor.x, circles[i]!.y - anchor.y),
        }));
        const own = distances.find((d) => d.id === id)!;
        const nearer = distances.filter((d) => d.id !== id && d.d <= own.d);
        return nearer.length > 0
          ? [`${name} is nearer ${nearer.map((n) => n.name).join(', ')}`]
          : [];
      });
      expect(misplaced).toEqual([]);
      // Nor cut by the map's edge (Xi'an, the east end, was on a phone).
      expect(await namesPastTheEdge(page, labels)).toEqual([]);
    },
  );

test(
  'a hub whose name gives way in a crowd is named once it is selected, beside its own circle',
  { tag: '@pointer' },
  async ({ page }) => {
    await openMap(page);
    const drawn = new Set((await drawnHubLabels(page)).map((l) => l.id));
    const circles = await projectAll(
      page,
      corridor.hubs.map((h) => h.coordinates),
    );
    // A hub left unnamed at the first view whose circle no other circle touches, so a click on
    // its centre can only mean it.
    const hidden = corridor.hubs.findIndex(
      (hub, i) =>
        !drawn.has(hub.id) &&
        circles.every(
          (c, j) => j === i || Math.hypot(c.x - circles[i]!.x, c.y - circles[i]!.y) > 2 * (16 + 4),
        ),
    );
    expect(hidden, 'a hub whose name the first view hides').toBeGreaterThanOrEqual(0);
    const hub = corridor.hubs[hidden]!;
    const zoom = await page.evaluate(() => window.__corridor!.map.getZoom());

    const [onPage] = await project(page, [hub.coordinates]);
    await page.mouse.click(onPage!.x, onPage!.y);
    await expect(page.locator('aside.panel h2')).toHaveText(hub.name);
    // Still the crowded view: the name wins its place, the camera did not zoom in to make room.
    expect(await page.evaluate(() => window.__corridor!.map.getZoom())).toBeCloseTo(zoom, 5);
    await expect
      .poll(() =>
        page.evaluate(
          (layer) =>
            window
              .__corridor!.map.queryRenderedFeatures({ layers: [layer] })
              .map((f) => String(f.properties['id'])),
          LAYER.hubLabelsNamed,
        ),
      )
      .toEqual([hub.id]);
    // The names it pushed aside hid; none moved beside another circle.
    const labels = await drawnHubLabels(page);
    const now = await projectAll(
      page,
      corridor.hubs.map((h) => h.coordinates),
    );
    for (const { id, name, anchor } of labels) {
      const own = now[corridor.hubs.findIndex((h) => h.id === id)]!;
      const ownDistance = Math.hypot(own.x - anchor.x, own.y - anchor.y);
      const nearer = corridor.hubs.filter(
        (h, i) =>
          h.id !== id && Math.hypot(now[i]!.x - anchor.x, now[i]!.y - anchor.y) < ownDistance,
      );
      expect(
        nearer.map((h) => h.name),
        name,
      ).toEqual([]);
    }
  },
);
