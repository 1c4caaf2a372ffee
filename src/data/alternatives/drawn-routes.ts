/**
 * Reads geo/alternatives/routes.geojson, the lines the "Compare routes" view draws (written by
 * `npm run geo:alternatives`), and measures each with turf. A line's length is never taken from
 * the file: the file's `lengthKm` is only checked against the line, so a hand edit of either shows.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { lineLengthKm } from '../geometry.ts';
import { featureLabel, problem, zodProblems } from '../problems.ts';

export const DRAWN_ROUTES_FILE = 'geo/alternatives/routes.geojson';

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

const drawnRoute = z.object({
  type: z.literal('Feature'),
  properties: z.object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id'),
    kind: z.enum(['rail', 'sea'], { error: 'must be "rail" or "sea"' }),
    from: z.string().min(1, 'must name where the route starts'),
    to: z.string().min(1, 'must name where the route ends'),
    lengthKm: z.number().positive('must be positive'),
    /** The places the line is drawn through, in order. */
    waypoints: z.array(z.string().min(1)).min(2, 'must name at least the two ends'),
    /** Which corridor segments it follows and where each place's coordinate comes from. */
    provenance: z.object({
      segments: z.array(z.string()),
      places: z.array(z.string()),
      licence: z.string().min(1, 'must name the licence'),
    }),
  }),
  geometry: z.object({
    type: z.literal('LineString', { error: 'must be a LineString' }),
    coordinates: z.array(position).min(2, 'needs at least two positions'),
  }),
});

export interface DrawnRoute {
  id: string;
  kind: 'rail' | 'sea';
  from: string;
  to: string;
  /** Measured with turf along the line, in km. */
  lengthKm: number;
  coordinates: [number, number][];
  /** For the downloads; the browser's copy leaves them out (screen.ts). */
  waypoints?: string[];
  provenance?: { segments: string[]; places: string[]; licence: string };
}

/** A stored length may differ from turf's by its rounding only. */
const ROUNDING_KM = 0.5;

export function validateDrawnRoutes(raw: unknown, problems: string[]): DrawnRoute[] {
  const file = DRAWN_ROUTES_FILE;
  const features = (raw as { features?: unknown } | null)?.features;
  if (!Array.isArray(features)) {
    problems.push(problem(file, 'file', 'features', 'must be a list of features'));
    return [];
  }
  const routes: DrawnRoute[] = [];
  features.forEach((feature: unknown, i) => {
    const id = (feature as { properties?: { id?: unknown } } | null)?.properties?.id;
    const label = featureLabel(id, i);
    const parsed = drawnRoute.safeParse(feature);
    if (!parsed.success) return void problems.push(...zodProblems(file, label, parsed.error));
    const { properties, geometry } = parsed.data;
    if (routes.some((r) => r.id === properties.id))
      return void problems.push(problem(file, label, 'properties.id', 'repeats a route'));
    const lengthKm = lineLengthKm(geometry.coordinates);
    if (Math.abs(lengthKm - properties.lengthKm) > ROUNDING_KM)
      problems.push(
        problem(
          file,
          label,
          'properties.lengthKm',
          `is ${properties.lengthKm} but the line measures ${Math.round(lengthKm)} km: run npm run geo:alternatives`,
        ),
      );
    routes.push({
      id: properties.id,
      kind: properties.kind,
      from: properties.from,
      to: properties.to,
      lengthKm,
      coordinates: geometry.coordinates,
      waypoints: properties.waypoints,
      provenance: properties.provenance,
    });
  });
  return routes;
}

/** Reads and checks the file if the folder has it (Node only). */
export function readDrawnRoutes(folder: string, problems: string[]): DrawnRoute[] | undefined {
  const path = join(folder, 'alternatives', 'routes.geojson');
  if (!existsSync(path)) return undefined;
  try {
    return validateDrawnRoutes(JSON.parse(readFileSync(path, 'utf8')), problems);
  } catch (error) {
    problems.push(problem(DRAWN_ROUTES_FILE, 'file', '(root)', (error as Error).message));
    return undefined;
  }
}
