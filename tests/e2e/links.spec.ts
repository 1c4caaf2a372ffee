import type { Page } from '@playwright/test';
import { corridor, expect, openMap, test } from './fixtures.ts';

// Links with values the map cannot read, and Back / Forward within the page (issue 15, point 2).
const steps = corridor.tour!.steps.length;
const panel = (page: Page) => page.locator('aside.panel');

test('links with values the map cannot read show a notice, the plain map and a clean address', async ({
  page,
}) => {
  for (const [query, parameter, kept] of [
    ['?tour=-1', 'tour', ''],
    ['?tour=0', 'tour', ''],
    ['?tour=1e9', 'tour', ''],
    ['?tour=abc&ref=class', 'tour', '?ref=class'],
    ['?tour=', 'tour', ''],
    ['?segment=', 'segment', ''],
    ['?hub=&ref=class', 'hub', '?ref=class'],
    ['?view=nothing', 'view', ''],
    ['?lang=de&segment=aktau-alat', 'lang', ''],
    ['?year=1999&ref=class', 'year', '?ref=class'],
    ['?year=16', 'year', ''],
  ] as const) {
    // The notice and the address do not wait for the map to be drawn.
    await page.goto(`/${query}`);
    const notice = new RegExp(`link’s “${parameter}” value is not one this map understands`);
    await expect(page.getByRole('status').filter({ hasText: notice }), query).toBeVisible();
    await expect(panel(page), query).toHaveCount(0);
    await expect(page, query).toHaveURL(new RegExp(`/${kept.replace('?', '\\?')}$`));
  }
});

test('an out-of-range tour step still names the step asked for', async ({ page }) => {
  await openMap(page, '?tour=999');
  await expect(page.getByRole('status')).toContainText(`tour step 999, but the tour has ${steps}`);
  await expect(page).toHaveURL(/\/$/);
});

/** An entry within the page, as an in-page `#` link makes one. */
const newEntry = (page: Page) => page.evaluate(() => (location.hash = 'here'));

test('Back and Forward reopen the panel of the entry', async ({ page }) => {
  await openMap(page, '?segment=aktau-alat');
  await expect(panel(page).locator('h2').first()).toHaveText('Caspian ferry: Aktau – Alat');
  await newEntry(page);
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(page).toHaveURL(/\/#here$/);
  await page.goBack();
  await expect(panel(page).locator('h2').first()).toHaveText('Caspian ferry: Aktau – Alat');
  await page.goForward();
  await expect(panel(page)).toHaveCount(0);
});

test('Back and Forward return to the tour step of the entry', async ({ page }) => {
  await openMap(page, '?tour=3');
  await expect(page.locator('.tour-count')).toHaveText(`3 / ${steps}`);
  await newEntry(page);
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/\?tour=4#here$/);
  await page.goBack();
  await expect(page.locator('.tour-count')).toHaveText(`3 / ${steps}`);
  await expect(page).toHaveURL(/\?tour=3$/);
  await page.goForward();
  await expect(page.locator('.tour-count')).toHaveText(`4 / ${steps}`);
});
