/**
 * `npm run bench`: what the production build weighs (gzip), split into our code, our data and
 * MapLibre; how long the map takes to first become idle in headless Chromium, when the page
 * first paints and how long the main thread is blocked until then; and Lighthouse's
 * figures (lighthouse.ts), each against a bare MapLibre page that draws the same style and data.
 * Prints numbers; asserts nothing. BENCH_RUNS sets the runs per page (default 7);
 * BENCH_COMPARE=<folder> adds an earlier build (a copy of its dist/) to the Lighthouse rounds;
 * BENCH_SIZES_ONLY=1 prints the sizes and stops.
 */
import { chromium } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { corridorData } from '../../src/data/vite-plugin.ts';
import { launchChromium, mapReady } from '../support/browser.ts';
import { portOf, serveFolder } from '../support/static-server.ts';
import { lighthouseRounds, median, printLighthouse } from './lighthouse.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const bareOut = '/tmp/corridor-bench-bare';
const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);

/**
 * The files of `folder`'s assets/ that the first view asks for: the requests the page starts
 * before its map is first idle (the "map-ready" mark), by the page's own resource timing. Our
 * code that is not among them loads after the first view is complete (the print sheets, so that
 * the browser's own Print finds them) or only when a reader asks for it (a place's panel, a view,
 * the embed dialog, the list that asks which line).
 */
async function firstViewFiles(folder: string): Promise<Set<string>> {
  const server = await serveFolder(folder);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`http://localhost:${portOf(server)}/`);
  await mapReady(page);
  // Counting requests as the browser reports them would also count what starts a moment after the
  // mark, before the test's polling sees it; the page's timeline says what started before.
  const paths = await page.evaluate(() => {
    const ready = performance.getEntriesByName('map-ready')[0]!.startTime;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime <= ready)
      .map((entry) => new URL(entry.name).pathname);
  });
  const files = new Set(
    paths.filter((p) => p.startsWith('/assets/')).map((p) => p.slice('/assets/'.length)),
  );
  await browser.close();
  server.close();
  return files;
}

const CODE_AT_START = 'our code and styles, at start-up';
const FIRST_VIEW_DATA = "first-view data (basemap, route, content, the page's route list)";

async function sizes(folder: string) {
  const atStart = await firstViewFiles(folder);
  const groups: Record<string, number> = {};
  // The .gz and .br copies beside each file are for web servers, not more to download.
  const files = readdirSync(join(folder, 'assets')).filter((f) => !/\.(gz|br|map)$/.test(f));
  for (const file of files) {
    const bytes = gzipSync(readFileSync(join(folder, 'assets', file))).length;
    const language = /^(?:words|messages)-([a-z]{2})-/.exec(file)?.[1];
    const comparison = /^compare-[a-z]{2}-/.test(file);
    const panels = file.includes('-panels-');
    const group = file.startsWith('maplibre')
      ? 'MapLibre (library, styles, worker)'
      : comparison
        ? 'the route comparison, each language (loaded when its view opens)'
        : // The corridor's data chunk by its group's name (vite.config.ts): a chunk of our code
          // that Rolldown happens to call "data-…" is code, not data.
          file.startsWith('corridor-data-') ||
            file.startsWith('basemap-') ||
            (language === 'en' && !panels)
          ? FIRST_VIEW_DATA
          : language === 'en'
            ? "en: the panels' words, loaded once the map is drawn"
            : language
              ? `${language}: ${panels ? "the panels' words, once drawn" : 'first-view words and messages'}`
              : file.endsWith('.geojson')
                ? 'basemap 10m detail (fetched from zoom 5.5)'
                : file.startsWith('noto-sans')
                  ? 'fonts (loaded only when drawn)'
                  : atStart.has(file)
                    ? CODE_AT_START
                    : 'our code and styles, loaded after the first view or when asked for';
    groups[group] = (groups[group] ?? 0) + bytes;
  }
  // The page is ours too: the shell, the CSP, the links to the code. Its route list (every
  // segment's name and length, written from geo/ at build time for readers without JavaScript)
  // is first-view data: the page's gzip size with and without it tells its share.
  const html = readFileSync(join(folder, 'index.html'), 'utf8');
  const withoutList = html.replace(/<nav class="shell-list"[\s\S]*?<\/nav>/, '');
  if (withoutList === html) throw new Error(`${folder}/index.html: no route list (nav.shell-list)`);
  const page = gzipSync(html).length;
  const pageCode = gzipSync(withoutList).length;
  groups[CODE_AT_START] = (groups[CODE_AT_START] ?? 0) + pageCode;
  groups[FIRST_VIEW_DATA] = (groups[FIRST_VIEW_DATA] ?? 0) + page - pageCode;
  return groups;
}

