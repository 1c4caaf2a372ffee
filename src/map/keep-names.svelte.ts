/**
 * Keeps the map's names in step with the app: their size (larger in presenter mode), and which
 * places are named above all others (the selected hub, the tour step's places; style/named.ts).
 */
import type { Map } from 'maplibre-gl';
import type { Selection } from '../data/corridor-index.ts';
import { NAMED_TWIN } from './ids.ts';
import { labelSizes } from './style/label-sizes.ts';
import { NAMED_STATE, SELECTED_STATE } from './style/named.ts';

interface Names {
  scale: number;
  named: readonly string[];
  selection: Selection | null;
}

/** Call from a component: `live` gives the map while it can be changed. */
export function keepNames(live: () => Map | null, names: () => Names): void {
  $effect(() => {
    const sizes = Object.entries(labelSizes(names().scale));
    const m = live();
    if (!m) return;
    for (const [id, size] of sizes) {
      m.setLayoutProperty(id, 'text-size', size);
      const twin = NAMED_TWIN[id as keyof typeof NAMED_TWIN];
      if (twin) m.setLayoutProperty(twin, 'text-size', size);
    }
  });

  $effect(() => {
    const { named, selection } = names();
    const hub = selection?.kind === 'hub' ? selection.id : '';
    const places = [...named];
    const m = live();
    if (!m) return;
    m.setGlobalStateProperty(NAMED_STATE, places);
    m.setGlobalStateProperty(SELECTED_STATE, hub);
  });
}
