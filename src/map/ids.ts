/**
 * Every MapLibre source and layer id in one place: the style, the map component, picking and the
 * end-to-end tests all name layers through these, so a rename cannot leave one of them behind.
 */
export const SOURCE = {
  basemap: 'basemap',
  /** The 10m coasts, borders, lakes and rivers, added when the reader first zooms in. */
  basemapDetail: 'basemap-detail',
  route: 'route',
  hubs: 'hubs',
  flows: 'flows',
  /** The routes the "Compare routes" view draws beside the corridor (compare-layer.ts). */
  compare: 'compare',
} as const;

export const LAYER = {
  water: 'water',
  land: 'land',
  lakes: 'lakes',
  rivers: 'rivers',
  countryBorders: 'country-borders',
  disputedBorders: 'disputed-borders',
  landDetail: 'land-detail',
  lakesDetail: 'lakes-detail',
  riversDetail: 'rivers-detail',
  coastDetail: 'coast-detail',
  countryBordersDetail: 'country-borders-detail',
  disputedBordersDetail: 'disputed-borders-detail',
  riverLabels: 'river-labels',
  riverLabelsDetail: 'river-labels-detail',
  landformLabels: 'landform-labels',
  waterLabels: 'water-labels',
  countryLabels: 'country-labels',
  cityDots: 'city-dots',
  cityLabels: 'city-labels',
  routeGlow: 'route-glow',
  routeCasing: 'route-casing',
  routeRail: 'route-rail',
  routeSea: 'route-sea',
  routeRoad: 'route-road',
  flowLines: 'flow-lines',
  flowHeads: 'flow-heads',
  hubCircles: 'hub-circles',
  hubLabels: 'hub-labels',
  /** An unseen box over each hub's circle that no label may cover (see style/hubs.ts). */
  hubGuards: 'hub-guards',
  flowLabels: 'flow-labels',
  compareRail: 'compare-rail',
  compareSea: 'compare-sea',
  compareLabels: 'compare-labels',
  /**
   * The same names again for the places the app names (the selected hub, the tour step's
   * places), above every other name so that they win collisions (see style/named.ts).
   */
  landformLabelsNamed: 'landform-labels-named',
  waterLabelsNamed: 'water-labels-named',
  countryLabelsNamed: 'country-labels-named',
  cityDotsNamed: 'city-dots-named',
  cityLabelsNamed: 'city-labels-named',
  hubLabelsNamed: 'hub-labels-named',
} as const;

/** Each name layer's twin for the named places. */
export const NAMED_TWIN = {
  [LAYER.landformLabels]: LAYER.landformLabelsNamed,
  [LAYER.waterLabels]: LAYER.waterLabelsNamed,
  [LAYER.countryLabels]: LAYER.countryLabelsNamed,
  [LAYER.cityDots]: LAYER.cityDotsNamed,
  [LAYER.cityLabels]: LAYER.cityLabelsNamed,
  [LAYER.hubLabels]: LAYER.hubLabelsNamed,
} as const;

/** Every layer that draws a hub's or a basemap place's name. */
export const NAME_LAYERS = [
  LAYER.landformLabels,
  LAYER.waterLabels,
  LAYER.countryLabels,
  LAYER.cityLabels,
  LAYER.hubLabels,
  ...Object.values(NAMED_TWIN).filter((id) => id !== LAYER.cityDotsNamed),
] as const;

/** The transparent image that gives a hub's guard its size. */
export const HUB_GUARD_IMAGE = 'hub-guard';

export type LayerId = (typeof LAYER)[keyof typeof LAYER];

/** The overview's shapes, which give way to the 10m detail from zoom 6 once it has loaded. */
export const OVERVIEW_SHAPE_LAYERS = [
  LAYER.land,
  LAYER.lakes,
  LAYER.rivers,
  LAYER.countryBorders,
  LAYER.disputedBorders,
  LAYER.riverLabels,
] as const;

/** The layers a click or tap on a line can hit. */
export const ROUTE_LINE_LAYERS = [LAYER.routeRail, LAYER.routeSea, LAYER.routeRoad] as const;

/** The investment arrows across the Caspian, hidden until a view or segment asks for them. */
export const FLOW_LAYERS = [LAYER.flowLines, LAYER.flowHeads, LAYER.flowLabels] as const;

/** The source that draws each kind of selection, for feature-state. */
export const SOURCE_OF_KIND = { segment: SOURCE.route, hub: SOURCE.hubs } as const satisfies Record<
  'segment' | 'hub',
  string
>;
