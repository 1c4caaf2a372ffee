/**
 * The map style as plain data, assembled from its parts. Layer order is drawing order; symbol
 * layers placed later win label collisions: the basemap's names first (lowest), then the hubs,
 * the named places' names (the selected hub, the tour step's places: named.ts), the hubs'
 * unseen guards (no name covers a hub's circle), and the flow figures last.
 */
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { basemapLayers, basemapSources } from './basemap.ts';
import { basemapLabelLayers, namedBasemapLabelLayers } from './basemap-labels.ts';
import { flowLabelLayer, flowShapeLayers, flowSources } from './flows.ts';
import { FONT_FACES } from './fonts.ts';
import {
  hubCircleLayer,
  hubGuardLayer,
  hubLabelLayer,
  hubSources,
  namedHubLabelLayer,
} from './hubs.ts';
import { labelSizes } from './label-sizes.ts';
import { GLOBAL_STATE_DEFAULTS, PLACES_STATE } from './named.ts';
import { routeLayers, routeSources } from './route.ts';

export interface StyleInput {
  basemap: FeatureCollection;
  route: FeatureCollection;
  hubs: FeatureCollection;
  flows: FeatureCollection;
  /** The basemap's names in the reader's language (i18n.places). */
  places?: Readonly<Record<string, string>>;
}

export function corridorStyle({
  basemap,
  route,
  hubs,
  flows,
  places = {},
}: StyleInput): StyleSpecification {
  const sizes = labelSizes(1);
  return {
    version: 8,
    name: 'Middle Corridor (offline)',
    'font-faces': FONT_FACES,
    state: { ...GLOBAL_STATE_DEFAULTS, [PLACES_STATE]: { default: places } },
    sources: {
      ...basemapSources(basemap),
      ...routeSources(route),
      ...hubSources(hubs),
      ...flowSources(flows),
    },
    layers: [
      ...basemapLayers(),
      ...basemapLabelLayers(sizes),
      ...routeLayers(),
      ...flowShapeLayers(),
      hubCircleLayer(),
      hubLabelLayer(sizes),
      ...namedBasemapLabelLayers(sizes),
      namedHubLabelLayer(sizes),
      hubGuardLayer(),
      flowLabelLayer(sizes),
    ],
  };
}
