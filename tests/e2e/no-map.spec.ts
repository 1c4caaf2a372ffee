import type { Page } from '@playwright/test';
import { corridor, expect, openMap, settle, test } from './fixtures.ts';
import { shareTool } from './tools.ts';

const steps = corridor.tour!.steps;
const panelTitle = (page: Page) => page.locator('aside.panel h2');

test(
  'without WebGL the page says so, and the route list, panels and tour work',
  { tag: '@no-webgl' },
  async ({ page }) => {
    await page.goto('/?segment=kuryk-alat');
    const message = page.getByRole('alert');
    await expect(message).toContainText('This browser cannot draw the map');
    await expect(panelTitle(page)).toHaveText('Caspian ferry: Kuryk – Alat');
    await message.getByRole('button', { name: 'Open the route list' }).click();
    await page.getByRole('button', { name: /^Xi'an – Lanzhou/ }).click();
    await expect(panelTitle(page)).toHaveText("Xi'an – Lanzhou");
    await page.getByRole('button', { name: 'Tour', exact: true }).click();
    await expect(page.locator('.tour-count')).toHaveText(`1 / ${steps.length}`);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.locator('.tour-count')).toHaveText(`2 / ${steps.length}`);
    await expect(page.locator('.tour-note h3')).toHaveText(`Tour step 2: ${steps[1]!.title}`);
    await (await shareTool(page, 'Download image')).click();
    await expect(page.locator('.notice')).toHaveText(
      /This browser cannot draw the map, so there is no image of it to save\./,
    );
  },
);

test(
  'after the GPU context is lost the page says so and keeps working; the map comes back',
  { tag: '@pointer' },
  async ({ page }) => {
    // Load, loss, restore and an image on a shared 2-core machine: a budget above the default.
    test.setTimeout(180_000);
    await openMap(page);
    await page.evaluate(() => {
      const gl = window.__corridor!.map.getCanvas().getContext('webgl2')!;
      const lose = gl.getExtension('WEBGL_lose_context')!;
      (window as unknown as { restoreMap: () => void }).restoreMap = () => lose.restoreContext();
      lose.loseContext();
    });
    const message = page.getByRole('alert');
    await expect(message).toContainText('The map is not drawn right now');

    // Picking from the route list moves nothing on the lost map, and throws nothing.
    await message.getByRole('button', { name: 'Open the route list' }).click();
    for (const name of ['Caspian ferry: Kuryk – Alat', "Xi'an – Lanzhou"]) {
      await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
      await expect(panelTitle(page)).toHaveText(name);
    }
    await (await shareTool(page, 'Download image')).click();
    await expect(page.locator('.notice')).toContainText(
      'so there is no image to save until the map is back',
    );

    await page.evaluate(() => (window as unknown as { restoreMap: () => void }).restoreMap());
    await expect(message).toHaveCount(0, { timeout: 30_000 });
    await settle(page);
    const drawn = await page.evaluate(() => {
      const map = window.__corridor!.map;
      return map.queryRenderedFeatures({ layers: ['route-rail'] }).length;
    });
    expect(drawn).toBeGreaterThan(0);
    // The selection made while the map was lost is highlighted now.
    const selected = await page.evaluate(
      () =>
        window.__corridor!.map.getFeatureState({ source: 'route', id: 'xian-lanzhou' })['selected'],
    );
    expect(selected).toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      shareTool(page, 'Download image').then((b) => b.click()),
    ]);
    expect(download.suggestedFilename()).toBe('middle-corridor-map.png');
  },
);
