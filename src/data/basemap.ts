/**
 * The basemap the app ships, read from the committed extracts in geo/basemap/ (Node only, at build
 * time). The first view gets the overview shapes and the labels as one collection; the 10m detail
 * is a separate file the map fetches when the reader zooms in (see map/basemap-detail.ts).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import {
  extractFile,
  labelProperties,
  pointGeometry,
  shapeFeature,
  shapeGeometry,
} from './basemap-schema.ts';
import { PROJECT_GEO } from './geo-folder.ts';
import { featureLabel, problem, zodProblems } from './problems.ts';

/** The basemap is the project's own, whichever corridor data is shown on it. */
export const BASEMAP_FOLDER = resolve(PROJECT_GEO, 'basemap');

export const BASEMAP_FILES = {
  overview: 'overview.geojson',
  labels: 'labels.geojson',
  detail: 'detail.geojson',
} as const;

export type BasemapLayer =
  'land' | 'border' | 'lake' | 'river' | 'coast' | 'country' | 'water' | 'city' | 'landform';
export interface BasemapProperties {
  layer: BasemapLayer;
  id?: string;
  name?: string;
  rank?: number;
  kind?: string;
  disputed?: true;
  [field: string]: unknown;
}
export type BasemapFeature = Feature<Geometry, BasemapProperties>;
export type Basemap = FeatureCollection<Geometry, BasemapProperties>;

const POLYGON_LAYERS = ['land', 'lake'];

/** One extract's features, each checked; a bad one is reported and left out. */
function readExtract(folder: string, name: string, problems: string[]): BasemapFeature[] {
  const file = `geo/basemap/${name}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(folder, name), 'utf8'));
  } catch (error) {
    problems.push(problem(file, 'file', '(root)', `cannot be read: ${(error as Error).message}`));
    return [];
  }
  const collection = extractFile.safeParse(parsed);
  if (!collection.success) {
    problems.push(...zodProblems(file, 'file', collection.error));
    return [];
  }
  return collection.data.features.flatMap((raw, index) => {
    const f = raw as { properties?: { id?: unknown; layer?: unknown }; geometry?: unknown };
    const feature = featureLabel(f.properties?.id, index);
    const isLabel = name === BASEMAP_FILES.labels;
    const props = (isLabel ? labelProperties : shapeFeature).safeParse(f.properties);
    const geometry = (isLabel ? pointGeometry : shapeGeometry).safeParse(f.geometry);
    const found = [
      ...(props.success ? [] : zodProblems(file, feature, props.error, 'properties')),
      ...(geometry.success ? [] : zodProblems(file, feature, geometry.error, 'geometry')),
    ];
    if (!isLabel && props.success && geometry.success) {
      const polygon = geometry.data.type === 'MultiPolygon';
      if (polygon !== POLYGON_LAYERS.includes(String(props.data.layer)))
        found.push(problem(file, feature, 'geometry.type', `does not suit a ${props.data.layer}`));
    }
    problems.push(...found);
    return found.length === 0 ? [raw as BasemapFeature] : [];
  });
}

const folded = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** How far (degrees, roughly 30 km) a hub may be from a city it names. */
const SAME_PLACE = 0.3;

/**
 * Cities a hub already names (Tbilisi, or Aktau beside "Port of Aktau"): the hub's label says
 * it, and a second dot with the same name would only blur which one the route serves.
 */
function namedByHub(city: BasemapFeature, hubs: HubLike[]): boolean {
  const [lon = 0, lat = 0] = (city.geometry as { coordinates: number[] }).coordinates;
  const name = folded(city.properties.name ?? '');
  return hubs.some(
    (hub) =>
      Math.hypot(hub.coordinates[0] - lon, hub.coordinates[1] - lat) < SAME_PLACE &&
      (folded(hub.name).includes(name) || name.includes(folded(hub.name))),
  );
}

export interface HubLike {
  name: string;
  coordinates: [number, number];
}

/** The first view's basemap: overview shapes and labels, without the cities hubs already name. */
export function readBasemap(
  folder: string,
  hubs: HubLike[],
): { basemap: Basemap; problems: string[] } {
  const problems: string[] = [];
  const shapes = readExtract(folder, BASEMAP_FILES.overview, problems);
  const labels = drawnLabels(folder, hubs, problems);
  return { basemap: { type: 'FeatureCollection', features: [...shapes, ...labels] }, problems };
}

/** What the map reads of a feature; the other Natural Earth fields stay in geo/ (place-names.ts). */
const SHIPPED = ['layer', 'id', 'name', 'rank', 'kind', 'repeat', 'minzoom', 'maxzoom', 'disputed'];

/** The basemap as the browser gets it: each feature with the fields the map reads, no more. */
export function shippedBasemap(basemap: Basemap): Basemap {
  return {
    ...basemap,
    features: basemap.features.map((f) => ({
      ...f,
      properties: Object.fromEntries(
        Object.entries(f.properties).filter(([key]) => SHIPPED.includes(key)),
      ) as BasemapProperties,
    })),
  };
}

/**
 * The ids of the names the first view can draw (country:KAZ, sea:caspian-sea, city:baku …), for
 * checking what a tour step names; the extract's own problems are reported by the build.
 */
export function labelIds(folder: string, hubs: HubLike[]): Set<string> {
  return new Set(drawnLabels(folder, hubs, []).flatMap((f) => f.properties.id ?? []));
}

/** The labels the map draws: all but the cities hubs already name. */
function drawnLabels(folder: string, hubs: HubLike[], problems: string[]): BasemapFeature[] {
  return readExtract(folder, BASEMAP_FILES.labels, problems).filter(
    (f) => f.properties.layer !== 'city' || !namedByHub(f, hubs),
  );
}

/** Checks the detail extract the map fetches later, so a broken file fails the build too. */
export function checkBasemapDetail(folder: string): string[] {
  const problems: string[] = [];
  readExtract(folder, BASEMAP_FILES.detail, problems);
  return problems;
}
