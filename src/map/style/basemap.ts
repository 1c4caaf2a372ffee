/** The embedded basemap: water, land, borders and country names. */
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { PALETTE } from '../../theme/palette.ts';
import { LAYER, SOURCE } from '../ids.ts';
import { LABEL_FONT } from './fonts.ts';
import type { LabelSizes } from './label-sizes.ts';

export function basemapSources(basemap: FeatureCollection): Record<string, SourceSpecification> {
  return {
    [SOURCE.basemap]: {
      type: 'geojson',
      data: basemap,
      attribution:
        'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain)',
    },
  };
}

export function basemapLayers(sizes: LabelSizes): LayerSpecification[] {
  return [
    { id: LAYER.water, type: 'background', paint: { 'background-color': PALETTE.water } },
    {
      id: LAYER.land,
      type: 'fill',
      source: SOURCE.basemap,
      filter: ['==', ['get', 'layer'], 'country'],
      paint: { 'fill-color': PALETTE.land },
    },
    {
      id: LAYER.countryBorders,
      type: 'line',
      source: SOURCE.basemap,
      filter: ['==', ['get', 'layer'], 'border'],
      paint: { 'line-color': PALETTE.border, 'line-width': 0.8, 'line-dasharray': [3, 2] },
    },
    {
      id: LAYER.countryLabels,
      type: 'symbol',
      source: SOURCE.basemap,
      filter: ['==', ['get', 'layer'], 'label'],
      layout: {
        'text-field': ['upcase', ['get', 'name']],
        'text-font': [LABEL_FONT],
        'text-size': sizes[LAYER.countryLabels],
        'text-letter-spacing': 0.12,
        'text-max-width': 8,
      },
      paint: {
        'text-color': PALETTE.countryLabel,
        'text-halo-color': PALETTE.land,
        'text-halo-width': 1,
      },
    },
  ];
}
