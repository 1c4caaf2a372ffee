/**
 * Serves geo/ to the app as two virtual modules, validated and precomputed in Node:
 * `virtual:corridor` (route, hubs, content) and `virtual:basemap` (clipped Natural Earth).
 * A production build fails on any problem; the dev server keeps going and the page lists them.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { buildBasemap } from './basemap.ts';
import { GEO_FILE_NAMES, readGeoFolder } from './read-geo.ts';

/** `CORRIDOR_GEO` points at another folder of geo files, e.g. a test fixture. */
export const GEO_FOLDER =
  process.env['CORRIDOR_GEO'] ?? fileURLToPath(new URL('../../geo/', import.meta.url));
const MODULES = {
  'virtual:corridor': '\0virtual:corridor',
  'virtual:basemap': '\0virtual:basemap',
};

export function corridorData(): Plugin {
  let isBuild = false;
  return {
    name: 'corridor-data',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    resolveId(id) {
      return id in MODULES ? MODULES[id as keyof typeof MODULES] : undefined;
    },
    load(id) {
      if (id === MODULES['virtual:basemap'])
        return `export default ${JSON.stringify(buildBasemap())};`;
      if (id !== MODULES['virtual:corridor']) return undefined;
      for (const name of Object.values(GEO_FILE_NAMES)) this.addWatchFile(join(GEO_FOLDER, name));
      const data = readGeoFolder(GEO_FOLDER);
      if (isBuild && data.problems.length > 0)
        this.error(`geo/ has ${data.problems.length} problem(s):\n${data.problems.join('\n')}`);
      return `export default ${JSON.stringify(data)};`;
    },
  };
}
