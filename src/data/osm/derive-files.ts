/** Runs the derive on a geo/ folder and returns the new texts of route.geojson and hubs.geojson. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deriveGeo, type FeatureFile } from './derive.ts';
import { readOsmExtract } from './files.ts';
import { featureFileText } from './write-geojson.ts';

export const DERIVED_FILES = { route: 'route.geojson', hubs: 'hubs.geojson' } as const;

function readFeatureFile(geoFolder: string, name: string): FeatureFile {
  const parsed = JSON.parse(readFileSync(join(geoFolder, name), 'utf8')) as FeatureFile;
  if (parsed?.type !== 'FeatureCollection' || !Array.isArray(parsed.features))
    throw new Error(`geo/${name}: file: (root): is not a GeoJSON FeatureCollection`);
  return parsed;
}

export function deriveTexts(geoFolder: string): { route: string; hubs: string } {
  const { route, hubs } = deriveGeo(
    readOsmExtract(geoFolder),
    readFeatureFile(geoFolder, DERIVED_FILES.route),
    readFeatureFile(geoFolder, DERIVED_FILES.hubs),
  );
  return { route: featureFileText(route), hubs: featureFileText(hubs) };
}
