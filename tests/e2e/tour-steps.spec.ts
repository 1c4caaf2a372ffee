import type { Page } from '@playwright/test';
import { LAYER } from '../../src/map/ids.ts';
import { corridor, expect, openMap, settle, test } from './fixtures.ts';

// Issues 12.2 and 12.3: in presenter mode, at both projector sizes, each tour step shows what it
// says on the map, and everything a class reads fits on the screen in type the back row can read.
const steps = corridor.tour!.steps;
// What is measured is where each step ends, so the camera jumps there: the flights between steps
// are the classroom tests' (classroom.spec.ts), and twenty software-drawn flights cost a minute here.
test.use({ reducedMotion: 'reduce' });
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
];

/**
 * What the class reads in the step's note, measured on screen: how far below the visible part of
 * the panel it reaches (0 or less: nothing needs a scroll), the smallest type in it, and whether
 * the tour bar's controls share one line.
 */
function onScreen(page: Page) {
  return page.evaluate(() => {
    const note = document.querySelector('.tour-note')!;
    const panel = note.closest('aside.panel')!;
    // The panel's scrolling part: the nearest ancestor of the note that scrolls.
    let scroller: Element | null = note.parentElement;
    while (scroller && scroller !== panel && getComputedStyle(scroller).overflowY === 'visible')
      scroller = scroller.parentElement;
    const visibleBottom = Math.min(
      window.innerHeight,
      (scroller ?? panel).getBoundingClientRect().bottom,
    );
    // Read by the class: the title, note, question, key figures and the "more" line, not what
    // the folded "more" holds.
    const read = [...note.querySelectorAll('h3, p, .key-figures li > *, details > summary')];
    const lowest = Math.max(...read.map((e) => e.getBoundingClientRect().bottom));
    const sizes = read.map((e) => parseFloat(getComputedStyle(e).fontSize));
    const controls = [...document.querySelectorAll('.tour-bar button')]
      .filter((b) => b.checkVisibility() && b.getBoundingClientRect().height > 0)
      .map((b) => {
        const r = b.getBoundingClientRect();
        return r.top + r.height / 2;
      });
    // The panel's charts and tables, below the note: an SVG's text is drawn at its font size
    // times the SVG's scale on screen.
    const chartText = [...panel.querySelectorAll('svg text')].map(
      (t) =>
        parseFloat(getComputedStyle(t).fontSize) *
        ((t as SVGTextElement).ownerSVGElement?.getScreenCTM()?.a ?? 1),
    );
    const tableText = [...panel.querySelectorAll('table th, table td, table span, figure p')].map(
      (e) => parseFloat(getComputedStyle(e).fontSize),
    );
    return {
      charts: chartText.length,
      chartSmallest: Math.min(Infinity, ...chartText, ...tableText),
      past: lowest - visibleBottom,
      scrolled: (scroller ?? panel).scrollTop,
      smallest: Math.min(...sizes),
      oneLine: Math.max(...controls) - Math.min(...controls) < 2,
      more: note.querySelector('details')?.open ?? null,
    };
  });
}

/** The named places' names MapLibre drew (not hidden by a collision), with where they stand. */
const NAMED_LAYERS = [
  LAYER.hubLabelsNamed,
  LAYER.cityLabelsNamed,
  LAYER.countryLabelsNamed,
  LAYER.waterLabelsNamed,
  LAYER.landformLabelsNamed,
];

interface Seen {
  /** Where each place stands on screen: a hub's circle, a drawn name's point, a segment's middle. */
  at: Record<string, { x: number; y: number }[]>;
  /** Ids of the places whose names are drawn. */
  labelled: string[];
  /** The part of the map a class sees: the canvas above the tour bar. */
  clear: { left: number; right: number; top: number; bottom: number };
}

