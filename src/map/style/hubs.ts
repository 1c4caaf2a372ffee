/** Hubs: a circle coloured by kind, and a label beside it. */
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { PALETTE } from '../../theme/palette.ts';
import { LAYER, SOURCE } from '../ids.ts';
import { selectedOr } from './expressions.ts';
import { LABEL_FONT } from './fonts.ts';
import type { LabelSizes } from './label-sizes.ts';

export function hubSources(hubs: FeatureCollection): Record<string, SourceSpecification> {
  return { [SOURCE.hubs]: { type: 'geojson', data: hubs, promoteId: 'id' } };
}

/** Junctions are drawn smaller than ports, borders and cities. */
const byKind = (junction: number, other: number): ExpressionSpecification => [
  'match',
  ['get', 'kind'],
  'junction',
  junction,
  other,
];

export function hubCircleLayer(): LayerSpecification {
  return {
    id: LAYER.hubCircles,
    type: 'circle',
    source: SOURCE.hubs,
    paint: {
      'circle-color': [
        'match',
        ['get', 'kind'],
        'port',
        PALETTE.port,
        'border',
        PALETTE.borderHub,
        'junction',
        PALETTE.junction,
        PALETTE.city,
      ],
      // Smaller when zoomed out, so the overview on a phone is not all dots.
      'circle-radius': [
        'interpolate',
        ['linear'],
        ['zoom'],
        2,
        selectedOr(6, 5, byKind(2.5, 3.5)),
        4,
        selectedOr(9, 8, byKind(4, 5.5)),
      ],
      'circle-stroke-color': selectedOr(PALETTE.highlight, PALETTE.highlight, PALETTE.white),
      'circle-stroke-width': selectedOr(3, 3, 1.5),
    },
  };
}

export function hubLabelLayer(sizes: LabelSizes): LayerSpecification {
  return {
    id: LAYER.hubLabels,
    type: 'symbol',
    source: SOURCE.hubs,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [LABEL_FONT],
      'text-size': sizes[LAYER.hubLabels],
      'text-variable-anchor': ['top-left', 'bottom-right', 'top-right', 'bottom-left'],
      'text-radial-offset': 0.6,
      'text-justify': 'auto',
      // Ports and borders are what the corridor is about: they keep their labels first.
      'symbol-sort-key': ['match', ['get', 'kind'], 'port', 0, 'border', 1, 'city', 2, 3],
    },
    paint: { 'text-color': PALETTE.ink, 'text-halo-color': PALETTE.white, 'text-halo-width': 1.5 },
  };
}
