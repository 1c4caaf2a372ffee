/**
 * Draws the lines of the routes the "Compare routes" view compares, from
 * geo/alternatives/routes-input.json and the segments of geo/route.geojson. Pure: the same input
 * gives the same collection. Rail stretches follow the referenced OSM-derived segments, then run
 * straight from station to station; sea legs follow the great circle between named points at sea,
 * densified so that they stay where the waypoints put them. Lengths are measured with turf on the
 * line as written (after simplifying and rounding), never typed in.
 */
import { distance, greatCircle, length, lineString, point } from '@turf/turf';
import type { Position } from '../schema.ts';
import { simplifyMetres } from '../simplify-metres.ts';
import { parseRoutesInput, ROUTES_INPUT_FILE, type RouteInput } from './routes-schema.ts';

export const ROUTES_FILE = 'geo/alternatives/routes.geojson';
const SEGMENTS_FILE = 'geo/route.geojson';

/** One vertex at least every this many km on a sea leg, so the drawn arc is the great circle. */
export const SEA_STEP_KM = 100;
/** Rail lines are simplified to within this distance of the OSM-derived track. */
export const RAIL_SIMPLIFY_METRES = 1000;
/** Decimal places of the written coordinates (about 10 m). */
const DIGITS = 4;
/** Consecutive segments must meet within this distance. */
const JOIN_KM = 0.05;

export interface RouteProperties {
  id: string;
  kind: 'rail' | 'sea';
  from: string;
  to: string;
  lengthKm: number;
  waypoints: string[];
  provenance: {
    /** Segments of geo/route.geojson the line follows, in order. */
    segments: string[];
    /** Where each named point's coordinate comes from, in order, without repeats. */
    places: string[];
    licence: string;
  };
}

export interface RouteFeature {
  type: 'Feature';
  properties: RouteProperties;
  geometry: { type: 'LineString'; coordinates: Position[] };
}

export interface RoutesCollection {
  type: 'FeatureCollection';
  license: string;
  attribution: string;
  note: string;
  features: RouteFeature[];
}

/** Thrown with every problem found, each naming the file, the route and the field. */
export class RoutesInputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'RoutesInputError';
  }
}

/** The LineStrings of geo/route.geojson by segment id, read loosely (that file has its own checks). */
export function segmentLines(routeGeojson: unknown): Map<string, Position[]> {
  const lines = new Map<string, Position[]>();
  const features = (routeGeojson as { features?: unknown } | null)?.features;
  if (!Array.isArray(features)) return lines;
  for (const f of features as {
    properties?: { id?: unknown };
    geometry?: { type?: unknown; coordinates?: unknown };
  }[]) {
    const segmentId = f.properties?.id;
    if (typeof segmentId === 'string' && f.geometry?.type === 'LineString')
      lines.set(segmentId, f.geometry.coordinates as Position[]);
  }
  return lines;
}

const round = (value: number) => Number(value.toFixed(DIGITS));
const km = (a: Position, b: Position) => distance(point(a), point(b), { units: 'kilometers' });

/** The great-circle arc from a to b, a excluded, b exact at the end. */
function seaLeg(a: Position, b: Position): Position[] {
  const steps = Math.max(1, Math.ceil(km(a, b) / SEA_STEP_KM));
  if (steps === 1) return [b];
  const arc = greatCircle(point(a), point(b), { npoints: steps + 1 });
  const coordinates = arc.geometry.coordinates as Position[];
  return [...coordinates.slice(1, -1), b];
}

function drawRoute(
  route: RouteInput,
  segments: ReadonlyMap<string, Position[]>,
  problems: string[],
): Position[] {
  const at = (i: number, field: string, message: string) =>
    problems.push(`${ROUTES_INPUT_FILE}: route "${route.id}": waypoints.${i}.${field}: ${message}`);
  const line: Position[] = [];
  // After a problem the line is incomplete: unknown segments are still named, joins not checked.
  let broken = false;
  route.waypoints.forEach((waypoint, i) => {
    const last = line[line.length - 1];
    if ('segment' in waypoint) {
      const track = segments.get(waypoint.segment);
      if (!track || track.length < 2) {
        at(i, 'segment', `"${waypoint.segment}" is not a line in ${SEGMENTS_FILE}`);
        broken = true;
        return;
      }
      if (broken) return;
      const previous = i > 0 ? route.waypoints[i - 1] : undefined;
      if (last && previous && 'segment' in previous && km(last, track[0]!) > JOIN_KM) {
        at(i, 'segment', `"${waypoint.segment}" does not start where "${previous.segment}" ends`);
        broken = true;
        return;
      }
      // From a point, the line runs straight to the segment's start.
      line.push(...(last && km(last, track[0]!) <= JOIN_KM ? track.slice(1) : track));
      return;
    }
    const target = waypoint.coordinates;
    if (!last) line.push(target);
    else if (route.kind === 'sea') line.push(...seaLeg(last, target));
    else line.push(target);
  });
  return line;
}

/** Rounds to DIGITS decimals and drops repeated vertices. */
function tidy(line: Position[]): Position[] {
  const out: Position[] = [];
  for (const [lon = 0, lat = 0] of line) {
    const p: Position = [round(lon), round(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function routeFeature(route: RouteInput, drawn: Position[]): RouteFeature {
  const simplified = route.kind === 'rail' ? simplifyMetres(drawn, RAIL_SIMPLIFY_METRES) : drawn;
  const coordinates = tidy(simplified);
  const segmentIds = route.waypoints.flatMap((w) => ('segment' in w ? [w.segment] : []));
  const places = [...new Set(route.waypoints.flatMap((w) => ('source' in w ? [w.source] : [])))];
  const licence =
    segmentIds.length > 0
      ? `ODbL 1.0 for the stretches taken from ${SEGMENTS_FILE} (© OpenStreetMap contributors); the named points are from Natural Earth (public domain) or entered by hand as listed`
      : 'No OpenStreetMap data: named points from Natural Earth (public domain) or entered by hand as listed';
  return {
    type: 'Feature',
    properties: {
      id: route.id,
      kind: route.kind,
      from: route.from,
      to: route.to,
      lengthKm: Math.round(length(lineString(coordinates), { units: 'kilometers' })),
      waypoints: route.waypoints.map((w) => w.name),
      provenance: { segments: segmentIds, places, licence },
    },
    geometry: { type: 'LineString', coordinates },
  };
}

/**
 * The routes' collection, or a RoutesInputError listing every problem: the input's shape,
 * unknown segments and segments that do not join.
 */
export function deriveRoutes(
  input: unknown,
  segments: ReadonlyMap<string, Position[]>,
): RoutesCollection {
  const parsed = parseRoutesInput(input);
  if (!parsed.routes) throw new RoutesInputError(parsed.problems);
  const problems: string[] = [];
  const drawn = parsed.routes.map((route) => drawRoute(route, segments, problems));
  if (problems.length > 0) throw new RoutesInputError(problems);
  return {
    type: 'FeatureCollection',
    license: 'ODbL-1.0',
    attribution:
      'Rail geometry of the Middle Corridor and Northern routes in part from geo/route.geojson: © OpenStreetMap contributors, ODbL 1.0 (https://www.openstreetmap.org/copyright)',
    note: `Written by npm run geo:alternatives from ${ROUTES_INPUT_FILE} and ${SEGMENTS_FILE}; lengthKm is turf's length of each line as written. Each feature's provenance lists the segments and places it uses.`,
    features: parsed.routes.map((route, i) => routeFeature(route, drawn[i]!)),
  };
}
