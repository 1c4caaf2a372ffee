/**
 * The map style as plain data: an embedded basemap, the route and the hubs. No `glyphs` URL:
 * labels are drawn locally from the Noto Sans files mapped in `font-faces`, so nothing is fetched
 * from another host and Kazakh, Azerbaijani and Turkish names look the same everywhere.
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import cyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyrillicExt from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url';

import { COLORS } from './colors.ts';

export const LABEL_FONT = 'Noto Sans Regular';

/**
 * Label sizes by layer, for a type scale: 1 on screens, larger in presenter mode so the back
 * row of a classroom can read the map as well as the panel.
 */
export function labelSizes(
  scale: number,
): Record<'country-labels' | 'flow-labels' | 'hub-labels', ExpressionSpecification | number> {
  const grow = (zoomA: number, sizeA: number, zoomB: number, sizeB: number) =>
    [
      'interpolate',
      ['linear'],
      ['zoom'],
      zoomA,
      sizeA * scale,
      zoomB,
      sizeB * scale,
    ] as ExpressionSpecification;
  return {
    'country-labels': grow(3, 11, 6, 15),
    'flow-labels': 12 * scale,
    'hub-labels': grow(3, 11, 7, 14),
  };
}

export const LAYER = {
  routeLines: ['route-rail', 'route-sea', 'route-road'],
  hubs: 'hub-circles',
} as const;

type Value = number | string | ExpressionSpecification;

const selectedOr = (selected: Value, hover: Value, otherwise: Value): ExpressionSpecification =>
  [
    'case',
    ['boolean', ['feature-state', 'selected'], false],
    selected,
    ['boolean', ['feature-state', 'hover'], false],
    hover,
    otherwise,
  ] as ExpressionSpecification;

function routeLayer(mode: 'rail' | 'sea' | 'road', dash?: number[]): LayerSpecification {
  return {
    id: `route-${mode}`,
    type: 'line',
    source: 'route',
    filter: ['==', ['get', 'mode'], mode],
    layout: { 'line-cap': dash ? 'butt' : 'round', 'line-join': 'round' },
    paint: {
      'line-color': COLORS[mode],
      'line-width': selectedOr(5, 4.5, 3),
      ...(dash ? { 'line-dasharray': dash } : {}),
    },
  };
}

export interface StyleInput {
  basemap: FeatureCollection;
  route: FeatureCollection;
  hubs: FeatureCollection;
  flows: FeatureCollection;
}

/** The investment arrows across the Caspian, hidden until the overview or a ferry is open. */
export const FLOW_LAYERS = ['flow-lines', 'flow-heads', 'flow-labels'] as const;

