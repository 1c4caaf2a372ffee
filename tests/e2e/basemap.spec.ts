import type { Page } from '@playwright/test';
import { expect, openMap, settle, test } from './fixtures.ts';

/** The names MapLibre drew (placed, not hidden by a collision) in a label layer. */
async function drawnNames(page: Page, layer: string): Promise<string[]> {
  return page.evaluate(
    (id) =>
      window
        .__corridor!.map.queryRenderedFeatures({ layers: [id] })
        .map((f) => String(f.properties['name'])),
    layer,
  );
}

/** Resolves once the map's 10m detail source has its data (at once if it already has). */
async function detailLoaded(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__corridor!.map;
        const loaded = () =>
          !!map.getSource('basemap-detail') && map.isSourceLoaded('basemap-detail');
        if (loaded()) return resolve();
        const check = () => {
          if (!loaded()) return;
          map.off('sourcedata', check);
          resolve();
        };
        map.on('sourcedata', check);
      }),
  );
}

test(
  'the first view names the corridor’s countries and seas; zoomed in at Baku, the capital, its neighbour and the 10m coast appear',
  { tag: '@pointer' },
  async ({ page }) => {
    const detailRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/detail-[^/]*\.geojson$/.test(new URL(request.url()).pathname))
        detailRequests.push(request.url());
    });

    await openMap(page);
    const countries = (await drawnNames(page, 'country-labels')).map((n) => n.toUpperCase());
    expect(countries).toEqual(
      expect.arrayContaining(['KAZAKHSTAN', 'AZERBAIJAN', 'GEORGIA', 'TÜRKIYE', 'CHINA']),
    );
    expect(await drawnNames(page, 'water-labels')).toEqual(
      expect.arrayContaining(['Caspian Sea', 'Black Sea']),
    );
    // The first view does not fetch the 10m detail.
    expect(detailRequests).toEqual([]);

    await page.evaluate(() => window.__corridor!.map.jumpTo({ center: [49.87, 40.4], zoom: 8 }));
    await detailLoaded(page);
    await settle(page);
    expect(detailRequests).toHaveLength(1);
    // Baku is a hub (the capital the article speaks of): the hub's label names it, once.
    expect(await drawnNames(page, 'hub-labels')).toContain('Baku');
    expect(await drawnNames(page, 'city-labels')).not.toContain('Baku');
    expect(await drawnNames(page, 'city-labels')).toContain('Sumqayit');
    const shoreline = await page.evaluate(
      () => window.__corridor!.map.queryRenderedFeatures({ layers: ['coast-detail'] }).length,
    );
    expect(shoreline).toBeGreaterThan(0);
  },
);
