/**
 * Redraws the map's words in another language without rebuilding it: the basemap's names (the
 * style's `places` state), the hubs' names and the arrows' figures (their sources' data), and
 * MapLibre's own control texts and the credits line, which MapLibre writes once when a control is
 * added.
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map } from 'maplibre-gl';
import { showCredits, type CreditWords } from './credits.ts';
import { SOURCE } from './ids.ts';
import { PLACES_STATE } from './style/named.ts';

export interface MapWords {
  hubs: FeatureCollection;
  flows: FeatureCollection;
  places: Readonly<Record<string, string>>;
  /** MapLibre's UI strings (its `locale` option). */
  locale: Record<string, string>;
  credits: CreditWords;
  wholeCorridorLabel: string;
}

/** MapLibre's control buttons and the UI string each one's title and accessible name come from. */
const CONTROL_TEXTS: [selector: string, key: string][] = [
  ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
  ['.maplibregl-ctrl-attrib-button', 'AttributionControl.ToggleAttribution'],
];

export function showLanguage(map: Map, words: MapWords): void {
  map.setGlobalStateProperty(PLACES_STATE, words.places);
  (map.getSource(SOURCE.hubs) as GeoJSONSource | undefined)?.setData(words.hubs);
  (map.getSource(SOURCE.flows) as GeoJSONSource | undefined)?.setData(words.flows);
  // The texts MapLibre looks up from now on (a control added later, a gesture hint) …
  Object.assign((map as unknown as { _locale: Record<string, string> })._locale, words.locale);
  // … and the ones it has already written.
  const container = map.getContainer();
  for (const [selector, key] of CONTROL_TEXTS) {
    const text = words.locale[key];
    const button = container.querySelector(selector);
    if (!text || !button) continue;
    button.setAttribute('title', text);
    button.setAttribute('aria-label', text);
  }
  const title = words.locale['Map.Title'];
  if (title) map.getCanvas().setAttribute('aria-label', title);
  showCredits(map, words.credits);
  const whole = container.querySelector('button.whole-corridor');
  if (whole) whole.textContent = words.wholeCorridorLabel;
}
