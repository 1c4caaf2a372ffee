import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SINGLE_FILE_NAME } from '../../src/build/single-file.ts';
import { corridor, expect, test } from './fixtures.ts';
import { printedPages, printWithButton, squeeze } from './handout.ts';
import { watchPolicy } from './policy.ts';
import { shareTool } from './tools.ts';

// The USB stick / e-mail attachment: one file, opened from file://, with every request to the
// network refused.
const file = pathToFileURL(
  join(fileURLToPath(new URL('../../dist/', import.meta.url)), SINGLE_FILE_NAME),
).href;
const steps = corridor.tour!.steps;

test(
  'the single file works from file:// with no network: select, tour, print',
  { tag: '@pointer' },
  async ({ page, context }) => {
    // Load, tour, print and more on a shared 2-core machine: a budget above the default.
    test.setTimeout(180_000);
    const requests: string[] = [];
    await context.route(/^(https?|wss?):/, (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    await context.setOffline(true);
    const violations = await watchPolicy(page);
    await page.goto(file);
    await expect(page.locator('html')).toHaveAttribute('data-map-ready', 'true', {
      timeout: 60_000,
    });
    const labels = await page.evaluate(
      () => window.__corridor!.map.queryRenderedFeatures({ layers: ['hub-labels'] }).length,
    );
    expect(labels, 'labels drawn with the inlined fonts').toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Route list' }).click();
    await page.getByRole('button', { name: /^Caspian ferry: Kuryk – Alat/ }).click();
    await expect(page.locator('aside.panel h2')).toHaveText('Caspian ferry: Kuryk – Alat');
    await expect(page).toHaveURL(/middle-corridor-offline\.html\?segment=kuryk-alat$/);

    await page.getByRole('button', { name: 'Tour', exact: true }).click();
    await expect(page.locator('.tour-count')).toHaveText(`1 / ${steps.length}`);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.locator('.tour-count')).toHaveText(`2 / ${steps.length}`);
    await expect(page.locator('.tour-note h3')).toHaveText(`Tour step 2: ${steps[1]!.title}`);

    await printWithButton(page);
    await expect(page.locator('.handout-map')).toHaveAttribute('src', /^blob:/);
    expect((await printedPages(page))[0]).toContain('The Middle Corridor: China to Europe');
    await printWithButton(page, 'Print reference');
    const pages = await printedPages(page);
    const ferry = pages.find((p) => squeeze(p).includes(squeeze('Caspian ferry: Kuryk – Alat')));
    expect(ferry).toContain('18 hours');

    // What a file cannot do is said where it is tried.
    await (await shareTool(page, 'Embed')).click();
    await expect(page.getByRole('dialog')).toContainText('other web pages cannot show a file');
    await page.keyboard.press('Escape');
    await (await shareTool(page, 'Install')).click();
    await expect(page.locator('.notice')).toContainText('Installing it as an app needs');

    expect(requests).toEqual([]);
    expect(violations).toEqual([]);
  },
);
