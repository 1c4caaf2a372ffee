/** The validated data from geo/ as the build hands it over (see vite-plugin.ts). */
export { default as corridorData } from 'virtual:corridor';
export { default as basemap } from 'virtual:basemap';
export { Corridor } from './corridor-index.ts';
export type * from './corridor-index.ts';
export type { Article, ContextEntry, Figure, Period, Series, Source, TourStep } from './schema.ts';
export { default as basemapDetailUrl } from './basemap-detail-url.ts';
