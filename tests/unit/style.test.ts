/** The map style as data: valid by MapLibre's own specification, and its names in priority order. */
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readBasemap } from '../../src/data/basemap.ts';
import { Corridor } from '../../src/data/corridor-index.ts';
import { readGeoFolder } from '../../src/data/read-geo.ts';
import { en } from '../../src/i18n/en.ts';
import { Format } from '../../src/i18n/format.ts';
import { investmentFlows } from '../../src/map/flows.ts';
import { hubCollection, routeCollection } from '../../src/map/geojson.ts';
import { LAYER, OVERVIEW_SHAPE_LAYERS, SOURCE } from '../../src/map/ids.ts';
import { detailLayers, detailSource } from '../../src/map/style/basemap-detail.ts';
import { corridorStyle } from '../../src/map/style/index.ts';
import { labelSizes } from '../../src/map/style/label-sizes.ts';

const corridor = readGeoFolder(fileURLToPath(new URL('../../geo/', import.meta.url)));
const { basemap } = readBasemap(
  fileURLToPath(new URL('../../geo/basemap/', import.meta.url)),
  corridor.hubs,
);
const style = corridorStyle({
  basemap,
  route: routeCollection(corridor.segments),
  hubs: hubCollection(corridor.hubs),
  flows: investmentFlows(new Corridor(corridor), new Format(en)),
});
const order = style.layers.map((l) => l.id);

describe('map style', () => {
  it('is valid by the MapLibre style specification', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('stays valid with the 10m detail added as the map adds it', () => {
    const detail = detailLayers(labelSizes(1)[LAYER.riverLabels]);
    const withDetail: StyleSpecification = {
      ...style,
      sources: { ...style.sources, [SOURCE.basemapDetail]: detailSource('detail.geojson') },
      layers: [...style.layers, ...detail.shapes, detail.riverLabels],
    };
    expect(validateStyleMin(withDetail)).toEqual([]);
    expect(detail.shapes.every((l) => l.minzoom === 6)).toBe(true);
  });

  it('places names in the issue’s priority: hubs > cities > countries > physical names', () => {
    // MapLibre places the symbol layers drawn last first: later in the list wins a collision.
    const rising = [
      LAYER.landformLabels,
      LAYER.waterLabels,
      LAYER.countryLabels,
      LAYER.cityLabels,
      LAYER.hubLabels,
    ];
    const positions = rising.map((id) => order.indexOf(id));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('draws the basemap below the route, and every overview shape layer exists', () => {
    const lastBasemapName = order.indexOf(LAYER.cityLabels);
    expect(lastBasemapName).toBeLessThan(order.indexOf(LAYER.routeGlow));
    for (const id of OVERVIEW_SHAPE_LAYERS) expect(order).toContain(id);
  });

  it('writes physical names in italics and places in upright type', () => {
    const font = (id: string) => {
      const layer = style.layers.find((l) => l.id === id);
      return layer?.type === 'symbol' ? layer.layout?.['text-font'] : undefined;
    };
    for (const id of [LAYER.waterLabels, LAYER.landformLabels, LAYER.riverLabels])
      expect(font(id)).toEqual(['Noto Sans Italic']);
    for (const id of [LAYER.countryLabels, LAYER.cityLabels, LAYER.hubLabels])
      expect(font(id)).toEqual(['Noto Sans Regular']);
    expect(Object.keys(style['font-faces'] ?? {})).toEqual([
      'Noto Sans Regular',
      'Noto Sans Italic',
    ]);
  });
});
