/**
 * Everything the app knows, validated. Built in Node at build time (and by `npm run validate`);
 * the browser receives the result as a virtual module, so it never ships the schema or turf.
 */
import { validateContent } from './validate-content.ts';
import type { CorridorContent, RawContentFiles } from './validate-content.ts';
import { validateHubs, validateSegments } from './validate-geometry.ts';
import type { CorridorHub, CorridorSegment } from './validate-geometry.ts';
import { validateTour } from './validate-tour.ts';
import type { Tour } from './schema.ts';
import type { Translations } from './translations.ts';
import { declaredIds } from './validate-geometry.ts';
import { BASEMAP_FOLDER, labelIds } from './basemap.ts';
import type { AlternativeFigures } from './alternatives/figures-schema.ts';
import type { Timeline } from './timeline/timeline-schema.ts';

export type { CorridorHub, CorridorSegment };

export interface CorridorData extends CorridorContent {
  segments: CorridorSegment[];
  hubs: CorridorHub[];
  tour: Tour | null;
  /** The content in the other languages (translations.ts), read with the folder; not shipped. */
  translations?: Translations;
  /** geo/alternatives/figures.json with its lines; it ships with its view (screen.ts). */
  alternatives?: AlternativeFigures;
  /** geo/timeline.json: when each place opened, and the corridor's events. */
  timeline?: Timeline;
  /** In the browser's data: whether the "Compare routes" view has a comparison to show. */
  hasComparison?: boolean;
  /** Every problem found; the build fails on any, the dev server shows them on the page. */
  problems: string[];
}

export interface RawGeoFiles extends RawContentFiles {
  route: unknown;
  hubs: unknown;
  tour: unknown;
}

/**
 * Validates parsed geo/ files. Invalid items are dropped and reported; the rest is kept. A tour
 * step's places are checked against the labels the map draws: the project's basemap, which is
 * the same whichever data folder is shown on it.
 */
export function buildCorridor(raw: RawGeoFiles, problems: string[] = []): CorridorData {
  const hubs = validateHubs(raw.hubs, problems);
  const segments = validateSegments(raw.route, hubs, problems);
  const tourSteps = declaredIds((raw.tour as { steps?: unknown } | null)?.steps);
  const content = validateContent(
    raw,
    { segments: segments.declared, hubs: hubs.declared, tourSteps },
    segments.valid,
    problems,
  );
  const tour = validateTour(
    raw.tour,
    {
      segments: segments.declared,
      hubs: hubs.declared,
      figures: declaredIds(raw.figures),
      labels: labelIds(BASEMAP_FOLDER, hubs.valid),
    },
    problems,
  );
  return { segments: segments.valid, hubs: hubs.valid, ...content, tour, problems };
}
