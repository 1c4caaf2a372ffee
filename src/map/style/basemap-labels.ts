/**
 * The basemap's names. Symbol layers placed later win collisions, so they come in rising
 * priority: landforms, then water, rivers, countries, and cities last (hubs, added after the
 * basemap, beat them all). Within a layer, rank 0 is placed first; ranks 1–3 come in as the
 * reader zooms in (filters see whole zooms only, so the steps are whole numbers).
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { PALETTE } from '../../theme/palette.ts';
import { LAYER, SOURCE } from '../ids.ts';
import { layerIs } from './basemap.ts';
import { ITALIC_FONT, LABEL_FONT } from './fonts.ts';
import { namedTwin, placeName, unnamed } from './named.ts';
import type { LabelSizes } from './label-sizes.ts';

/** The zoom from which each rank (0, 1, 2, 3) is shown. */
type RankZooms = [number, number, number, number];

/** The layer's features at a point's own zoom range, if it has one (a name's further points). */
const atOwnZooms = (layer: string): ExpressionSpecification => [
  'all',
  layerIs(layer),
  ['>=', ['zoom'], ['coalesce', ['get', 'minzoom'], 0]],
  ['<', ['zoom'], ['coalesce', ['get', 'maxzoom'], 24]],
];

/** Ranks first, then a point's own zoom range. */
const shownAt = (layer: string, [r0, r1, r2, r3]: RankZooms): FilterSpecification => [
  'all',
  ['>=', ['zoom'], ['match', ['get', 'rank'], 0, r0, 1, r1, 2, r2, r3]],
  atOwnZooms(layer),
];

/** The basemap layer each name layer draws, for the layers that have a twin for named places. */
const TWINNED: Partial<Record<string, string>> = {
  [LAYER.landformLabels]: 'landform',
  [LAYER.waterLabels]: 'water',
  [LAYER.countryLabels]: 'country',
  [LAYER.cityDots]: 'city',
  [LAYER.cityLabels]: 'city',
};

type Twinnable = Parameters<typeof namedTwin>[0];

/** The basemap's names, without the places the app names now (their twins draw them). */
export function basemapLabelLayers(sizes: LabelSizes): LayerSpecification[] {
  return nameLayers(sizes).map((layer) =>
    TWINNED[layer.id] ? unnamed(layer as Twinnable) : layer,
  );
}

/** The twins that draw the named places' names, above every other name. */
export function namedBasemapLabelLayers(sizes: LabelSizes): LayerSpecification[] {
  return nameLayers(sizes).flatMap((layer) => {
    const kind = TWINNED[layer.id];
    return kind ? [namedTwin(layer as Twinnable, atOwnZooms(kind))] : [];
  });
}

const rank: ExpressionSpecification = ['get', 'rank'];

/** A river's name along its line; `source` is the overview or the 10m detail. */
export function riverLabelLayer(
  id: string,
  source: string,
  size: LabelSizes[typeof LAYER.riverLabels],
  zooms: { minzoom: number; maxzoom?: number },
): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source,
    ...zooms,
    filter: layerIs('river'),
    layout: {
      'symbol-placement': 'line',
      'text-field': placeName,
      'text-font': [ITALIC_FONT],
      'text-size': size,
      'text-letter-spacing': 0.05,
      'symbol-spacing': 400,
    },
    paint: {
      'text-color': PALETTE.waterLabel,
      'text-halo-color': PALETTE.land,
      'text-halo-width': 1.2,
    },
  };
}

function nameLayers(sizes: LabelSizes): LayerSpecification[] {
  return [
    {
      id: LAYER.landformLabels,
      type: 'symbol',
      source: SOURCE.basemap,
      filter: shownAt('landform', [0, 3, 4, 6]),
      layout: {
        'text-field': placeName,
        'text-font': [ITALIC_FONT],
        'text-size': sizes[LAYER.landformLabels],
        'text-letter-spacing': 0.1,
        'text-max-width': 7,
        'symbol-sort-key': rank,
      },
      paint: {
        'text-color': PALETTE.landformLabel,
        'text-halo-color': PALETTE.land,
        'text-halo-width': 1.2,
      },
    },
    {
      id: LAYER.waterLabels,
      type: 'symbol',
      source: SOURCE.basemap,
      filter: shownAt('water', [0, 3, 5, 6]),
      layout: {
        'text-field': placeName,
        'text-font': [ITALIC_FONT],
        'text-size': sizes[LAYER.waterLabels],
        'text-letter-spacing': 0.08,
        // Lakes are narrow: their names break over two lines, seas' stay on one.
        'text-max-width': ['match', ['get', 'kind'], ['lake', 'reservoir'], 5, 8],
        // A strait's or a small sea's name may stand beside its point where a hub's name takes
        // the point (the Bosphorus beside Istanbul on a 1024 px projector): water has no dot.
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.5,
        'symbol-sort-key': rank,
      },
      paint: {
        'text-color': PALETTE.waterLabel,
        'text-halo-color': PALETTE.water,
        'text-halo-width': 1.2,
      },
    },
    riverLabelLayer(LAYER.riverLabels, SOURCE.basemap, sizes[LAYER.riverLabels], { minzoom: 5 }),
    {
      id: LAYER.countryLabels,
      type: 'symbol',
      source: SOURCE.basemap,
      filter: shownAt('country', [0, 0, 4, 4]),
      layout: {
        'text-field': ['upcase', placeName],
        'text-font': [LABEL_FONT],
        'text-size': sizes[LAYER.countryLabels],
        'text-letter-spacing': 0.08,
        'text-max-width': 8,
        // Where hubs crowd a small country, its name may rise above its point rather than go.
        'text-variable-anchor': ['center', 'bottom'],
        'text-radial-offset': 0.3,
        'symbol-sort-key': rank,
      },
      paint: {
        'text-color': ['match', rank, 0, PALETTE.countryLabel, PALETTE.countryLabelQuiet],
        'text-halo-color': PALETTE.land,
        'text-halo-width': 1.2,
      },
    },
    {
      id: LAYER.cityDots,
      type: 'circle',
      source: SOURCE.basemap,
      filter: shownAt('city', [0, 3, 5, 6]),
      paint: {
        'circle-color': PALETTE.cityDot,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 2, 8, 3.5],
        'circle-stroke-color': PALETTE.white,
        'circle-stroke-width': 1,
      },
    },
    {
      id: LAYER.cityLabels,
      type: 'symbol',
      source: SOURCE.basemap,
      filter: shownAt('city', [0, 3, 5, 6]),
      layout: {
        'text-field': placeName,
        'text-font': [LABEL_FONT],
        'text-size': sizes[LAYER.cityLabels],
        // Beside its own dot, or not at all: a name never moves over to another place's dot.
        'text-variable-anchor': ['left', 'right'],
        'text-radial-offset': 0.5,
        'text-justify': 'auto',
        'symbol-sort-key': rank,
      },
      paint: {
        'text-color': PALETTE.cityLabel,
        'text-halo-color': PALETTE.land,
        'text-halo-width': 1.2,
      },
    },
  ];
}
