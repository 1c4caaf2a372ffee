import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { clearPointOnSegment, corridor, expect, openMap, settle, test } from './fixtures.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
// axe is added as an inline script, which the page's content security policy refuses
// (csp.spec.ts checks the policy itself).
test.use({ bypassCSP: true });

/** Serious and critical WCAG A/AA violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (o: object) => Promise<{
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

test('axe finds no serious or critical problem: first view, panel, overview, route list', async ({
  page,
}) => {
  await openMap(page);
  expect(await seriousViolations(page)).toEqual([]);
  await openMap(page, '?segment=aktau-alat');
  await expect(page.locator('aside.panel h2')).toHaveText('Caspian ferry: Aktau – Alat');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'About this map' }).click();
  await expect(page.locator('aside.panel h2')).toHaveText('The Middle Corridor, China to Europe');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Route list' }).click();
  await expect(page.getByRole('navigation', { name: 'Route list' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the map has an accessible name, and a description that explains the keys', async ({
  page,
}) => {
  await openMap(page);
  const map = page.getByRole('region', { name: 'Map of the Middle Corridor' });
  await expect(map).toHaveAccessibleDescription(/railways as solid lines, ferries as dashed lines/);
  await expect(map).toHaveAccessibleDescription(/the bracket keys \[ and \] step/);
});

test(
  'keyboard journey: Tab to a segment, Enter opens it, Escape closes and returns focus',
  { tag: '@pointer' },
  async ({ page }) => {
    await openMap(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Route list' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Route, East to West' })).toBeFocused();
    await page.keyboard.press('Tab');
    const first = page.getByRole('navigation', { name: 'Route list' }).getByRole('button').first();
    await expect(first).toBeFocused();
    await page.keyboard.press('Tab');
    const second = page.getByRole('navigation', { name: 'Route list' }).getByRole('button').nth(1);
    await expect(second).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('aside.panel h2')).toHaveText('Lanzhou – Ürümqi');
    await expect(page.locator('aside.panel h2')).toBeFocused();
    await expect(page.locator('[aria-live="polite"]')).toHaveText(
      /^Lanzhou – Ürümqi, Lanzhou to Ürümqi, railway, [\d,]+ km$/,
    );
    await expect(page).toHaveURL(/\?segment=lanzhou-urumqi$/);
    await page.keyboard.press('Escape');
    await expect(page.locator('aside.panel')).toHaveCount(0);
    await expect(second).toBeFocused();
  },
);

test(
  'with the map focused, ] and [ step through the segments',
  { tag: '@pointer' },
  async ({ page }) => {
    await openMap(page);
    await page.locator('canvas.maplibregl-canvas').focus();
    await page.keyboard.press(']');
    await expect(page.locator('aside.panel h2')).toHaveText(corridor.segments[0]!.name);
    await page.keyboard.press(']');
    await expect(page.locator('aside.panel h2')).toHaveText(corridor.segments[1]!.name);
    await page.keyboard.press('[');
    await expect(page.locator('aside.panel h2')).toHaveText(corridor.segments[0]!.name);
    await expect(page.locator('canvas.maplibregl-canvas')).toBeFocused();
    await settle(page);
    const before = await page.evaluate(() => window.__corridor!.map.getCenter().lng);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.evaluate(() => window.__corridor!.map.getCenter().lng))
      .toBeGreaterThan(before);
  },
);

test('dragging the map across a line never selects it', { tag: '@pointer' }, async ({ page }) => {
  await openMap(page);
  const p = (await clearPointOnSegment(page, 'lanzhou-urumqi'))!;
  await page.mouse.move(p.x - 60, p.y - 60);
  await page.mouse.down();
  await page.mouse.move(p.x, p.y, { steps: 5 });
  await page.mouse.move(p.x + 60, p.y + 60, { steps: 5 });
  await page.mouse.up();
  await settle(page);
  await expect(page.locator('aside.panel')).toHaveCount(0);
});

/**
 * Records, for each camera move, how many frames it drew (`move` events between movestart and
 * moveend): a jump draws one, a flight many. Counted, not timed, so a slow machine cannot fail it.
 */
async function recordMoves(page: Page): Promise<void> {
  await page.evaluate(() => {
    const map = window.__corridor!.map;
    const moves: number[] = [];
    let frames = 0;
    map.on('movestart', () => (frames = 0));
    map.on('move', () => frames++);
    map.on('moveend', () => moves.push(frames));
    (window as unknown as { moves: number[] }).moves = moves;
  });
}

async function goToFromList(page: Page, name: RegExp): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Route list' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.getByRole('button', { name }).click();
}

const mostFramesInAMove = (page: Page) =>
  page.evaluate(() => Math.max(0, ...(window as unknown as { moves: number[] }).moves));

for (const reducedMotion of ['reduce', 'no-preference'] as const) {
  test(`going to a segment with reduced motion "${reducedMotion}" ${reducedMotion === 'reduce' ? 'jumps' : 'flies'}`, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion });
    await openMap(page);
    await recordMoves(page);
    await goToFromList(page, /^Caspian ferry: Kuryk – Alat/);
    await expect(page.locator('aside.panel h2')).toHaveText('Caspian ferry: Kuryk – Alat');
    await settle(page);
    if (reducedMotion === 'reduce') expect(await mostFramesInAMove(page)).toBe(1);
    else expect(await mostFramesInAMove(page)).toBeGreaterThan(1);
  });
}
