/**
 * The schema of geo/alternatives/routes-input.json: for each route the "Compare routes" view draws,
 * its ordered waypoints. A waypoint is either a segment of geo/route.geojson (followed along its
 * OSM-derived track) or a named point with the place its coordinate was taken from. Problems are
 * reported as `geo/alternatives/routes-input.json: route "<id>": waypoints.3.coordinates: …`.
 */
import { z } from 'zod';

export const ROUTES_INPUT_FILE = 'geo/alternatives/routes-input.json';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id like "my-new-id"');
const name = z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters');

/** Where a point's coordinate comes from: one of these kinds, then what exactly. */
export const SOURCE_KINDS = [
  'Natural Earth 10m populated places: ',
  'OpenStreetMap station: ',
  'Placed at sea by hand: ',
  "Entered by hand (outside the Natural Earth extract's box, lon 18–112, lat 28–56): ",
] as const;

const source = z
  .string()
  .refine(
    (s) => SOURCE_KINDS.some((kind) => s.startsWith(kind) && s.length > kind.length),
    `must start with one of ${SOURCE_KINDS.map((k) => `"${k.trim()}"`).join(', ')} and say which place`,
  );

const coordinates = z.tuple([
  z.number().min(-180, 'longitude must be at least -180').max(180, 'longitude must be at most 180'),
  z.number().min(-90, 'latitude must be at least -90').max(90, 'latitude must be at most 90'),
]);

export const pointWaypoint = z.strictObject({ name, coordinates, source });
export const segmentWaypoint = z.strictObject({ segment: id, name });

const waypoint = z.union([segmentWaypoint, pointWaypoint], {
  error: 'must be a segment ({ segment, name }) or a point ({ name, coordinates, source })',
});

export const routeKinds = ['rail', 'sea'] as const;

export const routeInput = z.strictObject({
  id,
  kind: z.enum(routeKinds, { error: `must be one of: ${routeKinds.join(', ')}` }),
  from: name,
  to: name,
  /** Which way the route goes and why, in our words. */
  chain: z.string().trim().min(1, 'must not be empty').max(1000, 'must be at most 1000 characters'),
  waypoints: z.array(waypoint).min(2, 'needs at least two waypoints'),
});

/** The file's outline; each route is checked on its own so that problems can name it. */
export const routesInputFile = z.strictObject({
  note: z.string().optional(),
  routes: z.array(z.unknown()).min(1, 'must list the routes'),
});

export type PointWaypoint = z.infer<typeof pointWaypoint>;
export type SegmentWaypoint = z.infer<typeof segmentWaypoint>;
export type Waypoint = z.infer<typeof waypoint>;
export type RouteInput = z.infer<typeof routeInput>;

/** Field paths as the brief's messages show them: `waypoints.3.coordinates`. */
function dotted(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

function routeLabel(raw: unknown, index: number): string {
  const routeId = (raw as { id?: unknown } | null)?.id;
  return typeof routeId === 'string' && routeId.length > 0
    ? `route "${routeId}"`
    : `route #${index + 1}`;
}

/**
 * The routes of the file, or every problem found, each naming the file, the route and the field.
 * A union's issue is reported on the branch the waypoint was meant to be (a segment when it has a
 * `segment` member), so the message names the field actually wrong.
 */
export function parseRoutesInput(
  raw: unknown,
): { routes: RouteInput[]; problems: [] } | { routes: null; problems: string[] } {
  const file = ROUTES_INPUT_FILE;
  const outline = routesInputFile.safeParse(raw);
  if (!outline.success)
    return {
      routes: null,
      problems: outline.error.issues.map((i) => `${file}: file: ${dotted(i.path)}: ${i.message}`),
    };
  const problems: string[] = [];
  const routes: RouteInput[] = [];
  outline.data.routes.forEach((rawRoute, index) => {
    const label = routeLabel(rawRoute, index);
    const parsed = routeInput.safeParse(rawRoute);
    if (parsed.success) {
      routes.push(parsed.data);
      return;
    }
    for (const issue of parsed.error.issues)
      problems.push(...issueLines(file, label, rawRoute, issue));
  });
  routes.forEach((route, index) => {
    if (routes.findIndex((r) => r.id === route.id) !== index)
      problems.push(`${file}: route "${route.id}": id: repeats another route's id`);
  });
  return problems.length > 0 ? { routes: null, problems } : { routes, problems: [] };
}

function issueLines(
  file: string,
  label: string,
  rawRoute: unknown,
  issue: z.core.$ZodIssue,
): string[] {
  const [first, index] = issue.path;
  if (issue.code !== 'invalid_union' || first !== 'waypoints' || typeof index !== 'number')
    return [`${file}: ${label}: ${dotted(issue.path)}: ${issue.message}`];
  // Report the waypoint against the schema it looks like it was meant to follow.
  const rawWaypoint = (rawRoute as { waypoints: unknown[] }).waypoints[index];
  const isSegment =
    typeof rawWaypoint === 'object' && rawWaypoint !== null && 'segment' in rawWaypoint;
  const branch = (isSegment ? segmentWaypoint : pointWaypoint).safeParse(rawWaypoint);
  if (branch.success) return [`${file}: ${label}: ${dotted(issue.path)}: ${issue.message}`];
  return branch.error.issues.map(
    (i) => `${file}: ${label}: ${dotted([...issue.path, ...i.path])}: ${i.message}`,
  );
}
