/**
 * The top bar on a laptop and on a 1024 px projector, in English and in the languages with the
 * longest words: the title whole, every button on screen, none cut off by the bar's edge; and the
 * "Print & share" list opened and closed as a reader expects.
 */
import { expect, openMap, test } from './fixtures.ts';

test(
  'at 1024, 1280 and 1920 px wide, in English, Russian and Kazakh, the title is whole and every top-bar button wholly on screen',
  { tag: '@pointer' },
  async ({ page }) => {
    await openMap(page);
    for (const language of ['en', 'ru', 'kk']) {
      await page.locator('.topbar select').selectOption(language);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      for (const size of [
        { width: 1024, height: 768 },
        { width: 1280, height: 800 },
        { width: 1920, height: 1080 },
      ]) {
        await page.setViewportSize(size);
        const title = page.locator('.topbar h1');
        // Not cut to "The Mi…": where the buttons need the room they move to a row of their own.
        expect(
          await title.evaluate((h1) => h1.scrollWidth <= h1.clientWidth),
          `${language} ${size.width}: whole title`,
        ).toBe(true);
        const buttons = page.locator('header.topbar button');
        await expect(buttons).toHaveCount(8);
        for (const button of [...(await buttons.all()), page.locator('.topbar select')]) {
          const box = (await button.boundingBox())!;
          const name = `${language} ${size.width}: ${await button.textContent()}`;
          expect(box.x, `${name}: left edge`).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width, `${name}: right edge`).toBeLessThanOrEqual(size.width);
          await expect(button, `${name}: not covered`).toBeVisible();
        }
      }
    }
    // In English a laptop's bar is one row: the map keeps its height.
    await page.locator('.topbar select').selectOption('en');
    await page.setViewportSize({ width: 1280, height: 800 });
    const bar = (await page.locator('header.topbar').boundingBox())!;
    expect(bar.height).toBeLessThan(70);
  },
);

test(
  'the "Print & share" list opens, closes on Escape and on a click elsewhere, and keeps focus in hand',
  { tag: '@pointer' },
  async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await openMap(page);
    const toggle = page.getByRole('button', { name: 'Print & share' });
    const list = page.locator('#share-list');
    await expect(list).toHaveCount(0);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(list.getByRole('button')).toHaveText([
      'Print handout',
      'Print reference',
      'Download image',
      'Embed',
    ]);
    // The list lies over the map, wholly on screen, and its buttons take a click.
    const box = (await list.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1024);
    await list.getByRole('button', { name: 'Embed' }).focus();
    await page.keyboard.press('Escape');
    await expect(list).toHaveCount(0);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toBeFocused();

    await toggle.click();
    await page.mouse.click(500, 500);
    await expect(list).toHaveCount(0);

    // Choosing closes it and does the thing: Embed opens its dialog.
    await toggle.click();
    await list.getByRole('button', { name: 'Embed' }).click();
    await expect(list).toHaveCount(0);
    await expect(page.getByRole('dialog')).toBeVisible();
  },
);
