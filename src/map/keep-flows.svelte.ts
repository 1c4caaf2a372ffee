/** Keeps the investment arrows across the Caspian shown while the app asks for them. */
import type { Map } from 'maplibre-gl';
import { FLOW_LAYERS } from './ids.ts';

/** Call from a component: `live` gives the map while it can be changed. */
export function keepFlows(live: () => Map | null, shown: () => boolean): void {
  $effect(() => {
    const visibility = shown() ? 'visible' : 'none';
    const m = live();
    if (m) for (const id of FLOW_LAYERS) m.setLayoutProperty(id, 'visibility', visibility);
  });
}
