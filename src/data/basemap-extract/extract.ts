/**
 * Writes the basemap extracts (overview, labels, detail) from the Natural Earth layers and the
 * route as it is drawn now, and says which labels names.json lacks. Separate from the CLI so that
 * the tests can run it on a small made-up Natural Earth in a temporary folder.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection } from 'geojson';
import { DETAIL, detailShapes, OVERVIEW, overviewShapes } from './shapes.ts';
import { labels } from './labels.ts';
import { NATURAL_EARTH_FILES, readNaturalEarth } from './natural-earth.ts';

const NATURAL_EARTH = {
  data: 'Natural Earth v4.0.0, public domain (naturalearthdata.com); made with Natural Earth',
  via: 'GeoJSON conversion github.com/martynafford/natural-earth-geojson @ 0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e (CC0 1.0)',
};

function source(level: string, files: string[], more: Record<string, string> = {}) {
  return {
    ...NATURAL_EARTH,
    files,
    derived: `npm run geo:basemap (src/data/basemap-extract/): ${level}`,
    ...more,
  };
}

export interface ExtractPaths {
  /** The folder of Natural Earth's GeoJSON layers (NATURAL_EARTH_FILES). */
  naturalEarth: string;
  /** geo/route.geojson: cities are named by their distance from the route. */
  route: string;
  /** geo/basemap/: the extracts are written here, names.json is read from here. */
  out: string;
}

export function extractBasemap(
  { naturalEarth, route, out }: ExtractPaths,
  log: (line: string) => void = console.log,
): void {
  const write = (name: string, collection: object) => {
    const text = JSON.stringify(collection);
    writeFileSync(join(out, name), text + '\n');
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    log(`geo/basemap/${name}: ${kb(text.length)}, ${kb(gzipSync(text).length)} gzip`);
  };

  const ne = readNaturalEarth(naturalEarth);
  mkdirSync(out, { recursive: true });

  const overview = overviewShapes(ne);
  write('overview.geojson', {
    type: 'FeatureCollection',
    source: source(
      `clipped to lon 18–112, lat 28–56, simplified to ${OVERVIEW.tolerance}°, rounded to ${OVERVIEW.digits} decimals; lakes of ${OVERVIEW.minLakeArea} km² and more; river names normalised`,
      [
        NATURAL_EARTH_FILES.land,
        NATURAL_EARTH_FILES.lakes,
        NATURAL_EARTH_FILES.boundaries,
        NATURAL_EARTH_FILES.rivers,
      ],
      {
        surroundings:
          'Outside that box: world-atlas 2.0.2 countries-110m.json (Natural Earth 1:110m, public domain), simplified to 0.1°',
      },
    ),
    features: overview,
  });

  // Cities are named by their distance from the route as it is drawn now.
  const drawn = JSON.parse(readFileSync(route, 'utf8')) as FeatureCollection;
  const routePositions = drawn.features.flatMap((f) =>
    f.geometry.type === 'LineString' ? f.geometry.coordinates : [],
  );
  const named = labels(ne, routePositions);
  write('labels.geojson', {
    type: 'FeatureCollection',
    source: source(
      'label points (chosen by hand where the shape’s own point would sit on the route, else the point farthest inside the shape); every Natural Earth name field kept in lower case, `name` is the English name as the project writes it, `name_ne` Natural Earth’s',
      [
        NATURAL_EARTH_FILES.countries,
        NATURAL_EARTH_FILES.marine,
        NATURAL_EARTH_FILES.lakes,
        NATURAL_EARTH_FILES.places,
        NATURAL_EARTH_FILES.regions,
      ],
    ),
    features: named.features,
  });

  write('detail.geojson', {
    type: 'FeatureCollection',
    source: source(
      `clipped to lon 18–112, lat 28–56, simplified to ${DETAIL.tolerance}°, rounded to ${DETAIL.digits} decimals; lakes of ${DETAIL.minLakeArea} km² and more`,
      [
        NATURAL_EARTH_FILES.land,
        NATURAL_EARTH_FILES.coastline,
        NATURAL_EARTH_FILES.lakes,
        NATURAL_EARTH_FILES.boundaries,
        NATURAL_EARTH_FILES.rivers,
      ],
    ),
    features: detailShapes(ne),
  });

  // names.json is written by hand (each name with its source): say which labels it lacks.
  const namesFile = join(out, 'names.json');
  const table = existsSync(namesFile)
    ? (JSON.parse(readFileSync(namesFile, 'utf8')) as { names?: Record<string, unknown> })
    : {};
  const rivers = overview.flatMap((f) => (f.properties.id ? [f.properties.id] : []));
  const labelled = [...named.features.map((f) => f.properties.id), ...new Set(rivers)];
  const missing = labelled.filter((id) => !table.names?.[id]);
  if (missing.length > 0) log(`names.json has no entry for: ${missing.join(', ')}`);
}
