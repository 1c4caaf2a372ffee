/**
 * Where a tour step's places are, so the camera can frame them all: hubs and segments from the
 * corridor, names from the basemap. A name with several points (a country's name repeated near the
 * route from zoom 6) counts by the point drawn at the frame's zoom nearest the step's other places:
 * which points are drawn depends on the zoom, and the zoom on the points, so the choice is
 * repeated until it settles. Pure (Web Mercator arithmetic from limits.ts) so it can be tested.
 */
import type { Feature, Geometry } from 'geojson';
import type { Corridor } from '../data/corridor-index.ts';
import { boundsOf } from '../data/geometry-bounds.ts';
import { fitZoom, type Box, type Padding, type Size } from './limits.ts';

type Position = [number, number];

/** A point a basemap name is drawn at, and the zooms it is drawn at. */
interface NamePoint {
  at: Position;
  minzoom: number;
  maxzoom: number;
}

/** The basemap's names by id, each with its points. */
export function namePoints(features: Feature<Geometry, Record<string, unknown> | null>[]) {
  const byId = new Map<string, NamePoint[]>();
  for (const f of features) {
    const id = f.properties?.['id'];
    if (typeof id !== 'string' || f.geometry.type !== 'Point') continue;
    const [lon = 0, lat = 0] = f.geometry.coordinates;
    const zoom = (key: string, fallback: number) => {
      const value = f.properties?.[key];
      return typeof value === 'number' ? value : fallback;
    };
    const point = {
      at: [lon, lat] as Position,
      minzoom: zoom('minzoom', 0),
      maxzoom: zoom('maxzoom', 24),
    };
    byId.set(id, [...(byId.get(id) ?? []), point]);
  }
  return byId;
}

export type NamePoints = ReturnType<typeof namePoints>;

const distance = (a: Position, b: Position) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/**
 * The box that holds every place a step names, and the zoom it will be seen at (at most
 * `maxZoom`); null when none of them is on the map.
 */
export function stepBox(
  places: readonly string[],
  corridor: Corridor,
  names: NamePoints,
  view: { size: Size; padding: Padding; maxZoom: number },
): Box | null {
  const fixed: Position[] = places.flatMap((id) => {
    const hub = corridor.hub(id);
    if (hub) return [hub.coordinates];
    return corridor.segment(id)?.coordinates ?? [];
  });
  const named = places.flatMap((id) => names.get(id) ?? []);
  const nameIds = places.filter((id) => names.has(id));
  if (fixed.length === 0 && named.length === 0) return null;
  const zoomOf = (box: Box) => Math.min(view.maxZoom, fitZoom(box, view.size, view.padding));
  let box: Box = fixed.length > 0 ? boundsOf([fixed]) : boundsOf([named.map((n) => n.at)]);
  let zoom = zoomOf(box);
  for (let round = 0; round < 4; round++) {
    const centre: Position = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
    const chosen = nameIds.flatMap((id) => {
      const points = names.get(id) ?? [];
      const drawn = points.filter((p) => zoom >= p.minzoom && zoom < p.maxzoom);
      const from = drawn.length > 0 ? drawn : points;
      const nearest = [...from].sort((a, b) => distance(a.at, centre) - distance(b.at, centre));
      return nearest[0] ? [nearest[0].at] : [];
    });
    const next = boundsOf([[...fixed, ...chosen]]);
    const nextZoom = zoomOf(next);
    const settled = next.every((v, i) => v === box[i]);
    box = next;
    // Floors rather than the exact zoom: names come and go at whole zooms.
    if (settled && Math.floor(nextZoom) === Math.floor(zoom)) break;
    zoom = nextZoom;
  }
  return box;
}