async function seen(page: Page, places: string[]): Promise<Seen> {
  const hubs = Object.fromEntries(corridor.hubs.map((h) => [h.id, [h.coordinates]]));
  const segments = Object.fromEntries(
    corridor.segments.map((s) => [s.id, [s.coordinates[Math.floor(s.coordinates.length / 2)]!]]),
  );
  return page.evaluate(
    ({ places, hubs, segments, layers }) => {
      const map = window.__corridor!.map;
      const canvas = map.getCanvas().getBoundingClientRect();
      const bar = document.querySelector('.tour-bar')!.getBoundingClientRect();
      const drawn = map.queryRenderedFeatures({ layers });
      const on = ([lon, lat]: number[]) => {
        const { x, y } = map.project([lon!, lat!]);
        return { x: x + canvas.left, y: y + canvas.top };
      };
      const at = Object.fromEntries(
        places.map((id) => {
          const fixed = hubs[id] ?? segments[id];
          if (fixed) return [id, fixed.map(on)];
          const points = drawn.filter((f) => f.properties['id'] === id);
          return [id, points.map((f) => on((f.geometry as GeoJSON.Point).coordinates))];
        }),
      );
      const labelled = [...new Set(drawn.map((f) => String(f.properties['id'])))];
      return {
        at,
        labelled,
        clear: { left: canvas.left, right: canvas.right, top: canvas.top, bottom: bar.top },
      };
    },
    { places, hubs, segments, layers: NAMED_LAYERS },
  );
}

for (const size of SIZES)
  test(
    `at ${size.width}×${size.height} in presenter mode every step frames its places above the tour bar and draws their names`,
    { tag: '@classroom' },
    async ({ page }) => {
      // Eleven steps, each framed, labelled and measured.
      test.setTimeout(180_000);
      await page.setViewportSize(size);
      await openMap(page, '?tour=1');
      await page.keyboard.press('f');
      await expect(page.locator('html')).toHaveClass(/presenter/);
      let charted = 0;
      for (const [index, step] of steps.entries()) {
        if (index > 0) await page.keyboard.press('PageDown');
        await expect(page.locator('.tour-count')).toHaveText(`${index + 1} / ${steps.length}`);
        await settle(page);
        const segmentIds = new Set(corridor.segments.map((s) => s.id));
        // Names fade in once placed: poll until the step's are drawn.
        await expect
          .poll(
            async () => {
              const { labelled } = await seen(page, step.places);
              return step.places.filter((p) => !segmentIds.has(p) && !labelled.includes(p));
            },
            { message: `step ${index + 1}: places without a drawn name` },
          )
          .toEqual([]);
        const { at, clear } = await seen(page, step.places);
        const outside = step.places.filter(
          (p) =>
            !at[p]!.some(
              ({ x, y }) =>
                x >= clear.left && x <= clear.right && y >= clear.top && y <= clear.bottom,
            ),
        );
        expect(outside, `step ${index + 1}: places out of the clear part of the map`).toEqual([]);

        // Soft: one run lists every step that does not fit, not only the first.
        const fit = await onScreen(page);
        expect.soft(fit.scrolled, `step ${index + 1}: the panel opens at its top`).toBe(0);
        expect
          .soft(fit.past, `step ${index + 1}: px of the note below the screen`)
          .toBeLessThanOrEqual(0);
        expect.soft(fit.more, `step ${index + 1}: other figures folded`).toBe(false);
        expect.soft(fit.oneLine, `step ${index + 1}: the tour bar on one line`).toBe(true);
        // 24 px at 1080p, as the issue asks; the same share of the screen's height at 768.
        expect
          .soft(fit.smallest, `step ${index + 1}: smallest type`)
          .toBeGreaterThanOrEqual(Math.floor((24 * size.height) / 1080));
        if (size.height === 1080) {
          charted += fit.charts;
          expect
            .soft(fit.chartSmallest, `step ${index + 1}: smallest type in charts and tables`)
            .toBeGreaterThanOrEqual(24);
        }
      }
      // The check above must have met charts: three steps' panels draw one.
      if (size.height === 1080) expect(charted).toBeGreaterThan(0);
    },
  );
