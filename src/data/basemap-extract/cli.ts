/**
 * `npm run geo:basemap -- [geodata folder]`: derives the committed basemap extracts in
 * geo/basemap/ from the Natural Earth 10m reference files (default ../shared/research/geodata).
 * A maintenance script: neither the build nor the tests run it; they read what it wrote. The
 * work is in extract.ts (tested on made-up data); this file only finds the folders.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractBasemap } from './extract.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const geodata = resolve(process.argv[2] ?? join(root, '../shared/research/geodata'));

extractBasemap({
  naturalEarth: join(geodata, 'naturalearth'),
  route: join(root, 'geo/route.geojson'),
  out: join(root, 'geo/basemap'),
});
