/** Hubs: a circle coloured by kind, and a label beside it. */
import type { FeatureCollection } from 'geojson';
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
} from 'maplibre-gl';
import { PALETTE } from '../../theme/palette.ts';
import { HUB_GUARD_IMAGE, LAYER, SOURCE } from '../ids.ts';
import { NOT_YET_OPACITY, notYetOr, selectedOr } from './expressions.ts';
import { LABEL_FONT } from './fonts.ts';
import { HUB_LABEL_OFFSET_EM } from './hub-label-place.ts';
import { HUB_RADIUS, HUB_STROKE } from './hub-size.ts';
import type { LabelSizes } from './label-sizes.ts';
import { isSelected, namedTwin, unnamed } from './named.ts';

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
  const { low, high } = HUB_RADIUS;
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
        low.zoom,
        selectedOr(low.selected, low.hover, byKind(low.junction, low.other)),
        high.zoom,
        selectedOr(high.selected, high.hover, byKind(high.junction, high.other)),
      ],
      'circle-stroke-color': selectedOr(PALETTE.highlight, PALETTE.highlight, PALETTE.white),
      'circle-stroke-width': selectedOr(3, 3, HUB_STROKE),
      'circle-opacity': notYetOr(NOT_YET_OPACITY, 1),
      'circle-stroke-opacity': notYetOr(NOT_YET_OPACITY, 1),
    },
  };
}

/**
 * A hub's name always starts just right of its own circle. It never moves to another side: at the
 * overview's scale another side is often nearer a different hub's circle than its own. A name
 * that does not fit there hides (symbol-sort-key: ports and borders first, then junctions, then
 * cities).
 */
function hubLabels(sizes: LabelSizes) {
  return {
    id: LAYER.hubLabels,
    type: 'symbol',
    source: SOURCE.hubs,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [LABEL_FONT],
      'text-size': sizes[LAYER.hubLabels],
      'text-anchor': 'left',
      'text-offset': [HUB_LABEL_OFFSET_EM, 0],
      'symbol-sort-key': BY_KIND,
    },
    paint: {
      'text-color': PALETTE.ink,
      'text-halo-color': PALETTE.white,
      'text-halo-width': 1.5,
      'text-opacity': notYetOr(0.45, 1),
    },
  } satisfies LayerSpecification;
}

/** Ports and borders first, then junctions, then cities. */
const BY_KIND: ExpressionSpecification = [
  'match',
  ['get', 'kind'],
  ['port', 'border'],
  0,
  'junction',
  1,
  2,
];

/** Hub names other than the named ones (the selected hub, the tour step's hubs). */
export function hubLabelLayer(sizes: LabelSizes): LayerSpecification {
  return unnamed(hubLabels(sizes));
}

/**
 * The named hubs' names, placed before every other name: the selected hub's first. Two named
 * hubs a few kilometres apart (Khorgos and Altynkol) cannot both be named on the right without
 * one name covering the other's circle; a named hub's name may then stand on the left of its own
 * circle, still beside it, rather than go.
 */
export function namedHubLabelLayer(sizes: LabelSizes): LayerSpecification {
  const always: FilterSpecification = ['boolean', true];
  const layer = hubLabels(sizes);
  const layout: Record<string, unknown> = {
    ...layer.layout,
    'text-variable-anchor': ['left', 'right'],
    'text-radial-offset': HUB_LABEL_OFFSET_EM,
  };
  delete layout['text-anchor'];
  delete layout['text-offset'];
  const beside = { ...layer, layout: layout as typeof layer.layout };
  return namedTwin(beside, always, ['case', isSelected, -1, BY_KIND]);
}

/**
 * An unseen box over every hub's circle, placed before any name (it comes later in the layer
 * list): no name, of a hub or the basemap, may cover a hub's circle, so a name that would sit
 * beside a different hub's circle collides with it and hides instead.
 */
export function hubGuardLayer(): LayerSpecification {
  return {
    id: LAYER.hubGuards,
    type: 'symbol',
    source: SOURCE.hubs,
    layout: {
      'icon-image': HUB_GUARD_IMAGE,
      'icon-allow-overlap': true,
      'icon-ignore-placement': false,
      'icon-padding': 0,
      // The guard fits the circle: a junction's is smaller (radius 4 and its outline at zoom 4),
      // which leaves the names of two junctions close together room beside them.
      'icon-size': byKind(0.7, 1),
    },
  };
}
