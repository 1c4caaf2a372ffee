/** Reads the Natural Earth 10m layers the basemap is extracted from (see the geodata README). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';

export const NATURAL_EARTH_FILES = {
  land: 'land-10m.geojson',
  coastline: 'coastline-10m.geojson',
  lakes: 'lakes-10m.geojson',
  rivers: 'rivers-10m.geojson',
  boundaries: 'admin0-boundary-lines-10m.geojson',
  countries: 'admin0-countries-50m.geojson',
  marine: 'marine-polys-10m.geojson',
  regions: 'regions-polys-10m.geojson',
  places: 'populated-places-10m.geojson',
} as const;

export type NaturalEarth = Record<keyof typeof NATURAL_EARTH_FILES, FeatureCollection>;

/** Every layer, or an error naming the file that is missing or not a FeatureCollection. */
export function readNaturalEarth(folder: string): NaturalEarth {
  const read = (name: string): FeatureCollection => {
    const file = join(folder, name);
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: cannot be read as JSON: ${(error as Error).message}`, {
        cause: error,
      });
    }
    const collection = parsed as Partial<FeatureCollection>;
    if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features))
      throw new Error(`${file}: type: expected a GeoJSON FeatureCollection`);
    return collection as FeatureCollection;
  };
  return Object.fromEntries(
    Object.entries(NATURAL_EARTH_FILES).map(([key, name]) => [key, read(name)]),
  ) as NaturalEarth;
}
