/**
 * Builds the MapLibre map: the style, the first view over the whole corridor, the controls, and
 * the canvas's accessible name and description.
 */
import { Map, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
// MapLibre's own sheet comes with the map, in MapLibre's chunk: it is MapLibre's weight, not ours.
import 'maplibre-gl/dist/maplibre-gl.css';
import type { StyleSpecification } from 'maplibre-gl';
import { BASEMAP_BOUNDS } from '../data/basemap-bounds.ts';
import { showCredits, type CreditWords } from './credits.ts';
import { HUB_GUARD_IMAGE } from './ids.ts';
import { firstViewPadding } from './limits.ts';
import { HUB_GUARD_SIZE } from './style/hub-label-place.ts';
import {
  applyLimits,
  keepFirstViewUntilMoved,
  showWholeCorridor,
  WholeCorridorControl,
} from './whole-corridor.ts';

// Without this the production build has no worker and draws a blank map.
setWorkerUrl(workerUrl);

export interface MapOptions {
  container: HTMLElement;
  style: StyleSpecification;
  bounds: [number, number, number, number];
  /** MapLibre's own control texts in the reader's language. */
  locale: Record<string, string>;
  /** The credits line's words. */
  credits: CreditWords;
  /** The button that brings the first view back. */
  wholeCorridorLabel: string;
  /** The id of the element that describes the map and its keys. */
  describedBy: string;
  reducedMotion: boolean;
  /** Page scroll passes over the map; Ctrl/⌘ + scroll or two fingers move it (for embeds). */
  cooperative?: boolean;
}

export function createMap(options: MapOptions): Map {
  const map = new Map({
    container: options.container,
    style: options.style,
    bounds: options.bounds,
    fitBoundsOptions: { padding: firstViewPadding(options.container.clientWidth) },
    maxBounds: BASEMAP_BOUNDS,
    attributionControl: false,
    locale: options.locale,
    fadeDuration: options.reducedMotion ? 0 : 300,
    dragRotate: false,
    pitchWithRotate: false,
    cooperativeGestures: options.cooperative ?? false,
  });
  map.touchZoomRotate.disableRotation();
  addGuardImage(map);
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  const duration = options.reducedMotion ? 0 : 700;
  map.addControl(
    new WholeCorridorControl(options.wholeCorridorLabel, () =>
      showWholeCorridor(map, options.bounds, duration),
    ),
    'top-right',
  );
  // The limits follow the map's size: the first view at that size always fits inside them.
  applyLimits(map, options.bounds);
  map.on('resize', () => applyLimits(map, options.bounds));
  // MapLibre follows its box with a ResizeObserver of its own; until the camera first moves, the
  // first view follows it too.
  keepFirstViewUntilMoved(map, options.bounds);
  showCredits(map, options.credits);
  map.getCanvas().setAttribute('aria-describedby', options.describedBy);
  return map;
}

/**
 * The hubs' guards are an image the style names but does not carry (the style has no sprite): it
 * is made (transparent) when MapLibre first asks, and again after a lost context rebuilds the style.
 */
function addGuardImage(map: Map): void {
  map.setMissingStyleImageResolver((id) => {
    if (id !== HUB_GUARD_IMAGE || map.hasImage(id)) return;
    const size = HUB_GUARD_SIZE;
    map.addImage(id, { width: size, height: size, data: new Uint8Array(size * size * 4) });
  });
}
