import { readFileSync } from 'node:fs';
import { clearPointOnSegment, expect, openMap, settle, test, zoomToSegment } from './fixtures.ts';

test('clicking a Caspian crossing shows what the article says of the sea route, apart from the background', async ({
  page,
}, testInfo) => {
  await openMap(page);
  await zoomToSegment(page, 'aktau-alat');
  const point = await clearPointOnSegment(page, 'aktau-alat', 24);
  if (testInfo.project.name === 'phone') await page.touchscreen.tap(point!.x, point!.y);
  else await page.mouse.click(point!.x, point!.y);
  const panel = page.locator('aside.panel');
  await expect(panel.locator('h2')).toHaveText('Caspian ferry: Aktau – Alat');
  const article = panel.getByRole('region', { name: 'In the article' });
  await expect(article).toContainText(
    'The article speaks of the route across the Caspian Sea, not of this ferry line.',
  );
  await expect(article.getByRole('listitem')).toHaveCount(4);
  await expect(article.getByRole('listitem').first()).toContainText('¶2');
  await expect(article.locator('blockquote').first()).toContainText(
    '“Both Kazakhstan and Azerbaijan are transit states, and transport routes are as vital for us as air”',
  );
  const background = panel.getByRole('region', { name: 'Background' });
  await expect(background).toContainText('about 22 hours');
  await expect(background).not.toContainText(/article|Raimov|interview/);
  await expect(
    background.getByRole('link', { name: 'sea-news.az, 29 March 2017' }).first(),
  ).toBeVisible();
  await expect(panel.getByText('Source article')).toBeVisible();
});

test('the trade chart keeps the Azerbaijani and the Kazakh series apart', async ({ page }) => {
  await openMap(page, '?hub=baku');
  const panel = page.locator('aside.panel');
  await expect(panel.locator('h2')).toHaveText('Baku');
  const trade = panel.getByRole('img', { name: /trade turnover/ });
  await expect(trade).toHaveAccessibleName(
    /Azerbaijani customs data \(Azerbaijan State Customs Committee[^)]*\): 2019: \$229\.6 million; 2024: \$470 million \(the article\)/,
  );
  await expect(trade).toHaveAccessibleName(
    /\. Kazakh statistics \(Kazakhstan's Bureau of National Statistics[^)]*\): January\s*–\s*June 2022: \$194\.1 million/,
  );
  await expect(trade.getByText('Azerbaijani customs data')).toBeVisible();
  await expect(trade.getByText('Kazakh statistics')).toBeVisible();
  await expect(trade.getByText('$470 million · article')).toBeVisible();
  await expect(
    panel.getByText(/2024, \$470 million: Stated in the article's own narration/),
  ).toBeVisible();
});

test('the Article view lists every point and leads to where the map shows it', async ({ page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Article', exact: true }).click();
  await expect(page).toHaveURL(/\?view=article$/);
  const panel = page.locator('aside.panel');
  await expect(panel.locator('h2')).toHaveText(
    'Kazakhstan–Azerbaijan relations: a strategic bridge between East and West',
  );
  await expect(panel.getByRole('link', { name: 'Read the article at News.Az' })).toHaveAttribute(
    'href',
    'https://news.az/news/-kazakhstan-azerbaijan-relations-a-strategic-bridge-between-east-and-west',
  );
  const points = panel.locator('ol.article-points > li');
  await expect(points).toHaveCount(37);
  const ots = points.filter({ hasText: 'Organization of Turkic States' });
  await expect(ots).toContainText('¶7');
  await ots.getByRole('button', { name: 'Astana', exact: true }).click();
  await expect(page).toHaveURL(/\?hub=astana$/);
  await expect(panel.locator('h2')).toHaveText('Astana');
  await expect(panel.getByRole('region', { name: 'In the article' })).toContainText(
    'Organization of Turkic States',
  );
  await settle(page);
});

test('the investment arrows appear with the Caspian crossing and the overview only', async ({
  page,
}) => {
  const flowsVisible = () =>
    page.evaluate(() => window.__corridor!.map.getLayoutProperty('flow-lines', 'visibility'));
  await openMap(page);
  expect(await flowsVisible()).toBe('none');
  await page.getByRole('button', { name: 'About this map' }).click();
  await expect(page.locator('aside.panel h2')).toHaveText('The Middle Corridor, China to Europe');
  await expect.poll(flowsVisible).toBe('visible');
  await expect(page.locator('aside.panel')).toContainText('$225 million');

  await page.getByRole('button', { name: 'See every source this map cites' }).click();
  await expect(page.locator('aside.panel h2')).toHaveText('Sources');
  await expect.poll(flowsVisible).toBe('none');
  await expect(page.locator('.source-index > li').first()).toContainText(
    'News.Az, 21 October 2025: “Kazakhstan–Azerbaijan relations: a strategic bridge between East and West”',
  );

  await openMap(page, '?segment=kuryk-alat');
  await expect.poll(flowsVisible).toBe('visible');
  await settle(page);
});

test('the Sources view downloads the figures with their sources, as served with the map', async ({
  page,
}) => {
  await openMap(page, '?view=sources');
  const link = page.getByRole('link', { name: 'Figures with their sources (CSV)' });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('middle-corridor-figures.csv');
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toBe(
    '\ufeffid,label,value,valueHigh,unit,period,periodKind,periodStart,periodEnd,series,measuredBy,fromArticle,articleParagraph,source,sourcePublisher,sourceDate,sourceUrl,notes',
  );
  // The article's trade figure, credited to the article with its paragraph.
  expect(csv).toMatch(/\r\n[a-z0-9-]+,[^\r\n]*,470,,USD million,2024,year,,2024,[^\r\n]*,yes,\d+,/);
  const route = await page.request.get('./data/middle-corridor-route.geojson');
  expect((await route.json()).license).toBe('ODbL-1.0');
  // The compared routes' lines are served beside it, and linked from the same list.
  await expect(page.getByRole('link', { name: /^Compared routes: the four lines/ })).toBeVisible();
  const compared = await (await page.request.get('./data/compared-routes.geojson')).json();
  expect([compared.license, compared.features.length]).toEqual(['ODbL-1.0', 4]);
});
