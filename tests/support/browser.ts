/**
 * Headless Chromium for the scripts outside the test suite (benchmarks, fuzzing): Debian's
 * Chromium (or CHROMIUM_PATH), software WebGL, no background traffic to other hosts. The suite's
 * own launch options are in tests/e2e/playwright.config.ts.
 */
import { chromium, type Browser, type Page } from '@playwright/test';

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      ...extraArgs,
    ],
  });
}

/** Resolves when the page's map has first become idle (every build marks it 'map-ready'). */
export async function mapReady(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, null, {
    timeout: 60_000,
  });
}

/** Goes to `path` in the page as Back or Forward would: a new history entry and a popstate. */
export async function followLink(page: Page, path: string): Promise<void> {
  await page.evaluate((next) => {
    history.pushState(null, '', next);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}
