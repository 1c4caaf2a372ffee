/**
 * `npm run fuzz` (not part of `npm test`): drives the reader's build (dist/) in headless Chromium
 * with generated links and random clicks and keys, and reports every page error, console error,
 * request to another host and piece of link text that became markup, each with the link or
 * action that caused it first. Goal: none. Exits 1 when there is any.
 *
 * FUZZ_SEED (default 1) makes a run repeatable; FUZZ_LINKS (default 2,000) and FUZZ_ACTIONS
 * (default 1,000) set the counts. Most links are followed as the back and forward buttons do
 * (history + popstate); every 25th, and every link with `embed`, is loaded afresh, since some
 * of the page is only read at start-up.
 */
import type { Page } from '@playwright/test';
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { geoFolder } from '../../src/data/geo-folder.ts';
import { readGeoFolder } from '../../src/data/read-geo.ts';
import { PARAMETERS } from '../../src/state/url.ts';
import { VIEWS } from '../../src/state/views.ts';
import { followLink, launchChromium, mapReady } from '../support/browser.ts';
import { portOf, serveFolder } from '../support/static-server.ts';

const SEED = Number(process.env['FUZZ_SEED'] ?? 1);
const LINKS = Number(process.env['FUZZ_LINKS'] ?? 2000);
const ACTIONS = Number(process.env['FUZZ_ACTIONS'] ?? 1000);
const FRESH_LOAD_EVERY = 25;

// The build to drive: dist/, or a folder given as the argument (an older or a broken build).
const dist = process.argv[2] ?? fileURLToPath(new URL('../../dist', import.meta.url));
const corridor = readGeoFolder(geoFolder());
const ids = [...corridor.segments.map((s) => s.id), ...corridor.hubs.map((h) => h.id)];

// A payload that would run, or leave an element behind, if link text were ever inserted as HTML.
const MARKUP = [
  '<img src=x onerror="window.__fuzzRan=1">',
  '"><svg onload="window.__fuzzRan=1">',
  '<b class="fuzz-injected">x</b>',
  'javascript:window.__fuzzRan=1',
];

const value = fc.oneof(
  fc.constantFrom(...ids, ...VIEWS, 'en', 'kk', 'ru', '2025', ...MARKUP),
  fc.constantFrom('', '0', '-1', '1e9', '01', '1.5', '0x10', 'NaN', 'Infinity', ' 3', '3 '),
  fc.integer({ min: -10, max: 40 }).map(String),
  fc.string({ maxLength: 12 }),
  fc.fullUnicodeString({ maxLength: 12 }),
  fc.constant('x'.repeat(5000)),
);
const name = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...Object.keys(PARAMETERS)) },
  { weight: 1, arbitrary: fc.constantFrom('embed', 'ref', 'utm_source', 'SEGMENT', '__proto__') },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const link = fc
  .tuple(
    fc.array(fc.tuple(name, value), { maxLength: 4 }),
    fc.option(fc.constantFrom('#', '#map', '#<b>x</b>'), { nil: '' }),
  )
  .map(([pairs, hash]) => {
    const params = new URLSearchParams();
    for (const [key, v] of pairs) params.append(key, key === 'embed' && v === '' ? '1' : v);
    const query = params.toString();
    return `/${query ? `?${query}` : ''}${hash}`;
  });

/** Problems by message, with how often and what caused each first. */
const problems = new Map<string, { count: number; cause: string }>();
let cause = 'start-up';
let externalLinks = 0;
function report(message: string): void {
  const seen = problems.get(message);
  if (seen) seen.count++;
  else problems.set(message, { count: 1, cause });
}

const server = await serveFolder(dist);
const base = `http://localhost:${portOf(server)}`;
const browser = await launchChromium();
const context = await browser.newContext({
  viewport: { width: 1280, height: 800 },
  serviceWorkers: 'block',
});
const page = await context.newPage();
// A headless browser has no print dialog; the app's wait for it is not what is tested here.
await page.addInitScript(() => {
  window.print = () => {};
});
page.on('pageerror', (error) => report(`page error: ${error.message}`));
page.on('console', (message) => {
  if (message.type() === 'error') report(`console error: ${message.text()}`);
});
page.on('popup', (popup) => void popup.close());
await page.route('**/*', (route) => {
  const url = new URL(route.request().url());
  if (url.hostname === 'localhost' || ['data:', 'blob:'].includes(url.protocol))
    return route.continue();
  // A link the reader follows to a source or a credit (new tab or this one) is theirs to follow;
  // anything the page fetches by itself from another host is a problem.
  if (route.request().isNavigationRequest()) {
    externalLinks++;
    return route.abort();
  }
  report(`request to another host: ${url.origin}`);
  return route.abort();
});

