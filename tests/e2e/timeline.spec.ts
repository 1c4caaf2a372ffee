/**
 * The timeline: `?year=2016` opens it at 2016 with the map fading what had not opened (the
 * Baku–Tbilisi–Kars line, 2017); the slider moves with the keyboard and writes the URL; "Play"
 * steps the years; closing the view shows the whole corridor again.
 */
import type { Page } from '@playwright/test';
import { SOURCE } from '../../src/map/ids.ts';
import { expect, openMap, test } from './fixtures.ts';

/** Whether the map fades each of these segments now (feature-state `notYet`). */
const faded = (page: Page, ids: string[]) =>
  page.evaluate(
    ({ source, ids }) =>
      ids.map((id) => window.__corridor!.map.getFeatureState({ source, id })['notYet'] === true),
    { source: SOURCE.route, ids },
  );

const BTK = 'akhalkalaki-kars';
const ZHEZKAZGAN_BEINEU = 'zhezkazgan-saksaulskaya';
const panelTitle = (page: Page) => page.locator('aside.panel h2');

test('?year=2016 shows the corridor as it stood then; the slider moves with the keyboard', async ({
  page,
}) => {
  await openMap(page, '?year=2016');
  await expect(panelTitle(page)).toHaveText('How the corridor was built');
  const slider = page.getByRole('slider', { name: 'Year' });
  await expect(slider).toHaveValue('2016');
  await expect(page.getByText(/The first ferry sails from the new port of Kuryk/)).toBeVisible();
  await expect.poll(() => faded(page, [BTK, ZHEZKAZGAN_BEINEU])).toEqual([true, false]);

  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\?year=2017$/);
  await expect(page.getByText(/The Baku–Tbilisi–Kars railway opens/)).toBeVisible();
  await expect.poll(() => faded(page, [BTK])).toEqual([false]);

  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/\?year=2010$/);
  await expect.poll(() => faded(page, [BTK, ZHEZKAZGAN_BEINEU])).toEqual([true, true]);

  await page.getByRole('button', { name: 'Close panel' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect.poll(() => faded(page, [BTK, ZHEZKAZGAN_BEINEU])).toEqual([false, false]);
});

test('About this map opens the timeline at today, and Play steps through the years', async ({
  page,
}) => {
  await openMap(page);
  await page.getByRole('button', { name: 'About this map' }).click();
  await page.getByRole('button', { name: 'See how the corridor was built, year by year' }).click();
  const year = new Date().getFullYear();
  await expect(page).toHaveURL(new RegExp(`\\?year=${year}$`));
  // From the last year, Play starts over at the first and goes on by itself.
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page).toHaveURL(/\?year=2010$/);
  await expect(page).toHaveURL(/\?year=2011$/);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
});
