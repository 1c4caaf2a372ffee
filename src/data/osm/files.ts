/**
 * The committed OpenStreetMap extract (geo/osm/) and the overrides file: names, shapes and readers.
 * Written by `npm run geo:extract`, read by `npm run geo:derive` and the tests. A malformed file is
 * reported with its name, the feature and the field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { zodProblems } from '../problems.ts';
import { position } from '../schema.ts';
import type { Position } from '../schema.ts';

export const OSM_FOLDER = 'osm';
export const TRACK_FILES = {
  china: 'osm/track-china.geojson',
  caucasus: 'osm/track-caucasus.geojson',
} as const;
export const STATIONS_FILE = 'osm/stations.geojson';
export const LINES_FILE = 'osm/lines.json';
export const OVERRIDES_FILE = 'route-overrides.json';
export const LAND_CLIP_FILE = 'basemap/land-10m-lanes.geojson';

const osmId = z.number().int().positive();
const anchor = z.union([osmId, z.string().min(1)]);

/** Where an extract came from: one entry per source file it was cut from. */
const extractSource = z.object({
  file: z.string().min(1),
  repository: z.string().min(1),
  commit: z.string().min(1),
  path: z.string().min(1),
  osmDate: z.string().min(1),
});

const extractHeader = {
  type: z.literal('FeatureCollection'),
  license: z.string().min(1),
  attribution: z.string().min(1),
  osmDataDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'),
  sources: z.array(extractSource).min(1),
};

export const trackExtract = z.object({
  ...extractHeader,
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({
        /** The OSM ways this line is made of, in order. */
        osm_ids: z.array(osmId).min(1),
        /** Index of the first vertex of each way (each way ends where the next starts). */
        starts: z.array(z.number().int().nonnegative()).min(1),
        usage: z.string().optional(),
        service: z.string().optional(),
      }),
      geometry: z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
    }),
  ),
});

export const stationExtract = z.object({
  ...extractHeader,
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({
        osm_id: osmId,
        name: z.string().min(1),
        railway: z.string().min(1),
      }),
      geometry: z.object({ type: z.literal('Point'), coordinates: position }),
    }),
  ),
});

export const linesFile = z.object({
  hubs: z.record(z.string(), anchor),
  segments: z.record(
    z.string(),
    z.object({ track: z.enum(['china', 'caucasus']).optional(), via: z.array(anchor) }),
  ),
});

export const overridesFile = z.object({
  about: z.string(),
  waypoints: z.record(
    z.string(),
    z.object({
      kind: z.enum(['track-point', 'gap-end', 'quay', 'place']),
      at: position,
      source: z.string().min(1).optional(),
      reason: z.string().min(10, 'must say why OSM does not provide this point'),
    }),
  ),
  seaLanes: z.record(
    z.string(),
    z.object({
      waypoints: z.array(position).min(1),
      reason: z.string().min(10, 'must say where the lane comes from'),
    }),
  ),
});

export type TrackExtract = z.infer<typeof trackExtract>;
export type StationExtract = z.infer<typeof stationExtract>;
export type LinesFile = z.infer<typeof linesFile>;
export type OverridesFile = z.infer<typeof overridesFile>;
export type ExtractSource = z.infer<typeof extractSource>;

export interface Station {
  id: number;
  name: string;
  railway: string;
  position: Position;
}

/** Reads and checks one JSON file of geo/; throws one message listing every problem. */
export function readChecked<T>(geoFolder: string, file: string, schema: z.ZodType<T>): T {
  const label = `geo/${file}`;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(geoFolder, file), 'utf8'));
  } catch (error) {
    throw new Error(`${label}: file: (root): cannot be read: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(zodProblems(label, 'file', parsed.error).join('\n'));
  return parsed.data;
}

export interface OsmExtract {
  tracks: Record<keyof typeof TRACK_FILES, TrackExtract>;
  stations: StationExtract;
  lines: LinesFile;
  overrides: OverridesFile;
}

export function readOsmExtract(geoFolder: string): OsmExtract {
  return {
    tracks: {
      china: readChecked(geoFolder, TRACK_FILES.china, trackExtract),
      caucasus: readChecked(geoFolder, TRACK_FILES.caucasus, trackExtract),
    },
    stations: readChecked(geoFolder, STATIONS_FILE, stationExtract),
    lines: readChecked(geoFolder, LINES_FILE, linesFile),
    overrides: readChecked(geoFolder, OVERRIDES_FILE, overridesFile),
  };
}

export function stationsById(extract: StationExtract): Map<number, Station> {
  return new Map(
    extract.features.map((f) => [
      f.properties.osm_id,
      {
        id: f.properties.osm_id,
        name: f.properties.name,
        railway: f.properties.railway,
        position: f.geometry.coordinates,
      },
    ]),
  );
}
