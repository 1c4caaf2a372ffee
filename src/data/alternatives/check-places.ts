/**
 * Checks that each waypoint of geo/alternatives/routes-input.json that says it comes from Natural
 * Earth's populated places has that place's coordinates (to the 4 decimals the input keeps). Pure;
 * run by `npx tsx src/data/alternatives/check-places-cli.ts [geodata folder]` (maintenance only:
 * the reference files are not part of a user's clone).
 */
import { parseRoutesInput, ROUTES_INPUT_FILE, SOURCE_KINDS } from './routes-schema.ts';

const NATURAL_EARTH = SOURCE_KINDS[0];
const DIGITS = 4;

interface Places {
  features: { properties: { NAME?: unknown }; geometry: { coordinates: number[] } }[];
}

/** Every Natural Earth waypoint that is not the named place, by file, route and field. */
export function checkPlaceSources(input: unknown, places: Places): string[] {
  const parsed = parseRoutesInput(input);
  if (!parsed.routes) return parsed.problems;
  const byName = new Map<string, number[]>();
  for (const f of places.features)
    if (typeof f.properties.NAME === 'string')
      byName.set(f.properties.NAME, f.geometry.coordinates);
  const problems: string[] = [];
  for (const route of parsed.routes)
    route.waypoints.forEach((w, i) => {
      if (!('source' in w) || !w.source.startsWith(NATURAL_EARTH)) return;
      const at = (field: string, message: string) =>
        problems.push(
          `${ROUTES_INPUT_FILE}: route "${route.id}": waypoints.${i}.${field}: ${message}`,
        );
      const name = w.source.slice(NATURAL_EARTH.length);
      const place = byName.get(name);
      if (!place) {
        at('source', `Natural Earth has no populated place "${name}"`);
        return;
      }
      const expected = place.slice(0, 2).map((v) => Number(v.toFixed(DIGITS)));
      if (expected[0] !== w.coordinates[0] || expected[1] !== w.coordinates[1])
        at('coordinates', `Natural Earth puts "${name}" at [${expected.join(', ')}]`);
    });
  return problems;
}
