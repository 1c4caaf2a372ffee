/** Validates geo/route.geojson and geo/hubs.geojson: shape, ids, topology, hubs on the route. */
import { distanceToLinesKm, lineLengthKm, longestGapKm, samePosition } from './geometry.ts';
import { assignLanes, type Lane } from './lanes.ts';
import { featureLabel, problem, zodProblems } from './problems.ts';
import { featureCollection, hubFeature, segmentFeature } from './schema.ts';
import type { Hub, Position, Segment } from './schema.ts';
import type { z } from 'zod';

export const ROUTE_FILE = 'geo/route.geojson';
export const HUBS_FILE = 'geo/hubs.geojson';

/** A hub further than this from every segment is not on the route. */
export const HUB_MAX_DISTANCE_KM = 2;
/** Railways are drawn through their stations with a vertex at least this often. */
export const LAND_MAX_GAP_KM = 30;

export interface CorridorHub extends Hub {
  coordinates: Position;
}

export interface CorridorSegment extends Segment {
  coordinates: Position[];
  lengthKm: number;
  /** Which side of a stretch shared with another segment it is drawn on (see lanes.ts). */
  lane: Lane;
}

/** What a file holds: the valid features, and every id it declares (valid or not). */
export interface Parsed<T> {
  valid: T[];
  declared: Set<string>;
}

/** Ids that a file declares, so a reference to a broken feature is not reported twice. */
export function declaredIds(items: unknown): Set<string> {
  const ids = new Set<string>();
  if (Array.isArray(items))
    for (const item of items) {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === 'string') ids.add(id);
    }
  return ids;
}

function parseCollection<T>(
  file: string,
  raw: unknown,
  schema: z.ZodType<T>,
  problems: string[],
): Parsed<T> {
  const collection = featureCollection.safeParse(raw);
  if (!collection.success) {
    problems.push(...zodProblems(file, 'file', collection.error));
    return { valid: [], declared: new Set() };
  }
  const valid: T[] = [];
  const seen = new Set<string>();
  collection.data.features.forEach((rawFeature, index) => {
    const id = (rawFeature as { id?: unknown } | null)?.id;
    const label = featureLabel(id, index);
    const parsed = schema.safeParse(rawFeature);
    if (!parsed.success) {
      problems.push(...zodProblems(file, label, parsed.error));
      return;
    }
    const feature = parsed.data as { id: string; properties: { id: string } };
    if (feature.properties.id !== feature.id) {
      problems.push(
        problem(
          file,
          label,
          'properties.id',
          `"${feature.properties.id}" differs from the feature id`,
        ),
      );
      return;
    }
    if (seen.has(feature.id)) {
      problems.push(problem(file, label, 'id', 'is used by another feature in this file'));
      return;
    }
    seen.add(feature.id);
    valid.push(parsed.data);
  });
  return { valid, declared: declaredIds(collection.data.features) };
}

/** Every line in the route file whose geometry is sound, even if its properties are not. */
function drawnLines(raw: unknown): Position[][] {
  const features = featureCollection.safeParse(raw);
  if (!features.success) return [];
  return features.data.features.flatMap((f) => {
    const geometry = segmentFeature.shape.geometry.safeParse(
      (f as { geometry?: unknown })?.geometry,
    );
    return geometry.success ? [geometry.data.coordinates] : [];
  });
}

export function validateHubs(raw: unknown, problems: string[]): Parsed<CorridorHub> {
  const { valid, declared } = parseCollection(HUBS_FILE, raw, hubFeature, problems);
  const hubs = valid.flatMap((f) => {
    // Only a city may stand off the route (a capital the article speaks of); a port, border
    // post or junction off the route is a mistake in its coordinates.
    if (f.properties.onRoute === false && f.properties.kind !== 'city') {
      problems.push(
        problem(
          HUBS_FILE,
          `feature "${f.id}"`,
          'properties.onRoute',
          `only a city may be off the route, not a ${f.properties.kind}`,
        ),
      );
      return [];
    }
    return [{ ...f.properties, coordinates: f.geometry.coordinates }];
  });
  return { valid: hubs, declared };
}

export function validateSegments(
  raw: unknown,
  hubs: Parsed<CorridorHub>,
  problems: string[],
): Parsed<CorridorSegment> {
  const hubById = new Map(hubs.valid.map((h) => [h.id, h]));
  const orders = new Map<number, string>();
  const segments: CorridorSegment[] = [];
  const parsed = parseCollection(ROUTE_FILE, raw, segmentFeature, problems);
  for (const feature of parsed.valid) {
    const label = featureLabel(feature.id, 0);
    const { properties } = feature;
    const coordinates = feature.geometry.coordinates;
    const before = problems.length;
    const report = (field: string, message: string) =>
      problems.push(problem(ROUTE_FILE, label, field, message));

    for (const end of ['from', 'to'] as const) {
      const hub = hubById.get(properties[end]);
      const position = end === 'from' ? coordinates[0] : coordinates[coordinates.length - 1];
      if (!hub) {
        if (!hubs.declared.has(properties[end]))
          report(`properties.${end}`, `hub "${properties[end]}" is not in ${HUBS_FILE}`);
      } else if (!samePosition(position, hub.coordinates))
        report(
          'geometry.coordinates',
          `${end === 'from' ? 'first' : 'last'} position ${JSON.stringify(position)} is not exactly hub "${hub.id}" at ${JSON.stringify(hub.coordinates)}`,
        );
    }
    const otherOrder = orders.get(properties.order);
    if (otherOrder)
      report('properties.order', `${properties.order} is also used by "${otherOrder}"`);
    orders.set(properties.order, feature.id);

    if (properties.mode !== 'sea') {
      const gap = longestGapKm(coordinates);
      if (gap.km > LAND_MAX_GAP_KM)
        report(
          `geometry.coordinates[${gap.index}]`,
          `${gap.km.toFixed(1)} km to the next vertex; on land a line needs a vertex at least every ${LAND_MAX_GAP_KM} km`,
        );
    }
    if (problems.length > before) continue;
    segments.push({ ...properties, coordinates, lengthKm: lineLengthKm(coordinates), lane: 0 });
  }
  segments.sort((a, b) => a.order - b.order);
  const lanes = assignLanes(segments);
  for (const segment of segments) segment.lane = lanes.get(segment.id) ?? 0;

  const lines = drawnLines(raw);
  for (const hub of hubs.valid) {
    if (hub.onRoute === false) continue;
    const km = distanceToLinesKm(hub.coordinates, lines);
    if (km > HUB_MAX_DISTANCE_KM)
      problems.push(
        problem(
          HUBS_FILE,
          `feature "${hub.id}"`,
          'geometry.coordinates',
          `${Number.isFinite(km) ? km.toFixed(1) + ' km' : 'far'} from the route; a hub must lie within ${HUB_MAX_DISTANCE_KM} km of a segment`,
        ),
      );
  }
  return { valid: segments, declared: parsed.declared };
}
