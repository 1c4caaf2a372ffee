/**
 * The map in its readers' languages: a link, the reader's last choice or the browser's language
 * opens it in Russian, Kazakh, Azerbaijani or Turkish; the menu switches in place, keeping the
 * selection and the tour step. Main journeys (a panel, the Article view's figures, the tour, the
 * handout, the image) in Russian and Kazakh. On a laptop's screen only (@pointer): the suite's time
 * is short, and the language menu on a phone is looked at in screenshots.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { applyTexts } from '../../src/data/texts.ts';
import type { Messages } from '../../src/i18n/en.ts';
import { kk } from '../../src/i18n/kk.ts';
import { ru } from '../../src/i18n/ru.ts';
import { tr } from '../../src/i18n/tr.ts';
import { corridor, expect, openMap, test } from './fixtures.ts';
import { printedPages, printWithButton, squeeze } from './handout.ts';
import { shareTool } from './tools.ts';

const inLanguage = (language: 'ru' | 'kk' | 'tr') =>
  applyTexts(corridor, corridor.translations?.[language] ?? {});
const menu = (page: Page) => page.locator('.topbar select');
const tourTitle = (page: Page) => page.locator('.tour-note h3');
const credits = (page: Page) => page.locator('.maplibregl-ctrl-attrib-inner');

for (const [language, m] of [
  ['ru', ru],
  ['kk', kk],
] as ['ru' | 'kk', Messages][]) {
  const data = inLanguage(language);
  const segment = data.segments.find((s) => data.context.segments[s.id]?.background.length)!;
  const step = (n: number) => data.tour!.steps[n - 1]!;

  test(
    `a reader reads the map, a panel, the figures and the tour in ${language}`,
    {
      tag: '@pointer',
    },
    async ({ page }) => {
      await openMap(page, `?lang=${language}`);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page).toHaveTitle(m.app.documentTitle);
      await expect(page.locator('.topbar h1')).toHaveText(m.app.title);
      await expect(menu(page)).toHaveValue(language);
      await expect(page.locator('#map-description')).toHaveText(m.map.description);
      // The map's words: hub names, the basemap's names, MapLibre's own buttons.
      const drawn = await page.evaluate(() => {
        const map = window.__corridor!.map;
        const hubs = map.querySourceFeatures('hubs').map((f) => String(f.properties['name']));
        const places = map.getGlobalState()['places'] as Record<string, string>;
        return { hubs, kazakhstan: places['country:KAZ'] };
      });
      expect(drawn.hubs).toContain(data.hubs[0]!.name);
      expect(drawn.kazakhstan).toMatch(/^(Казахстан|Қазақстан)$/);
      await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute(
        'aria-label',
        m.maplibre['NavigationControl.ZoomIn']!,
      );
      await expect(credits(page)).toContainText(
        m.map.credits.route.replace('{link}', 'OpenStreetMap'),
      );

      // A segment's panel from the route list, with its background in the language.
      await page.getByRole('button', { name: m.actions.routeList }).click();
      await page
        .locator('#route-list button')
        .filter({ has: page.getByText(segment.name, { exact: true }) })
        .click();
      const panel = page.locator('aside.panel');
      await expect(panel.locator('h2')).toHaveText(segment.name);
      const background = data.context.segments[segment.id]!.background[0]!.text;
      await expect(panel).toContainText(background.replace(/\{[a-z0-9-]+\}/g, '').slice(0, 40));

      // The article's trade figure, formatted for the language.
      await page.getByRole('button', { name: m.actions.article, exact: true }).click();
      await expect(panel).toContainText(m.units['USD million']('470'));

      // The tour, step by step.
      await page.getByRole('button', { name: m.actions.tour, exact: true }).click();
      await expect(tourTitle(page)).toContainText(step(1).title);
      await page.keyboard.press('ArrowRight');
      await expect(tourTitle(page)).toContainText(step(2).title);
      await expect(page.locator('.tour-note')).toContainText(step(2).question);
    },
  );
}

// A teacher's tools are in the top bar of a laptop or projector; a phone has no print list.
test(
  'a Kazakh teacher prints the handout and saves the image in Kazakh',
  { tag: '@pointer' },
  async ({ page }) => {
    const data = inLanguage('kk');
    await openMap(page, '?lang=kk');
    await printWithButton(page, kk.actions.print, kk.actions.share);
    const printed = squeeze((await printedPages(page)).join(' '));
    expect(printed).toContain(squeeze(data.tour!.steps[0]!.title));
    expect(printed).toContain(squeeze(data.tour!.steps[4]!.question));
    // Dates and numbers as Kazakh writes them, whatever the browser's own Intl data.
    expect(printed).toContain(squeeze('2025 ж. 21 қазан'));
    expect(printed).toContain(squeeze('100 000 TEU'));
    expect(printed).not.toMatch(/\d{4}M\d\d/);
    expect(printed).toContain(squeeze(kk.handout.sourcesTitle));
    expect(printed).not.toContain(squeeze('The tour, step by step'));

    // The words drawn into the picture are Kazakh.
    await page.evaluate(() => {
      const drawnTexts: string[] = [];
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
        drawnTexts.push(text);
        return fillText.call(this, text, ...rest);
      };
      (window as unknown as { drawnTexts: string[] }).drawnTexts = drawnTexts;
    });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      shareTool(page, kk.actions.downloadImage, kk.actions.share).then((b) => b.click()),
    ]);
    expect(download.suggestedFilename()).toBe(kk.map.imageFile);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(1000);
    const texts = await page.evaluate(
      () => (window as unknown as { drawnTexts: string[] }).drawnTexts,
    );
    expect(texts).toContain(kk.map.imageTitle);
    expect(texts).toContain(kk.map.imageAttribution);
  },
);

test(
  'the menu switches language in place: same step, no reload, remembered',
  {
    tag: '@pointer',
  },
  async ({ page }) => {
    const data = inLanguage('kk');
    await openMap(page, '?tour=3');
    await page.evaluate(() => ((window as unknown as { sameLoad: boolean }).sameLoad = true));
    await menu(page).selectOption('kk');
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(tourTitle(page)).toContainText(data.tour!.steps[2]!.title);
    await expect(page.locator('.tour-count')).toHaveText(`3 / ${data.tour!.steps.length}`);
    await expect(page).toHaveURL(/[?&]tour=3\b/);
    await expect(page).toHaveURL(/[?&]lang=kk\b/);
    await expect(credits(page)).toContainText(
      kk.map.credits.basemap.replace('{link}', 'Natural Earth'),
    );
    expect(await page.evaluate(() => (window as unknown as { sameLoad?: boolean }).sameLoad)).toBe(
      true,
    );
    // The route list follows too.
    await page.getByRole('button', { name: kk.actions.routeList }).click();
    await expect(page.locator('#route-list')).toContainText(data.segments[0]!.name);
    await page.getByRole('button', { name: kk.actions.routeList }).click();
    // A deep link keeps the language: the next step's address still carries it.
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/[?&]lang=kk\b.*tour=4|tour=4.*[?&]lang=kk\b/);
    // The choice is remembered: the bare address opens in Kazakh.
    await openMap(page, '');
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(page.locator('.topbar h1')).toHaveText(kk.app.title);
    // And back to English, which the address then no longer names.
    await menu(page).selectOption('en');
    await expect(page.locator('.topbar h1')).toHaveText('The Middle Corridor');
    await expect(page).not.toHaveURL(/lang=/);
    await expect(credits(page)).toHaveText(
      'Basemap: Natural Earth (public domain) | Route: © OpenStreetMap contributors, ODbL',
    );
  },
);

test.describe('a browser set to Turkish', () => {
  test.use({ locale: 'tr-TR' });

  test(
    'opens the map in Turkish unless the link names a language',
    {
      tag: '@pointer',
    },
    async ({ page }) => {
      await openMap(page, '');
      await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
      await expect(page.locator('.topbar h1')).toHaveText(tr.app.title);
      await openMap(page, '?lang=en');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    },
  );
});
