/**
 * Lighthouse (desktop preset) on two pages in alternation, several runs each, reported as medians:
 * performance score, total blocking time, first contentful paint and bytes transferred. Chromium
 * draws with software WebGL, as on a classroom laptop without a usable GPU.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';

const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
];

export interface LighthouseFigures {
  score: number;
  blockingMs: number;
  firstPaintMs: number;
  largestPaintMs: number;
  layoutShift: number;
  transferredKB: number;
}

async function once(url: string): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
      desktopConfig,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      score: Math.round((lhr.categories['performance']?.score ?? NaN) * 100),
      blockingMs: Math.round(audit('total-blocking-time')),
      firstPaintMs: Math.round(audit('first-contentful-paint')),
      largestPaintMs: Math.round(audit('largest-contentful-paint')),
      layoutShift: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
      transferredKB: Math.round(audit('total-byte-weight') / 1024),
    };
  } finally {
    chrome.kill();
  }
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Runs every page once per round, alternating which goes first, and returns all figures. */
export async function lighthouseRounds(
  pages: Record<string, string>,
  runs: number,
): Promise<Record<string, LighthouseFigures[]>> {
  const results: Record<string, LighthouseFigures[]> = {};
  const names = Object.keys(pages);
  for (let round = 0; round < runs; round++) {
    const order = round % 2 ? [...names].reverse() : names;
    for (const name of order) (results[name] ??= []).push(await once(pages[name]!));
  }
  return results;
}

export function printLighthouse(results: Record<string, LighthouseFigures[]>): void {
  const rows: [keyof LighthouseFigures, string][] = [
    ['score', 'performance score'],
    ['blockingMs', 'total blocking time, ms'],
    ['firstPaintMs', 'first contentful paint, ms'],
    ['largestPaintMs', 'largest contentful paint, ms'],
    ['layoutShift', 'cumulative layout shift'],
    ['transferredKB', 'transferred, KB'],
  ];
  const names = Object.keys(results);
  const runs = results[names[0]!]?.length ?? 0;
  console.log(`Lighthouse, desktop preset, software WebGL, gzip, medians of ${runs} runs:`);
  console.log(`  ${''.padEnd(30)} ${names.map((n) => n.padStart(14)).join(' ')}`);
  for (const [key, label] of rows) {
    const cells = names.map((n) => String(median(results[n]!.map((r) => r[key]))).padStart(14));
    console.log(`  ${label.padEnd(30)} ${cells.join(' ')}`);
  }
  const [app, bare] = names.map((n) => results[n]!);
  if (app && bare) {
    const ratio = (key: keyof LighthouseFigures) =>
      (median(app.map((r) => r[key])) / median(bare.map((r) => r[key]))).toFixed(2);
    console.log(
      `  app / bare: blocking ${ratio('blockingMs')}× (goal ≤ 1.1), first paint ${ratio('firstPaintMs')}× (goal ≤ 0.5), score ${ratio('score')}× (goal ≥ 1)`,
    );
  }
}
