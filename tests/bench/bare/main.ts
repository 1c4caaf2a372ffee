// The baseline for the benchmark: MapLibre alone, showing the same style and data as the app,
// with none of the app's own code (no Svelte, no panels, no picking).
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import basemap from 'virtual:basemap';
import bare from 'virtual:corridor';
import english from 'virtual:language/en';
import { hubCollection, routeCollection } from '../../../src/map/geojson.ts';
import { investmentFlows } from '../../../src/map/flows.ts';
import { corridorStyle } from '../../../src/map/style/index.ts';
import { boundsOf } from '../../../src/data/geometry-bounds.ts';
import { Corridor } from '../../../src/data/corridor-index.ts';
import { applyTexts } from '../../../src/data/texts.ts';
import { Format } from '../../../src/i18n/format.ts';
import { en } from '../../../src/i18n/en.ts';

// The same words on the map as the app's first view (the data ships without them).
const corridor = applyTexts(bare, english.texts);
setWorkerUrl(workerUrl);
const map = new Map({
  container: 'map',
  style: corridorStyle({
    basemap,
    route: routeCollection(corridor.segments),
    hubs: hubCollection(corridor.hubs),
    flows: investmentFlows(new Corridor(corridor), new Format(en)),
  }),
  bounds: boundsOf(corridor.segments.map((s) => s.coordinates)),
  fitBoundsOptions: { padding: { top: 40, bottom: 40, left: 30, right: 60 } },
});
map.once('idle', () => performance.mark('map-ready'));
