/**
 * Names the app needs on screen whatever else crowds them: the selected hub, and the places the
 * current tour step talks about. Symbol layers placed later win collisions, and MapLibre compares
 * symbols across layers by layer order only, so a named place's name is drawn by a twin of its own
 * layer placed above every other name; the ordinary layer leaves it out (else a name that can
 * stand on another side, a city's or a country's, would be drawn twice). Which places are named
 * is the style's global state `named` (a list of ids), set by the map as the app changes.
 * A named name still gives way to the hubs' circles (their guards are placed before it): it
 * never covers another hub's dot.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { NAMED_TWIN } from '../ids.ts';

/** The global-state properties the style reads. */
export const NAMED_STATE = 'named';
export const SELECTED_STATE = 'selected';

/** The basemap's names in the reader's language, by label id (i18n.places); {} in English. */
export const PLACES_STATE = 'places';

export const GLOBAL_STATE_DEFAULTS = {
  [NAMED_STATE]: { default: [] as string[] },
  [SELECTED_STATE]: { default: '' },
  [PLACES_STATE]: { default: {} as Record<string, string> },
};

/** A basemap label's name: in the reader's language where the project has it, else English. */
export const placeName: ExpressionSpecification = [
  'coalesce',
  ['get', ['get', 'id'], ['object', ['global-state', PLACES_STATE]]],
  ['get', 'name'],
];

/** Whether the feature is one the app names now. */
export const isNamed: ExpressionSpecification = [
  'in',
  ['get', 'id'],
  ['array', 'string', ['global-state', NAMED_STATE]],
];

/** Whether the feature is the selected hub. */
export const isSelected: ExpressionSpecification = [
  '==',
  ['get', 'id'],
  ['string', ['global-state', SELECTED_STATE]],
];

type Twinned = keyof typeof NAMED_TWIN;
type SymbolOrCircle = Extract<LayerSpecification, { type: 'symbol' | 'circle' }>;

/** The ordinary layer, without the named places. */
export function unnamed<L extends SymbolOrCircle>(layer: L): L {
  const filter: FilterSpecification = layer.filter
    ? ['all', layer.filter as ExpressionSpecification, ['!', isNamed]]
    : ['!', isNamed];
  return { ...layer, filter };
}

/**
 * The layer's twin for the named places. `always` is the part of the filter that holds at every
 * rank (which kind of feature, and a repeated point's own zooms); the rank's zooms are dropped:
 * a named strait is drawn even where its rank would wait for a closer zoom.
 */
export function namedTwin<L extends SymbolOrCircle>(
  layer: L & { id: Twinned },
  always: FilterSpecification,
  sortKey?: ExpressionSpecification,
): L {
  const twin = { ...layer, id: NAMED_TWIN[layer.id], filter: ['all', always, isNamed] };
  if (sortKey && twin.type === 'symbol')
    return { ...twin, layout: { ...twin.layout, 'symbol-sort-key': sortKey } } as L;
  return twin as L;
}
