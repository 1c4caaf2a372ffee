import { clearPointOnSegment, expect, openMap, settle, test, zoomToSegment } from './fixtures.ts';

test('clicking the Caspian crossing shows the article’s trade figures with their periods', async ({
  page,
}, testInfo) => {
  await openMap(page);
  await zoomToSegment(page, 'aktau-alat');
  const point = await clearPointOnSegment(page, 'aktau-alat', 24);
  if (testInfo.project.name === 'phone') await page.touchscreen.tap(point!.x, point!.y);
  else await page.mouse.click(point!.x, point!.y);
  const panel = page.locator('aside.panel');
  await expect(panel.locator('h2')).toHaveText('Caspian ferry: Aktau – Alat');
  const trade = panel.getByRole('img', { name: /trade turnover/ });
  await expect(trade).toHaveAccessibleName(/2024: \$470 million \(the article\)/);
  // Intl writes a month range with thin spaces around the dash.
  await expect(trade).toHaveAccessibleName(/January\s–\sAugust 2025: \$547 million/);
  await expect(trade.getByText('$470 million · article')).toBeVisible();
  await expect(trade.getByText('$547 million · article')).toBeVisible();
  await expect(trade.getByText('8 months · ≈$68.4 million/mo')).toBeVisible();
  await expect(panel.getByText(/a dashed bar covers only part of one/)).toBeVisible();
  await expect(panel.getByText('Source article')).toBeVisible();
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
  await expect(page.locator('.source-index > li').first()).toContainText('News.Az');

  await openMap(page, '?segment=kuryk-alat');
  await expect.poll(flowsVisible).toBe('visible');
  await settle(page);
});
