/**
 * The route: a highlight glow, a white casing, then each mode's line (ferries dashed). Its
 * OpenStreetMap credit is in the map's credits line (credits.ts), in the reader's language.
 */
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { PALETTE } from '../../theme/palette.ts';
import { LAYER, SOURCE } from '../ids.ts';
import { NOT_YET_OPACITY, notYetOr, selectedOr } from './expressions.ts';

/**
 * How far a segment in a lane is drawn from its track, in pixels, to the right of its direction
 * (src/data/lanes.ts): half a casing's width, so two lines on one stretch sit edge to edge.
 * Picking shifts the lines by the same amount.
 */
export const LANE_OFFSET_PX = 2.75;
const laneOffset: ExpressionSpecification = ['*', ['get', 'lane'], LANE_OFFSET_PX];

export function routeSources(route: FeatureCollection): Record<string, SourceSpecification> {
  return {
    [SOURCE.route]: {
      type: 'geojson',
      data: route,
      // Feature-state (hover, selected) is keyed by the segment id.
      promoteId: 'id',
    },
  };
}

function modeLayer(
  id: LayerSpecification['id'],
  mode: 'rail' | 'sea' | 'road',
  dash?: number[],
): LayerSpecification {
  return {
    id,
    type: 'line',
    source: SOURCE.route,
    filter: ['==', ['get', 'mode'], mode],
    layout: { 'line-cap': dash ? 'butt' : 'round', 'line-join': 'round' },
    paint: {
      'line-color': PALETTE[mode],
      'line-width': selectedOr(5, 4.5, 3),
      'line-offset': laneOffset,
      'line-opacity': notYetOr(NOT_YET_OPACITY, 1),
      ...(dash ? { 'line-dasharray': dash } : {}),
    },
  };
}

export function routeLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.routeGlow,
      type: 'line',
      source: SOURCE.route,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': PALETTE.highlight,
        'line-width': 13,
        'line-offset': laneOffset,
        'line-opacity': selectedOr(0.95, 0.6, 0),
      },
    },
    {
      id: LAYER.routeCasing,
      type: 'line',
      source: SOURCE.route,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': PALETTE.white,
        'line-width': selectedOr(8, 7.5, 5.5),
        'line-offset': laneOffset,
        'line-opacity': notYetOr(NOT_YET_OPACITY, 0.9),
      },
    },
    modeLayer(LAYER.routeRail, 'rail'),
    modeLayer(LAYER.routeSea, 'sea', [2, 1.2]),
    modeLayer(LAYER.routeRoad, 'road', [4, 1, 1, 1]),
  ];
}