export function corridorStyle({ basemap, route, hubs, flows }: StyleInput): StyleSpecification {
  return {
    version: 8,
    name: 'Middle Corridor (offline)',
    'font-faces': {
      [LABEL_FONT]: [
        { url: latin, 'unicode-range': ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+2000-206F'] },
        { url: latinExt, 'unicode-range': ['U+0100-02BA', 'U+02BD-02FF', 'U+1E00-1EFF'] },
        { url: cyrillic, 'unicode-range': ['U+0400-045F', 'U+0490-0491', 'U+04B0-04B1'] },
        { url: cyrillicExt, 'unicode-range': ['U+0460-052F'] },
      ],
    },
    sources: {
      basemap: {
        type: 'geojson',
        data: basemap,
        attribution:
          'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain)',
      },
      route: {
        type: 'geojson',
        data: route,
        promoteId: 'id',
        attribution:
          'Route: © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
      },
      hubs: { type: 'geojson', data: hubs, promoteId: 'id' },
      flows: { type: 'geojson', data: flows },
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': COLORS.water } },
      {
        id: 'land',
        type: 'fill',
        source: 'basemap',
        filter: ['==', ['get', 'layer'], 'country'],
        paint: { 'fill-color': COLORS.land },
      },
      {
        id: 'country-borders',
        type: 'line',
        source: 'basemap',
        filter: ['==', ['get', 'layer'], 'border'],
        paint: { 'line-color': COLORS.border, 'line-width': 0.8, 'line-dasharray': [3, 2] },
      },
      {
        id: 'country-labels',
        type: 'symbol',
        source: 'basemap',
        filter: ['==', ['get', 'layer'], 'label'],
        layout: {
          'text-field': ['upcase', ['get', 'name']],
          'text-font': [LABEL_FONT],
          'text-size': labelSizes(1)['country-labels'],
          'text-letter-spacing': 0.12,
          'text-max-width': 8,
        },
        paint: {
          'text-color': COLORS.countryLabel,
          'text-halo-color': COLORS.land,
          'text-halo-width': 1,
        },
      },
      {
        id: 'route-glow',
        type: 'line',
        source: 'route',
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': COLORS.highlight,
          'line-width': 13,
          'line-opacity': selectedOr(0.95, 0.6, 0),
        },
      },
      {
        id: 'route-casing',
        type: 'line',
        source: 'route',
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': '#ffffff',
          'line-width': selectedOr(8, 7.5, 5.5),
          'line-opacity': 0.9,
        },
      },
      routeLayer('rail'),
      routeLayer('sea', [2, 1.2]),
      routeLayer('road', [4, 1, 1, 1]),
      {
        id: 'flow-lines',
        type: 'line',
        source: 'flows',
        filter: ['==', ['geometry-type'], 'LineString'],
        layout: { visibility: 'none', 'line-cap': 'butt' },
        paint: {
          'line-color': COLORS.flow,
          'line-width': ['interpolate', ['linear'], ['get', 'value'], 0, 1, 250, 9],
        },
      },
      {
        id: 'flow-heads',
        type: 'fill',
        source: 'flows',
        filter: ['==', ['geometry-type'], 'Polygon'],
        layout: { visibility: 'none' },
        paint: { 'fill-color': COLORS.flow },
      },
      {
        id: LAYER.hubs,
        type: 'circle',
        source: 'hubs',
        paint: {
          'circle-color': [
            'match',
            ['get', 'kind'],
            'port',
            COLORS.port,
            'border',
            COLORS.border_hub,
            'junction',
            COLORS.junction,
            COLORS.city,
          ],
          // Smaller when zoomed out, so the overview on a phone is not all dots.
          'circle-radius': [
            'interpolate',
            ['linear'],
            ['zoom'],
            2,
            selectedOr(6, 5, [
              'match',
              ['get', 'kind'],
              'junction',
              2.5,
              3.5,
            ] as ExpressionSpecification),
            4,
            selectedOr(9, 8, [
              'match',
              ['get', 'kind'],
              'junction',
              4,
              5.5,
            ] as ExpressionSpecification),
          ],
          'circle-stroke-color': selectedOr(COLORS.highlight, COLORS.highlight, '#ffffff'),
          'circle-stroke-width': selectedOr(3, 3, 1.5),
        },
      },
      {
        id: 'hub-labels',
        type: 'symbol',
        source: 'hubs',
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [LABEL_FONT],
          'text-size': labelSizes(1)['hub-labels'],
          'text-variable-anchor': ['top-left', 'bottom-right', 'top-right', 'bottom-left'],
          'text-radial-offset': 0.6,
          'text-justify': 'auto',
          // Ports and borders are what the corridor is about: they keep their labels first.
          'symbol-sort-key': ['match', ['get', 'kind'], 'port', 0, 'border', 1, 'city', 2, 3],
        },
        paint: { 'text-color': '#1f2328', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
      },
      // Last, so it is placed first: where the figures collide with hub names, the figures win.
      {
        id: 'flow-labels',
        type: 'symbol',
        source: 'flows',
        filter: ['==', ['geometry-type'], 'Point'],
        layout: {
          visibility: 'none',
          'text-field': ['get', 'label'],
          'text-font': [LABEL_FONT],
          'text-size': labelSizes(1)['flow-labels'],
          'text-anchor': ['get', 'anchor'],
          'text-offset': [
            'match',
            ['get', 'anchor'],
            'left',
            ['literal', [1, 0]],
            ['literal', [-1, 0]],
          ],
          'text-max-width': 9,
          'text-allow-overlap': true,
        },
        paint: { 'text-color': COLORS.flow, 'text-halo-color': '#ffffff', 'text-halo-width': 2.5 },
      },
    ],
  };
}
