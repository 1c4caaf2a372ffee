/**
 * The end-to-end tests' view into the map: `window.__corridor` and `<html data-map-ready>`. Only
 * in test builds (`vite build --mode e2e`); a reader's build carries neither. Every build marks
 * the moment with `performance.mark('map-ready')`, which the benchmark reads.
 */
import type { Map } from 'maplibre-gl';

export const TEST_HOOKS = import.meta.env.MODE === 'e2e';

export function markReady(map: Map): void {
  const readyMs = Math.round(performance.now());
  performance.mark('map-ready');
  if (!TEST_HOOKS) return;
  window.__corridor = { map };
  document.documentElement.dataset['mapReadyMs'] = String(readyMs);
  document.documentElement.dataset['mapReady'] = 'true';
}
