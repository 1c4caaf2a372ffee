/**
 * Keeps the compared routes drawn while the "Compare routes" view is open: loads the comparison
 * and the map's code for it when first needed, opens the camera's limits out to the routes and
 * frames them; on leaving, takes them away and goes back to the whole corridor.
 */
import type { Map } from 'maplibre-gl';
import type { Corridor } from '../data/corridor-index.ts';
import type { I18n } from '../i18n/i18n.svelte.ts';
import { corridorBounds } from './camera.ts';
import { showWholeCorridor, widenLimits } from './whole-corridor.ts';

interface CompareContext {
  corridor: Corridor;
  /** The reader's language: the routes' names on the map follow it. */
  i18n: I18n;
  /** How long a camera move takes (0 with reduced motion). */
  duration: () => number;
}

export function keepCompare(
  live: () => Map | null,
  shown: () => boolean,
  { corridor: data, i18n, duration }: CompareContext,
): void {
  const corridor = corridorBounds(data);
  let drawn = false;
  $effect(() => {
    const m = live();
    const on = shown();
    const lang = i18n.m.lang;
    if (!m) return;
    if (!on) {
      if (!drawn) return;
      drawn = false;
      void import('./compare-layer.ts').then(({ hideCompare }) => {
        hideCompare(m);
        widenLimits(m, null, corridor);
        showWholeCorridor(m, corridor, duration());
      });
      return;
    }
    let current = true;
    // The comparison and the code that draws it load when first asked for, not with the map.
    const loading = import('../data/compare.ts').then(({ loadCompare }) => loadCompare(lang));
    void Promise.all([loading, import('./compare-layer.ts')]).then(([compare, layer]) => {
      if (!current || !compare) return;
      const first = !drawn;
      drawn = true;
      layer.showCompare(m, compare);
      if (!first) return;
      const area = layer.compareBounds(compare);
      widenLimits(m, area, corridor);
      m.fitBounds(area, { padding: 30, bearing: 0, pitch: 0, duration: duration() });
    });
    return () => {
      current = false;
    };
  });
}
