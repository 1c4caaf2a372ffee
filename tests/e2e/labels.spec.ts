import type { Page } from '@playwright/test';
import type { ScreenPoint } from '../../src/map/pick.ts';
import { LAYER } from '../../src/map/ids.ts';
import { HUB_LABEL_OFFSET_EM } from '../../src/map/style/hub-label-place.ts';
import { labelSizes } from '../../src/map/style/label-sizes.ts';
import { corridor, expect, openMap, test } from './fixtures.ts';

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
