/**
 * The hovered and the selected feature, as MapLibre feature-state: setting a new one clears the
 * previous, so exactly one feature carries each state.
 */
import type { Map } from 'maplibre-gl';
import type { Selection } from '../data/corridor-index.ts';
import { SOURCE_OF_KIND } from './ids.ts';

export class Highlight {
  readonly #map: Map;
  readonly #state: 'hover' | 'selected';
  #current: Selection | null = null;

  constructor(map: Map, state: 'hover' | 'selected') {
    this.#map = map;
    this.#state = state;
  }

  get current(): Selection | null {
    return this.#current;
  }

  set(next: Selection | null): void {
    if (next?.kind === this.#current?.kind && next?.id === this.#current?.id) return;
    this.#paint(this.#current, false);
    this.#current = next;
    this.#paint(next, true);
  }

  #paint(target: Selection | null, on: boolean): void {
    if (target)
      this.#map.setFeatureState(
        { source: SOURCE_OF_KIND[target.kind], id: target.id },
        { [this.#state]: on },
      );
  }
}
