/**
 * The corridor map's life: built once from the data, wired to the reader's clicks and keys, and
 * reported as ready, lost (the browser took the GPU context back) or restored. CorridorMap.svelte
 * keeps the drawn map in step with the app; this file only brings it into being and tears it down.
 */
import type { FeatureCollection } from 'geojson';
import type { Map } from 'maplibre-gl';
import type { MapActions } from '../app/controller.svelte.ts';
import type { Corridor, Selection } from '../data/corridor-index.ts';
import type { I18n } from '../i18n/i18n.svelte.ts';
import { attachDetailBasemap } from './basemap-detail.ts';
import { corridorBounds } from './camera.ts';
import { createMap } from './create-map.ts';
import { foldCredits } from './credits.ts';
import { investmentFlows } from './flows.ts';
import { hubCollection, routeCollection } from './geojson.ts';
import { attachInteraction } from './interaction.ts';
import { legendItems } from './legend.ts';
import { handoutPicture } from './handout-picture.ts';
import { mapImage, saveBlob } from './picture.ts';
import { corridorStyle } from './style/index.ts';
import { markReady } from './test-hook.ts';

export interface MountOptions {
  container: HTMLElement;
  corridor: Corridor;
  /** The first view's Natural Earth extract. */
  basemap: FeatureCollection;
  i18n: I18n;
  reducedMotion: boolean;
  /** In an embedded page: page scroll passes over the map; Ctrl/⌘ or two fingers move it. */
  cooperative: boolean;
  onselect: (selection: Selection | null) => void;
  /** Lines about as near a click or tap, nearest first, and where it was: the reader chooses. */
  onchoose: (segments: string[], point: { x: number; y: number }) => void;
  onstep: (direction: 1 | -1) => void;
  /** The first view is drawn: the map can be changed, and offers these actions to the page. */
  onready: (map: Map, actions: MapActions) => void;
  /** The GPU context is gone: nothing may be asked of the map until it is restored. */
  onlost: () => void;
  /** The style is drawn again after a lost context; selection and layers must be put back. */
  onrestored: () => void;
}

/**
 * Builds the map and returns its teardown, or throws where MapLibre cannot run (no WebGL 2);
 * the page then works without a map.
 */
export function mountMap(options: MountOptions): () => void {
  const { corridor, i18n } = options;
  const m = createMap({
    container: options.container,
    style: corridorStyle({
      basemap: options.basemap,
      route: routeCollection(corridor.data.segments),
      hubs: hubCollection(corridor.data.hubs),
      flows: investmentFlows(corridor, i18n.f),
      places: i18n.places,
    }),
    bounds: corridorBounds(corridor),
    locale: i18n.m.maplibre,
    credits: i18n.m.map.credits,
    wholeCorridorLabel: i18n.m.map.wholeCorridor,
    describedBy: 'map-description',
    reducedMotion: options.reducedMotion,
    cooperative: options.cooperative,
  });
  const detach = attachInteraction(m, corridor, options);
  const detachDetail = attachDetailBasemap(m);
  m.once('idle', () => {
    markReady(m);
    foldCredits(m);
    options.onready(m, {
      downloadImage: () => downloadImage(m, i18n),
      picture: () =>
        handoutPicture(m, corridorBounds(corridor), {
          legend: legendItems(i18n.m),
          attribution: i18n.m.map.imageAttribution,
          km: (km) => i18n.f.km(km),
        }),
    });
  });
  m.on('webglcontextlost', options.onlost);
  // MapLibre rebuilds the style from a snapshot; once it is drawn again the caller puts the
  // selection, arrows and label sizes back.
  m.on('webglcontextrestored', () => m.once('idle', options.onrestored));
  return () => {
    detach();
    detachDetail();
    m.remove();
  };
}

async function downloadImage(m: Map, i18n: I18n): Promise<void> {
  const blob = await mapImage(m, {
    title: i18n.m.map.imageTitle,
    attribution: i18n.m.map.imageAttribution,
    legend: legendItems(i18n.m),
    unsupported: i18n.m.map.imageUnsupported,
  });
  saveBlob(blob, i18n.m.map.imageFile);
}