async function frames(): Promise<void> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

async function load(path: string): Promise<void> {
  // A navigation the last action started (a link followed) may still be going: try again.
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(base + path);
      break;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.waitForLoadState().catch(() => {});
    }
  }
  // A page that cannot draw its map (an embed in a tiny frame, say) still must not throw.
  await mapReady(page).catch(() => report(`map never ready after loading ${path}`));
}

/** Markup from a link that became an element, or ran. */
async function checkInjected(): Promise<void> {
  const injected = await page.evaluate(
    () =>
      ('__fuzzRan' in window ? 1 : 0) +
      document.querySelectorAll('.fuzz-injected, img[src="x"], svg[onload]').length,
  );
  if (injected > 0) report('link text was inserted as markup');
}

// Links.
const links = fc.sample(link, { numRuns: LINKS, seed: SEED });
await load('/');
for (const [n, path] of links.entries()) {
  cause = `link ${n + 1}: ${path.slice(0, 200)}`;
  if (n % FRESH_LOAD_EVERY === 0 || path.includes('embed=')) await load(path);
  else {
    await followLink(page, path);
    await frames();
  }
  await checkInjected();
  if ((n + 1) % 500 === 0) console.log(`${n + 1} links…`);
}
console.log(`${links.length} links followed`);

// Random clicks and keys, on the plain map at the sizes readers use.
const KEYS = [
  'Escape',
  'Enter',
  ' ',
  'Tab',
  'Shift+Tab',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Home',
  'End',
  'f',
  'b',
  '.',
  'n',
  'p',
  '+',
  '-',
  '?',
  'Backspace',
];
const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
];
const action = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('click' as const), pick: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('map' as const),
      x: fc.double({ min: 0, max: 1, noNaN: true }),
      y: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('key' as const), key: fc.constantFrom(...KEYS) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('wheel' as const),
      dy: fc.integer({ min: -600, max: 600 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('resize' as const), size: fc.constantFrom(...SIZES) }),
  },
);

/** Clicks the `pick`-th visible button, link, summary or form field, where a reader would. */
async function clickSomething(target: Page, pick: number): Promise<string> {
  const targets = await target.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a[href], summary, input, select, textarea')]
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(
        ({ box }) => box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
      )
      .map(({ element, box }) => ({
        label: `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`,
        x: box.left + box.width / 2,
        y: box.top + box.height / 2,
      })),
  );
  const chosen = targets[pick % Math.max(targets.length, 1)];
  if (!chosen) return 'nothing to click';
  await target.mouse.click(chosen.x, chosen.y);
  return `click ${chosen.label}`;
}

await load('/');
const actions = fc.sample(action, { numRuns: ACTIONS, seed: SEED });
for (const [n, step] of actions.entries()) {
  cause = `action ${n + 1}`;
  if (step.kind === 'click') cause += `: ${await clickSomething(page, step.pick)}`;
  else if (step.kind === 'key') {
    cause += `: key ${step.key}`;
    await page.keyboard.press(step.key);
  } else if (step.kind === 'map') {
    const box = await page.locator('canvas.maplibregl-canvas').boundingBox();
    cause += ': click on the map';
    if (box) await page.mouse.click(box.x + step.x * box.width, box.y + step.y * box.height);
  } else if (step.kind === 'wheel') {
    cause += `: wheel ${step.dy}`;
    await page.mouse.wheel(0, step.dy);
  } else {
    cause += `: window ${step.size.width}×${step.size.height}`;
    await page.setViewportSize(step.size);
  }
  // A click may leave the page (a download link, the full map from an embed): come back.
  const now = new URL(page.url());
  if (now.origin !== base || now.pathname !== '/') {
    if (process.env['FUZZ_DEBUG']) console.log(`left the page to ${now.href} after ${cause}`);
    await load('/');
  } else await frames().catch(() => load('/'));
}
console.log(
  `${actions.length} clicks and keys done; ${externalLinks} links to other sites followed`,
);

await browser.close();
server.close();

if (problems.size === 0) console.log('No page errors, console errors or requests to other hosts.');
for (const [message, { count, cause: first }] of problems)
  console.log(`${count} × ${message.slice(0, 300)}\n    first after ${first}`);
process.exit(problems.size === 0 ? 0 : 1);
