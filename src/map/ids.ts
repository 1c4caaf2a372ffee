/**
 * Every MapLibre source and layer id in one place: the style, the map component, picking and the
 * end-to-end tests all name layers through these, so a rename cannot leave one of them behind.
 */
export const SOURCE = {
  basemap: 'basemap',
  route: 'route',
  hubs: 'hubs',
  flows: 'flows',
} as const;

export const LAYER = {
  water: 'water',
  land: 'land',
  countryBorders: 'country-borders',
  countryLabels: 'country-labels',
  routeGlow: 'route-glow',
  routeCasing: 'route-casing',
  routeRail: 'route-rail',
  routeSea: 'route-sea',
  routeRoad: 'route-road',
  flowLines: 'flow-lines',
  flowHeads: 'flow-heads',
  hubCircles: 'hub-circles',
  hubLabels: 'hub-labels',
  flowLabels: 'flow-labels',
} as const;

export type LayerId = (typeof LAYER)[keyof typeof LAYER];

/** The layers a click or tap on a line can hit. */
export const ROUTE_LINE_LAYERS = [LAYER.routeRail, LAYER.routeSea, LAYER.routeRoad] as const;

/** The investment arrows across the Caspian, hidden until a view or segment asks for them. */
export const FLOW_LAYERS = [LAYER.flowLines, LAYER.flowHeads, LAYER.flowLabels] as const;

/** The source that draws each kind of selection, for feature-state. */
export const SOURCE_OF_KIND = { segment: SOURCE.route, hub: SOURCE.hubs } as const satisfies Record<
  'segment' | 'hub',
  string
>;
