/** Camera moves: the first view frames the whole corridor; an intent says what a selection needs. */
import { LngLatBounds, type Map } from 'maplibre-gl';
import type { Corridor, Selection } from '../data/corridor-index.ts';
import { CORE_BOUNDS } from '../data/basemap-bounds.ts';
import { boundsOf } from '../data/geometry-bounds.ts';
import type { CameraIntent } from '../state/app-state.svelte.ts';
import { firstViewPadding } from './limits.ts';

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

/**
 * Carries out what the app asks of the camera for the current selection: a tour camera, framing
 * (a link or list item), or keeping the view unless the selection is out of sight (a click).
 */
export function applyIntent(
  map: Map,
  intent: CameraIntent,
  selection: Selection | null,
  corridor: Corridor,
  duration: number,
): void {
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
