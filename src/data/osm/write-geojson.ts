/**
 * Stable text layouts for the GeoJSON files the geo scripts write, so that re-running a script
 * gives the same bytes and a change shows up as a small diff.
 */
import { writeFileSync } from 'node:fs';
import type { Position } from '../schema.ts';

/** Extract files: header members one per line, then one feature per line. */
export function writeCollection(path: string, collection: unknown) {
  const { features, ...header } = collection as { features: unknown[] };
  const lines = Object.entries(header).map(
    ([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`,
  );
  const body = features.map((f, i) => JSON.stringify(f) + (i < features.length - 1 ? ',' : ''));
  writeFileSync(path, `{\n${lines.join('\n')}\n  "features": [\n${body.join('\n')}\n  ]\n}\n`);
}

const POSITIONS_PER_LINE = 6;

function geometryText(geometry: { type: string; coordinates: unknown }): string {
  if (geometry.type !== 'LineString')
    return JSON.stringify({ type: geometry.type, coordinates: geometry.coordinates });
  const positions = geometry.coordinates as Position[];
  const rows: string[] = [];
  for (let i = 0; i < positions.length; i += POSITIONS_PER_LINE)
    rows.push(
      '        ' +
        positions
          .slice(i, i + POSITIONS_PER_LINE)
          .map((p) => JSON.stringify(p))
          .join(','),
    );
  return `{"type":"LineString","coordinates":[\n${rows.join(',\n')}\n      ]}`;
}

/**
 * The layout of geo/route.geojson and geo/hubs.geojson: properties pretty-printed (so hand edits
 * to them merge line by line), geometry compact. Top-level members other than type and features
 * come first.
 */
export function featureFileText(collection: {
  features: { geometry: { type: string; coordinates: unknown } }[];
}): string {
  const { features, ...header } = collection as unknown as {
    features: { type: string; id: string; properties: unknown; geometry: never }[];
  } & Record<string, unknown>;
  const head = Object.entries(header).map(
    ([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v, null, 2).replace(/\n/g, '\n  ')},`,
  );
  const body = features.map((f) => {
    const { geometry, ...rest } = f as unknown as {
      geometry: { type: string; coordinates: unknown };
    } & Record<string, unknown>;
    const text = JSON.stringify(rest, null, 2).replace(/\n}$/, '');
    return `${text.replace(/\n/g, '\n    ').replace(/^/, '    ')},\n      "geometry": ${geometryText(geometry)}\n    }`;
  });
  return `{\n${head.join('\n')}\n  "features": [\n${body.join(',\n')}\n  ]\n}\n`;
}
