/** The investment arrows across the Caspian: lines, heads and labels, hidden until asked for. */
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { PALETTE } from '../../theme/palette.ts';
import { LAYER, SOURCE } from '../ids.ts';
import { LABEL_FONT } from './fonts.ts';
import type { LabelSizes } from './label-sizes.ts';

export function flowSources(flows: FeatureCollection): Record<string, SourceSpecification> {
  return { [SOURCE.flows]: { type: 'geojson', data: flows } };
}

export function flowShapeLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.flowLines,
      type: 'line',
      source: SOURCE.flows,
      filter: ['==', ['geometry-type'], 'LineString'],
      layout: { visibility: 'none', 'line-cap': 'butt' },
      paint: {
        'line-color': PALETTE.flow,
        'line-width': ['interpolate', ['linear'], ['get', 'value'], 0, 1, 250, 9],
      },
    },
    {
      id: LAYER.flowHeads,
      type: 'fill',
      source: SOURCE.flows,
      filter: ['==', ['geometry-type'], 'Polygon'],
      layout: { visibility: 'none' },
      paint: { 'fill-color': PALETTE.flow },
    },
  ];
}

export function flowLabelLayer(sizes: LabelSizes): LayerSpecification {
  return {
    id: LAYER.flowLabels,
    type: 'symbol',
    source: SOURCE.flows,
    filter: ['==', ['geometry-type'], 'Point'],
    layout: {
      visibility: 'none',
      'text-field': ['get', 'label'],
      'text-font': [LABEL_FONT],
      'text-size': sizes[LAYER.flowLabels],
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
    paint: { 'text-color': PALETTE.flow, 'text-halo-color': PALETTE.white, 'text-halo-width': 2.5 },
  };
}
