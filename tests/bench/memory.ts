/**
 * `npm run bench:memory`: does the page give back what it takes? In the reader's build (dist/),
 * opens and closes every panel (each segment, hub and view) 1,000 times in all, steps the tour
 * 200 times, forces garbage collection and prints how much the JavaScript heap, the DOM nodes
 * and the event listeners grew from a warmed-up start (goal: under 10 %). Prints numbers;
 * asserts nothing. Panels open as a link does (history + popstate) and close with Escape, as a
 * reader would; camera moves are instant (reduced motion) so the run measures the page, not
 * the animation.
 */
import type { CDPSession, Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { geoFolder } from '../../src/data/geo-folder.ts';
import { readGeoFolder } from '../../src/data/read-geo.ts';
import { VIEWS } from '../../src/state/views.ts';
import { followLink, launchChromium, mapReady } from '../support/browser.ts';
import { portOf, serveFolder } from '../support/static-server.ts';

const OPENINGS = 1000;
const TOUR_STEPS = 200;

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const corridor = readGeoFolder(geoFolder());
const panels = [
  ...corridor.segments.map((s) => `?segment=${s.id}`),
  ...corridor.hubs.map((h) => `?hub=${h.id}`),
  ...VIEWS.map((v) => `?view=${v}`),
];
const tourLength = corridor.tour?.steps.length ?? 0;

interface Reading {
  heap: number;
  nodes: number;
  listeners: number;
}

async function reading(cdp: CDPSession): Promise<Reading> {
  // Twice: objects freed by the first collection can release more in the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes, listeners: jsEventListeners };
}

async function openAndClose(page: Page, query: string): Promise<void> {
  await followLink(page, query);
  await page.locator('aside.panel h2').first().waitFor();
  await page.keyboard.press('Escape');
  await page.locator('aside.panel').waitFor({ state: 'detached' });
}

/** Steps the tour `count` times, forward to the end and back again, then leaves it. */
async function stepTour(page: Page, count: number): Promise<void> {
  await followLink(page, '?tour=1');
  await page
    .locator('.tour-count')
    .filter({ hasText: `1 / ${tourLength}` })
    .waitFor();
  let step = 1;
  let direction = 1;
  for (let n = 0; n < count; n++) {
    if (step + direction < 1 || step + direction > tourLength) direction = -direction;
    step += direction;
    await page.keyboard.press(direction > 0 ? 'PageDown' : 'PageUp');
    await page
      .locator('.tour-count')
      .filter({ hasText: `${step} / ${tourLength}` })
      .waitFor();
  }
  await page.getByRole('button', { name: 'Leave' }).click();
  if (await page.locator('aside.panel').count()) await page.keyboard.press('Escape');
  await page.locator('aside.panel').waitFor({ state: 'detached' });
}

const server = await serveFolder(dist);
const browser = await launchChromium();
const context = await browser.newContext({
  viewport: { width: 1280, height: 800 },
  reducedMotion: 'reduce',
  serviceWorkers: 'block',
});
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await page.goto(`http://localhost:${portOf(server)}/`);
await mapReady(page);

// Warm-up: every panel once and one pass of the tour, so code loaded on demand, caches and the
// map's tiles of each place are in the starting figure, not counted as growth.
for (const query of panels) await openAndClose(page, query);
await stepTour(page, 2 * (tourLength - 1));
const start = await reading(cdp);

const began = performance.now();
for (let n = 0; n < OPENINGS; n++) await openAndClose(page, panels[n % panels.length]!);
await stepTour(page, TOUR_STEPS);
const minutes = (performance.now() - began) / 60_000;
const end = await reading(cdp);

await browser.close();
server.close();

const row = (label: string, before: number, after: number, unit = '') =>
  console.log(
    `  ${label.padEnd(18)} ${before.toLocaleString('en')}${unit} → ${after.toLocaleString('en')}${unit}` +
      `  (${after >= before ? '+' : ''}${(((after - before) / before) * 100).toFixed(1)} %)`,
  );
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
console.log(
  `${OPENINGS} panel openings and closings over ${panels.length} panels, then ${TOUR_STEPS} tour ` +
    `steps, in ${minutes.toFixed(1)} min; after garbage collection, from a warmed-up start:`,
);
row('JavaScript heap', mb(start.heap), mb(end.heap), ' MB');
row('DOM nodes', start.nodes, end.nodes);
row('event listeners', start.listeners, end.listeners);
