/**
 * The "Compare routes" view: from the top bar, the four routes drawn beside the corridor and
 * framed together, their distances measured from the drawn lines; on leaving, the corridor alone
 * and its first view again.
 */
import { length, lineString } from '@turf/turf';
import { LAYER, SOURCE } from '../../src/map/ids.ts';
import { corridor, expect, openMap, settle, test } from './fixtures.ts';

const compared = corridor.alternatives!;

/** The compared routes' features the map has, and whether the points are all in sight. */
function mapState(page: import('@playwright/test').Page, points: [number, number][]) {
  return page.evaluate(
    ({ source, layer, points }) => {
      const map = window.__corridor!.map;
      const bounds = map.getBounds();
      return {
        routes: map.getSource(source)
          ? map.querySourceFeatures(source).map((f) => String(f.properties['name']))
          : [],
        drawn: map.getLayer(layer) !== undefined,
        inSight: points.map((p) => bounds.contains(p)),
      };
    },
    { source: SOURCE.compare, layer: LAYER.compareRail, points },
  );
}

test(
  'Compare routes draws the four routes beside the corridor and frames them; leaving brings the corridor back',
  { tag: '@pointer' },
  async ({ page }) => {
    await openMap(page);
    // Shanghai, the Cape of Good Hope and Rotterdam: the ends and the far south of the routes.
    const far: [number, number][] = [
      [121.5, 31],
      [18.5, -34.6],
      [4.3, 51.95],
    ];
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(page).toHaveURL(/\?view=compare$/);
    const panel = page.locator('aside.panel');
    await expect(panel.locator('h2')).toHaveText('The Middle Corridor and the other routes');
    await expect(panel.locator('blockquote')).toContainText(
      'enables us to reduce dependence on other routes',
    );

    // Each distance is the drawn line's, measured as turf measures it.
    const rows = panel.getByRole('table').getByRole('row');
    for (const [i, line] of compared.lines.entries()) {
      const km = Math.round(length(lineString(line.coordinates), { units: 'kilometers' }));
      await expect(rows.nth(i + 1)).toContainText(`${km.toLocaleString('en-GB')} km`);
    }

    await expect
      .poll(async () => {
        await settle(page);
        const state = await mapState(page, far);
        return { routes: [...new Set(state.routes)].sort(), inSight: state.inSight };
      })
      .toEqual({
        routes: compared.routes.map((r) => r.name).sort(),
        inSight: [true, true, true],
      });

    await page.getByRole('button', { name: 'Close panel' }).click();
    await expect(panel).toHaveCount(0);
    await expect
      .poll(async () => {
        await settle(page);
        const state = await mapState(page, far);
        return { drawn: state.drawn, inSight: state.inSight };
      })
      .toEqual({ drawn: false, inSight: [false, false, false] });
  },
);

test('a tour step that compares the routes draws them beside the corridor, keeping its own frame; the next step takes them away', async ({
  page,
}) => {
  const step = corridor.tour!.steps.findIndex((s) => s.compare) + 1;
  expect(step).toBeGreaterThan(0);
  await openMap(page, `?tour=${step}`);
  await expect(page.getByText('The other routes from China to Europe are drawn too')).toBeVisible();
  // Istanbul stays in sight: the step's frame, not the whole world's.
  const istanbul: [number, number][] = [[28.98, 41.01]];
  await expect
    .poll(async () => {
      await settle(page);
      const state = await mapState(page, istanbul);
      return { drawn: state.drawn, inSight: state.inSight };
    })
    .toEqual({ drawn: true, inSight: [true] });
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(new RegExp(`\\?tour=${step + 1}$`));
  await expect.poll(async () => (await mapState(page, istanbul)).drawn).toBe(false);
});
