/**
 * The "Compare routes" map state: the compared routes' lines (rail solid, sea dashed) in their
 * colours under the corridor, named along their length, and the camera opened out to frame them
 * all. Loaded with the view: nothing here is needed to draw the first view.
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, LayerSpecification, Map } from 'maplibre-gl';
import type { AlternativeFigures } from '../data/alternatives/figures-schema.ts';
import { boundsOf } from '../data/geometry-bounds.ts';
import { compareRows } from '../content/compare-rows.ts';
import { PALETTE } from '../theme/palette.ts';
import { LAYER, SOURCE } from './ids.ts';

const LAYERS = [LAYER.compareRail, LAYER.compareSea, LAYER.compareLabels];

function routesData(compare: AlternativeFigures): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: compareRows(compare).flatMap(({ route, line, colour }) =>
      line
        ? [
            {
              type: 'Feature',
              properties: { id: route.id, name: route.name, kind: line.kind, colour },
              geometry: { type: 'LineString', coordinates: line.coordinates },
            },
          ]
        : [],
    ),
  };
}

function lineLayer(id: string, kind: 'rail' | 'sea', dash?: number[]): LayerSpecification {
  return {
    id,
    type: 'line',
    source: SOURCE.compare,
    filter: ['==', ['get', 'kind'], kind],
    layout: { 'line-cap': dash ? 'butt' : 'round', 'line-join': 'round' },
    paint: {
      'line-color': ['get', 'colour'],
      'line-width': 3,
      'line-opacity': 0.85,
      ...(dash ? { 'line-dasharray': dash } : {}),
    },
  };
}

/** The routes' names, in the hubs' font: one the map already has the letters of. */
const labelLayer = (font: string[]): LayerSpecification => ({
  id: LAYER.compareLabels,
  type: 'symbol',
  source: SOURCE.compare,
  layout: {
    'symbol-placement': 'line',
    'symbol-spacing': 400,
    'text-field': ['get', 'name'],
    'text-font': font,
    'text-size': 13,
    'text-offset': [0, -0.9],
  },
  paint: {
    'text-color': ['get', 'colour'],
    'text-halo-color': PALETTE.white,
    'text-halo-width': 1.6,
  },
});

/** The box around every compared line: what the camera frames. */
export function compareBounds(compare: AlternativeFigures): [number, number, number, number] {
  return boundsOf(compare.lines.map((l) => l.coordinates));
}

/** Draws the compared routes (again, in another language's names) under the corridor. */
export function showCompare(map: Map, compare: AlternativeFigures): void {
  const data = routesData(compare);
  const source = map.getSource<GeoJSONSource>(SOURCE.compare);
  if (source) source.setData(data);
  else map.addSource(SOURCE.compare, { type: 'geojson', data });
  // Under the corridor's glow: the corridor stays on top where the routes share its track.
  const below = map.getLayer(LAYER.routeGlow) ? LAYER.routeGlow : undefined;
  if (!map.getLayer(LAYER.compareRail)) map.addLayer(lineLayer(LAYER.compareRail, 'rail'), below);
  if (!map.getLayer(LAYER.compareSea))
    map.addLayer(lineLayer(LAYER.compareSea, 'sea', [2, 1.5]), below);
  const font = map.getLayoutProperty(LAYER.hubLabels, 'text-font') as string[];
  if (!map.getLayer(LAYER.compareLabels)) map.addLayer(labelLayer(font));
}

export function hideCompare(map: Map): void {
  if (!map.getSource(SOURCE.compare)) return;
  for (const id of LAYERS) if (map.getLayer(id)) map.removeLayer(id);
  map.removeSource(SOURCE.compare);
}
