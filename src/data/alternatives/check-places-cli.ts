/**
 * `npx tsx src/data/alternatives/check-places-cli.ts [geodata folder]`: checks the Natural Earth
 * coordinates in geo/alternatives/routes-input.json against the reference file (default
 * ../shared/research/geodata). Maintenance only; tests and the build never read that folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPlaceSources } from './check-places.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const geodata = process.argv[2] ?? join(root, '../shared/research/geodata');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

try {
  const problems = checkPlaceSources(
    readJson(join(root, 'geo/alternatives/routes-input.json')),
    readJson(join(geodata, 'naturalearth/populated-places-10m.geojson')) as Parameters<
      typeof checkPlaceSources
    >[1],
  );
  for (const p of problems) console.error(p);
  if (problems.length > 0) process.exit(1);
  console.log('Every Natural Earth waypoint has its place’s coordinates.');
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
