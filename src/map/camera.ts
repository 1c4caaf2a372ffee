/** Camera moves: the first view frames the whole corridor; an intent says what a selection needs. */
import { LngLatBounds, type Map } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Corridor, Selection } from '../data/corridor-index.ts';
import { CORE_BOUNDS } from '../data/basemap-bounds.ts';
import { boundsOf } from '../data/geometry-bounds.ts';
import type { CameraIntent } from '../state/app-state.svelte.ts';
import { firstViewPadding, type Padding } from './limits.ts';
import { namePoints, stepBox, type NamePoints } from './step-frame.ts';

/** Room for the end labels (Xi’an, Kapıkule) and the map controls, on a screen wider than a phone. */
export const FIRST_VIEW_PADDING = firstViewPadding(Infinity);

/** The whole corridor; the region it lies in when there is no route to draw (bad data). */
export function corridorBounds(corridor: Corridor): [number, number, number, number] {
  const lines = corridor.data.segments.map((s) => s.coordinates);
  return lines.length > 0 ? boundsOf(lines) : CORE_BOUNDS;
}

function selectionBounds(corridor: Corridor, selection: Selection) {
  const positions = corridor.positionsOf(selection);
  return positions.length > 0 ? boundsOf([positions]) : null;
}

/** How far a frame may zoom in: a city off the route is shown with the route in sight. */
function maxZoomFor(corridor: Corridor, selection: Selection): number {
  return selection.kind === 'hub' && corridor.hub(selection.id)?.onRoute === false ? 4.5 : 6;
}

/** Frames the selection in the map. */
export function frame(
  map: Map,
  bounds: [number, number, number, number],
  duration: number,
  maxZoom = 6,
): void {
  map.fitBounds(bounds, {
    padding: 60,
    maxZoom,
    // North up again after a tour step that turned or tilted the map.
    bearing: 0,
    pitch: 0,
    duration,
  });
}

/** Whether the bounds are in sight, with a margin, in the map as it is now. */
function inSight(map: Map, [west, south, east, north]: [number, number, number, number]): boolean {
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  const margin = 20;
  const visible = new LngLatBounds(
    map.unproject([margin, height - margin]),
    map.unproject([width - margin, margin]),
  );
  return visible.contains([west, south]) && visible.contains([east, north]);
}

/** How close a tour step's frame may come: the ports and their town at Kuryk and Aktau. */
const STEP_MAX_ZOOM = 8;

/**
 * Room around a step's places: for their names (a hub's name runs to the right of its circle),
 * and for whatever lies over the map's edge (the tour bar), given as `cover`.
 */
function stepPadding(width: number, cover: Partial<Padding>): Padding {
  // Less on a narrow map (a 1024 px projector beside the panel), where every pixel counts.
  const base = width < 700 ? 30 : 50;
  // A country's or a sea's name is centred on its point: half of it lies left of the point.
  const side = base + Math.min(100, width * 0.1);
  return {
    top: base + (cover.top ?? 0),
    bottom: base + (cover.bottom ?? 0),
    left: side + (cover.left ?? 0),
    right: side + Math.min(60, width * 0.05) + (cover.right ?? 0),
  };
}

/** What the map needs besides the intent: the basemap's names, and what covers the map. */
export interface CameraContext {
  corridor: Corridor;
  names: NamePoints;
  cover: Partial<Padding>;
  duration: number;
}

/** The context for each camera move, with the basemap's name positions worked out once. */
export function cameraContext(
  corridor: Corridor,
  basemap: FeatureCollection,
  cover: () => Partial<Padding>,
): (duration: number) => CameraContext {
  const names = namePoints(basemap.features);
  return (duration) => ({ corridor, names, cover: cover(), duration });
}

/**
 * Carries out what the app asks of the camera for the current selection: a tour step's places or
 * camera, framing (a link or list item), or keeping the view unless the selection is out of
 * sight (a click).
 */
export function applyIntent(
  map: Map,
  intent: CameraIntent,
  selection: Selection | null,
  { corridor, names, cover, duration }: CameraContext,
): void {
  if (intent.kind === 'places') {
    const { clientWidth: width, clientHeight: height } = map.getContainer();
    const padding = stepPadding(width, cover);
    const view = { size: { width, height }, padding, maxZoom: STEP_MAX_ZOOM };
    const box = stepBox(intent.places, corridor, names, view);
    if (box)
      map.fitBounds(box, { padding, maxZoom: STEP_MAX_ZOOM, bearing: 0, pitch: 0, duration });
    return;
  }
  if (intent.kind === 'view') {
    const { camera } = intent;
    map.flyTo({ ...camera, bearing: camera.bearing ?? 0, pitch: camera.pitch ?? 0, duration });
    return;
  }
  const bounds = selection ? selectionBounds(corridor, selection) : null;
  if (!bounds) return;
  if (intent.kind === 'frame' || !inSight(map, bounds))
    frame(map, bounds, duration, selection ? maxZoomFor(corridor, selection) : 6);
}

/**
 * The panel may just have opened beside or under the map: measure the map before framing in it.
 * Only when the size changed: resizing clears the canvas, and nothing may redraw it.
 */
export function fitToContainer(map: Map): void {
  const box = map.getContainer();
  const canvas = map.getCanvas();
  if (canvas.clientWidth !== box.clientWidth || canvas.clientHeight !== box.clientHeight) {
    map.resize();
    map.triggerRepaint();
  }
}
