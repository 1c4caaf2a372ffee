/**
 * Whatever passes validation fits its column: the longest unbroken word each text may hold (a
 * name of 80 characters, a label of 200, a paragraph of 1,200, a source title of 400) wraps
 * inside the panel instead of widening it or the page. The words are written into the panel as a
 * data file would put them there; the build's own data has none so long.
 */
import { expect, openMap, test } from './fixtures.ts';

const LONGEST: [selector: string, characters: number][] = [
  ['h2', 80],
  ['.background-text', 1200],
  ['.figure-label', 200],
  ['.chart-title', 200],
  ['.sources a', 400],
  ['blockquote p', 300],
];

for (const query of ['?hub=baku', '?segment=aktau-alat']) {
  test(`a panel keeps its width with the longest words its texts allow (${query})`, async ({
    page,
  }) => {
    await openMap(page, query);
    const panel = page.locator('aside.panel');
    await expect(panel.locator('h2')).toBeVisible();
    const written = await page.evaluate((longest) => {
      let count = 0;
      for (const [selector, characters] of longest)
        for (const element of document.querySelectorAll(`aside.panel ${selector}`)) {
          element.textContent = `${'W'.repeat(characters)} end`;
          count++;
        }
      return count;
    }, LONGEST);
    expect(written).toBeGreaterThan(5);
    const widths = await panel.evaluate((aside) => ({
      panel: [aside.scrollWidth, aside.clientWidth],
      page: [document.documentElement.scrollWidth, window.innerWidth],
    }));
    expect(widths.panel[0]).toBeLessThanOrEqual(widths.panel[1]! + 1);
    expect(widths.page[0]).toBeLessThanOrEqual(widths.page[1]!);
  });
}
