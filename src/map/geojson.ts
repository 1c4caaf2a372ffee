/** The route and hubs as GeoJSON for MapLibre sources, built from the validated data. */
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { CorridorHub, CorridorSegment } from '../data/corridor-index.ts';

export function routeCollection(segments: CorridorSegment[]): FeatureCollection<LineString> {
  return {
    type: 'FeatureCollection',
    features: segments.map((s) => ({
      type: 'Feature',
      properties: { id: s.id, mode: s.mode, name: s.name, lane: s.lane },
      geometry: { type: 'LineString', coordinates: s.coordinates },
    })),
  };
}

export function hubCollection(hubs: CorridorHub[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: hubs.map((h) => ({
      type: 'Feature',
      properties: { id: h.id, kind: h.kind, name: h.name },
      geometry: { type: 'Point', coordinates: h.coordinates },
    })),
  };
}
