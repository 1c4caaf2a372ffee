/**
 * The embedded basemap's shapes: water, land, lakes, rivers and borders, generalised for the
 * overview. The same layers at 10m (plus shorelines) are added from zoom 6 by
 * map/basemap-detail.ts; the names are in basemap-labels.ts.
 */
import type { FeatureCollection } from 'geojson';
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
} from 'maplibre-gl';
import { PALETTE } from '../../theme/palette.ts';
import { LAYER, SOURCE } from '../ids.ts';
import { growWithZoom } from './expressions.ts';

export function basemapSources(basemap: FeatureCollection): Record<string, SourceSpecification> {
  return {
    [SOURCE.basemap]: { type: 'geojson', data: basemap },
  };
}

export const layerIs = (layer: string): ExpressionSpecification => ['==', ['get', 'layer'], layer];

const borderFilter = (disputed: boolean): FilterSpecification => [
  'all',
  layerIs('border'),
  ['==', ['has', 'disputed'], disputed],
];

const borderWidth: ExpressionSpecification = growWithZoom(3, 0.7, 8, 1.4);
const riverWidth: ExpressionSpecification = growWithZoom(3, 0.5, 9, 1.8);

/** The layer ids of one level of detail. */
export interface ShapeIds {
  land: string;
  lakes: string;
  rivers: string;
  borders: string;
  disputed: string;
  /** Only the 10m level draws shorelines; the overview's are the edge of the land's fill. */
  coast?: string;
}

/** One level's shape layers from `source`, drawn from `minzoom` on. */
export function shapeLayers(source: string, ids: ShapeIds, minzoom = 0): LayerSpecification[] {
  const base = { source, minzoom };
  return [
    {
      ...base,
      id: ids.land,
      type: 'fill',
      filter: layerIs('land'),
      paint: { 'fill-color': PALETTE.land },
    },
    {
      ...base,
      id: ids.lakes,
      type: 'fill',
      filter: layerIs('lake'),
      paint: { 'fill-color': PALETTE.water },
    },
    ...(ids.coast
      ? [
          {
            ...base,
            id: ids.coast,
            type: 'line',
            filter: layerIs('coast'),
            paint: { 'line-color': PALETTE.coast, 'line-width': 0.8 },
          } satisfies LayerSpecification,
        ]
      : []),
    {
      ...base,
      id: ids.rivers,
      type: 'line',
      filter: layerIs('river'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': PALETTE.river, 'line-width': riverWidth },
    },
    {
      ...base,
      id: ids.borders,
      type: 'line',
      filter: borderFilter(false),
      paint: { 'line-color': PALETTE.border, 'line-width': borderWidth, 'line-dasharray': [3, 2] },
    },
    {
      ...base,
      id: ids.disputed,
      type: 'line',
      filter: borderFilter(true),
      paint: { 'line-color': PALETTE.border, 'line-width': borderWidth, 'line-dasharray': [1, 2] },
    },
  ];
}

export function basemapLayers(): LayerSpecification[] {
  return [
    { id: LAYER.water, type: 'background', paint: { 'background-color': PALETTE.water } },
    ...shapeLayers(SOURCE.basemap, {
      land: LAYER.land,
      lakes: LAYER.lakes,
      rivers: LAYER.rivers,
      borders: LAYER.countryBorders,
      disputed: LAYER.disputedBorders,
    }),
  ];
}
