/**
 * The basemap's 10m detail (coasts, borders, lakes, rivers), fetched only once the reader zooms
 * in to `FETCH_FROM_ZOOM`, so the first view never waits for it. Until it has loaded, and if it
 * cannot load, the overview goes on being drawn at every zoom; once it is in, the overview's
 * shapes stop at zoom 6 and the 10m ones take over.
 */
import type { Map, MapSourceDataEvent } from 'maplibre-gl';
import { basemapDetailUrl } from '../data/index.ts';
import { LAYER, OVERVIEW_SHAPE_LAYERS, SOURCE } from './ids.ts';
import { DETAIL_FROM_ZOOM, detailLayers, detailSource } from './style/basemap-detail.ts';
import type { LabelSizes } from './style/label-sizes.ts';

/** Half a zoom early, so the file is usually there by the time zoom 6 is. */
export const FETCH_FROM_ZOOM = DETAIL_FROM_ZOOM - 0.5;

/** The basemap's lowest name layer: the 10m shapes go right below it. */
const FIRST_NAME_LAYER = LAYER.landformLabels;

/**
 * Watches the zoom and adds the detail when it is first needed. Returns a function that stops
 * watching (the layers, once added, go with the map).
 */
export function attachDetailBasemap(map: Map, url: string = basemapDetailUrl): () => void {
  let styleReady = false;
  let added = false;

  function onDetailData(event: MapSourceDataEvent) {
    if (event.sourceId !== SOURCE.basemapDetail || !event.isSourceLoaded) return;
    map.off('sourcedata', onDetailData);
    for (const id of OVERVIEW_SHAPE_LAYERS) map.setLayerZoomRange(id, 0, DETAIL_FROM_ZOOM);
  }

  function addWhenNeeded() {
    if (added || !styleReady || map.getZoom() < FETCH_FROM_ZOOM) return;
    added = true;
    // Presenter mode may have enlarged the overview's river names: the 10m ones match them.
    const riverSize = map.getLayoutProperty(
      LAYER.riverLabels,
      'text-size',
    ) as LabelSizes[typeof LAYER.riverLabels];
    const { shapes, riverLabels } = detailLayers(riverSize);
    map.on('sourcedata', onDetailData);
    map.addSource(SOURCE.basemapDetail, detailSource(url));
    for (const layer of shapes) map.addLayer(layer, FIRST_NAME_LAYER);
    map.addLayer(riverLabels, LAYER.countryLabels);
  }

  // The style takes sources only once loaded; the first 'idle' also covers a map that loaded
  // before this was attached.
  function onStyleReady() {
    styleReady = true;
    addWhenNeeded();
  }

  map.once('load', onStyleReady);
  map.once('idle', onStyleReady);
  map.on('zoom', addWhenNeeded);
  return () => {
    map.off('load', onStyleReady);
    map.off('idle', onStyleReady);
    map.off('zoom', addWhenNeeded);
    map.off('sourcedata', onDetailData);
  };
}
