/** The app's read-only view of geo/, validated at build time (see vite-plugin.ts). */
import corridor from 'virtual:corridor';
import type { CorridorHub, CorridorSegment } from './corridor.ts';
import type { Figure, Source } from './schema.ts';

export type { CorridorHub, CorridorSegment };
export type { Article, ContextEntry, Figure, Source } from './schema.ts';
export { default as basemap } from 'virtual:basemap';
export { default as basemapDetailUrl } from './basemap-detail-url.ts';

export { corridor };

const segmentsById = new Map(corridor.segments.map((s) => [s.id, s]));
const hubsById = new Map(corridor.hubs.map((h) => [h.id, h]));
const figuresById = new Map(corridor.figures.map((f) => [f.id, f]));
const sourcesById = new Map(corridor.sources.map((s) => [s.id, s]));

export function segmentById(id: string): CorridorSegment | undefined {
  return segmentsById.get(id);
}

export function hubById(id: string): CorridorHub | undefined {
  return hubsById.get(id);
}

export function figureById(id: string): Figure | undefined {
  return figuresById.get(id);
}

export function sourceById(id: string): Source | undefined {
  return sourcesById.get(id);
}