/** One page load until the map is first idle, as the page measured it. */
interface StartUp {
  idleMs: number;
  firstPaintMs: number;
  /**
   * Main-thread blocking from navigation to the first idle map: each long task's time beyond
   * 50 ms, summed. Lighthouse's "total blocking time" counts only what comes after the first
   * paint, so a page that paints early (the app's shell) is charged for work a page that paints
   * late (the bare map) does before its paint; this counts both pages' work alike.
   */
  blockingMs: number;
}

async function startUps(url: string): Promise<StartUp[]> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const runs: StartUp[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const tasks: [number, number][] = [];
      (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url);
    // Both pages mark the first idle map with performance.mark('map-ready').
    const ready = () => performance.getEntriesByName('map-ready')[0]?.startTime;
    await page.waitForFunction(ready, null, { timeout: 60_000 });
    runs.push(
      await page.evaluate(() => {
        const idle = performance.getEntriesByName('map-ready')[0]!.startTime;
        const tasks = (window as unknown as { longTasks: [number, number][] }).longTasks;
        const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        return {
          idleMs: Math.round(idle),
          firstPaintMs: Math.round(paint ?? NaN),
          blockingMs: Math.round(
            tasks
              .filter(([start]) => start < idle)
              .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
          ),
        };
      }),
    );
    await context.close();
  }
  await browser.close();
  return runs;
}

function printStartUps(pages: Record<string, StartUp[]>): void {
  console.log(
    `Start-up in headless Chromium (software WebGL), 1280×800, medians of ${RUNS} runs (each run):`,
  );
  const rows: [keyof StartUp, string][] = [
    ['idleMs', 'map first idle, ms'],
    ['firstPaintMs', 'first contentful paint, ms'],
    ['blockingMs', 'blocking until idle, ms'],
  ];
  for (const [name, runs] of Object.entries(pages))
    for (const [key, label] of rows) {
      const values = runs.map((r) => r[key]);
      console.log(
        `  ${name.padEnd(20)} ${label.padEnd(28)} ${String(median(values)).padStart(6)}  (${values.join(', ')})`,
      );
    }
}

console.log('Production bundle, gzip:');
for (const [group, bytes] of Object.entries(await sizes(dist)))
  console.log(`  ${group.padEnd(66)} ${(bytes / 1024).toFixed(1)} KB`);
if (process.env['BENCH_SIZES_ONLY']) process.exit(0);

await build({
  configFile: false,
  root: join(root, 'tests/bench/bare'),
  logLevel: 'warn',
  plugins: [corridorData()],
  build: { outDir: bareOut, emptyOutDir: true },
});

// Served gzipped, as any production web server would.
const app = await serveFolder(dist, 0, '/', { gzip: true });
const bare = await serveFolder(bareOut, 0, '/', { gzip: true });
const appStartUps = await startUps(`http://localhost:${portOf(app)}/`);
const bareStartUps = await startUps(`http://localhost:${portOf(bare)}/`);
const compareFolder = process.env['BENCH_COMPARE'];
const earlier = compareFolder ? await serveFolder(compareFolder, 0, '/', { gzip: true }) : null;
const lighthouseResults = await lighthouseRounds(
  {
    app: `http://localhost:${portOf(app)}/`,
    'bare MapLibre': `http://localhost:${portOf(bare)}/`,
    ...(earlier ? { 'earlier build': `http://localhost:${portOf(earlier)}/` } : {}),
  },
  RUNS,
);
app.close();
bare.close();
earlier?.close();
printStartUps({ 'the app': appStartUps, 'bare MapLibre page': bareStartUps });
printLighthouse(lighthouseResults);
