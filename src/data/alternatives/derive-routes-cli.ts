/**
 * `npm run geo:alternatives [-- geo folder]`: writes geo/alternatives/routes.geojson from
 * geo/alternatives/routes-input.json and geo/route.geojson, then geo/alternatives/sea-land-50m.geojson,
 * the Natural Earth 1:50m land (world-atlas, public domain) in the cells the sea routes pass
 * through. Reads nothing outside geo/ and node_modules; re-running it changes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { featureFileText, writeCollection } from '../osm/write-geojson.ts';
import { deriveRoutes, segmentLines } from './derive-routes.ts';
import { landAlong } from './sea-land.ts';

const folder = process.argv[2] ?? fileURLToPath(new URL('../../../geo/', import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

try {
  const input = readJson(join(folder, 'alternatives', 'routes-input.json'));
  const routes = deriveRoutes(input, segmentLines(readJson(join(folder, 'route.geojson'))));
  writeFileSync(join(folder, 'alternatives', 'routes.geojson'), featureFileText(routes));

  const require = createRequire(import.meta.url);
  const topology = readJson(require.resolve('world-atlas/land-50m.json')) as Topology<{
    land: GeometryCollection;
  }>;
  const land = feature(topology, topology.objects.land) as unknown as {
    features: Feature<Polygon | MultiPolygon>[];
  };
  const sea = routes.features.filter((f) => f.properties.kind === 'sea');
  const extract = landAlong(
    land.features,
    sea.map((f) => f.geometry.coordinates),
    'world-atlas 2.0.2 land-50m.json (Natural Earth 1:50m land, public domain)',
  );
  writeCollection(join(folder, 'alternatives', 'sea-land-50m.geojson'), extract);
  for (const f of routes.features) console.log(`${f.properties.id}: ${f.properties.lengthKm} km`);
  console.log(
    `Wrote alternatives/routes.geojson and alternatives/sea-land-50m.geojson in ${folder}`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
