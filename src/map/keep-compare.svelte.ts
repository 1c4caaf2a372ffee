/**
 * Keeps the compared routes drawn while the "Compare routes" view or a tour step asks for them:
 * loads the comparison and the map's code for it when first needed, opens the camera's limits out
 * to the routes and frames them (in their view); on leaving, takes them away.
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
  /**
   * Whether drawing the routes moves the camera: yes for their view (it frames them all, and goes
   * back to the whole corridor when it closes); no for a tour step, which keeps its own frame.
   */
  ownsCamera: () => boolean;
}

export function keepCompare(
  live: () => Map | null,
  shown: () => boolean,
  { corridor: data, i18n, duration, ownsCamera }: CompareContext,
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
      const back = ownsCamera();
      void import('./compare-layer.ts').then(({ hideCompare }) => {
        hideCompare(m);
        widenLimits(m, null, corridor);
        if (back) showWholeCorridor(m, corridor, duration());
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
      if (!first || !ownsCamera()) return;
      const area = layer.compareBounds(compare);
      widenLimits(m, area, corridor);
      m.fitBounds(area, { padding: 30, bearing: 0, pitch: 0, duration: duration() });
    });
    return () => {
      current = false;
    };
  });
}
