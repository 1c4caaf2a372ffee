/**
 * `npm run geo:derive [-- geo folder]`: rewrites geo/route.geojson's geometry and geo/hubs.geojson's
 * coordinates from the committed OSM extract (geo/osm/) and geo/route-overrides.json. Reads nothing
 * outside geo/; re-running it changes nothing.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DERIVED_FILES, deriveTexts } from './derive-files.ts';

const folder = process.argv[2] ?? fileURLToPath(new URL('../../../geo/', import.meta.url));
try {
  const texts = deriveTexts(folder);
  writeFileSync(join(folder, DERIVED_FILES.route), texts.route);
  writeFileSync(join(folder, DERIVED_FILES.hubs), texts.hubs);
  console.log(`Wrote ${DERIVED_FILES.route} and ${DERIVED_FILES.hubs} in ${folder}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
