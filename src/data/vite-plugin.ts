/**
 * Serves geo/ to the app as two virtual modules, validated and precomputed in Node:
 * `virtual:corridor` (route, hubs, content) and `virtual:basemap` (the overview basemap and its
 * labels from geo/basemap/). The basemap's 10m detail is not a module: the map fetches it as a
 * file when the reader zooms in (`src/data/basemap-detail-url.ts`); it is checked here all the same.
 * A production build fails on any problem; the dev server keeps going and the page lists them.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { BASEMAP_FILES, checkBasemapDetail, readBasemap } from './basemap.ts';
import type { CorridorData } from './corridor.ts';
import { GEO_FILE_NAMES, readGeoFolder } from './read-geo.ts';

/** `CORRIDOR_GEO` points at another folder of geo files, e.g. a test fixture. */
const GEO_FOLDER =
  process.env['CORRIDOR_GEO'] ?? fileURLToPath(new URL('../../geo/', import.meta.url));
/** The basemap is the project's own, whichever corridor data is shown on it. */
const BASEMAP_FOLDER = fileURLToPath(new URL('../../geo/basemap/', import.meta.url));
const MODULES = {
  'virtual:corridor': '\0virtual:corridor',
  'virtual:basemap': '\0virtual:basemap',
};

export function corridorData(): Plugin {
  let isBuild = false;
  // Both modules need the validated corridor (the basemap for its hubs): read it once per build
  // or file change, not once per module (it takes seconds).
  let corridor: CorridorData | undefined;
  return {
    name: 'corridor-data',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    buildStart() {
      corridor = undefined;
    },
    watchChange() {
      corridor = undefined;
    },
    resolveId(id) {
      return id in MODULES ? MODULES[id as keyof typeof MODULES] : undefined;
    },
    load(id) {
      if (!Object.values(MODULES).includes(id)) return undefined;
      for (const name of Object.values(GEO_FILE_NAMES)) this.addWatchFile(join(GEO_FOLDER, name));
      const data = (corridor ??= readGeoFolder(GEO_FOLDER));
      if (id === MODULES['virtual:basemap']) {
        for (const name of Object.values(BASEMAP_FILES))
          this.addWatchFile(join(BASEMAP_FOLDER, name));
        const { basemap, problems } = readBasemap(BASEMAP_FOLDER, data.hubs);
        problems.push(...checkBasemapDetail(BASEMAP_FOLDER));
        if (isBuild && problems.length > 0)
          this.error(`geo/basemap has ${problems.length} problem(s):\n${problems.join('\n')}`);
        for (const p of problems) this.warn(p);
        return `export default ${JSON.stringify(basemap)};`;
      }
      if (isBuild && data.problems.length > 0)
        this.error(`geo/ has ${data.problems.length} problem(s):\n${data.problems.join('\n')}`);
      return `export default ${JSON.stringify(data)};`;
    },
  };
}
