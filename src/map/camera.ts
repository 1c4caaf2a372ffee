/** Camera helpers: the first view frames the whole corridor; a selection is brought into view. */
import { LngLatBounds, type LngLatBoundsLike, type Map } from 'maplibre-gl';
import { corridor, hubById, segmentById } from '../data/index.ts';
import { boundsOf } from '../data/geometry-bounds.ts';
import type { Selection } from '../state/url.ts';

/** Room for the end labels (Xi’an, Kapıkule) and the map controls. */
export const FIRST_VIEW_PADDING = { top: 40, bottom: 40, left: 30, right: 60 };

export function corridorBounds(): LngLatBoundsLike {
  return boundsOf(corridor.segments.map((s) => s.coordinates));
}

/** Camera moves jump instead of flying when the reader asked for less motion. */
export function cameraDuration(): number {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 700;
}

function selectionBounds(selection: Selection): [number, number, number, number] | null {
  if (selection.kind === 'segment') {
    const segment = segmentById(selection.id);
    return segment ? boundsOf([segment.coordinates]) : null;
  }
  const hub = hubById(selection.id);
  return hub ? boundsOf([[hub.coordinates]]) : null;
}

/** Frames the selection in the map. */
export function frame(map: Map, selection: Selection, duration: number): void {
  const bounds = selectionBounds(selection);
  if (!bounds) return;
  map.fitBounds(bounds, {
    padding: 60,
    maxZoom: 6,
    // North up again after a tour step that turned or tilted the map.
    bearing: 0,
    pitch: 0,
    duration,
  });
}

/** Moves the camera only if part of the selection is out of sight, so a click never jolts the map. */
export function ensureVisible(map: Map, selection: Selection, duration: number): void {
  const bounds = selectionBounds(selection);
  if (!bounds) return;
  const [west, south, east, north] = bounds;
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  const margin = 20;
  const visible = new LngLatBounds(
    map.unproject([margin, height - margin]),
    map.unproject([width - margin, margin]),
  );
  if (visible.contains([west, south]) && visible.contains([east, north])) return;
  frame(map, selection, duration);
}
