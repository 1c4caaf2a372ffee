/**
 * Keeps the drawn map in the reader's language: when the language changes (new data and messages
 * swapped into the corridor and i18n), the map's names and control texts follow.
 */
import type { Map } from 'maplibre-gl';
import type { Corridor } from '../data/corridor-index.ts';
import type { I18n } from '../i18n/i18n.svelte.ts';
import { investmentFlows } from './flows.ts';
import { hubCollection } from './geojson.ts';
import { showLanguage } from './language.ts';

/** Must run while a component initialises (it uses an effect). */
export function keepLanguage(live: () => Map | null, corridor: Corridor, i18n: I18n): void {
  // The map is built in the language of the moment; only a later change needs redrawing.
  let drawn = corridor.data;
  $effect(() => {
    const data = corridor.data;
    const m = live();
    if (!m || data === drawn) return;
    drawn = data;
    showLanguage(m, {
      hubs: hubCollection(data.hubs),
      flows: investmentFlows(corridor, i18n.f),
      places: i18n.places,
      locale: i18n.m.maplibre,
      credits: i18n.m.map.credits,
      wholeCorridorLabel: i18n.m.map.wholeCorridor,
    });
  });
}
