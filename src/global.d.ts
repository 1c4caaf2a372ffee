import type { Map } from 'maplibre-gl';

declare global {
  interface Window {
    /** Test hook: set once the map first reaches `idle`, so e2e tests can project coordinates. */
    __corridor?: { map: Map };
  }
}

export {};
