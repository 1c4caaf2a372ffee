/**
 * Serves the data folder to the app as two virtual modules, validated and precomputed in Node:
 * `virtual:corridor` (route, hubs, content) and `virtual:basemap` (clipped Natural Earth).
 * A build stops on any problem with the problem list and nothing else; the dev server keeps
 * going, lists the problems on the page, and reloads when a data file changes, goes or returns.
 */
import { resolve, sep } from 'node:path';
import { inspect } from 'node:util';
import type { Plugin } from 'vite';
import { buildBasemap } from './basemap.ts';
import { folderLabel, geoFolder } from './geo-folder.ts';
import { readGeoFolder } from './read-geo.ts';

const MODULES = {
  'virtual:corridor': '\0virtual:corridor',
  'virtual:basemap': '\0virtual:basemap',
};

/** An error that reads as a plain message: a data editor needs the problems, not a stack. */
export class DataProblems extends Error {
  constructor(label: string, problems: string[]) {
    super(`${problems.join('\n')}\n\n${problems.length} problem(s) in ${label}: the build stops.`);
    this.name = 'DataProblems';
  }

  /** How Vite's command line prints it. */
  [inspect.custom](): string {
    return this.message;
  }
}

export function corridorData(): Plugin {
  const folder = geoFolder();
  let isBuild = false;
  return {
    name: 'corridor-data',
    // Checked before the bundler starts, so a data editor sees the problems and nothing else.
    config(_, { command }) {
      isBuild = command === 'build';
      if (!isBuild) return;
      const { problems } = readGeoFolder(folder);
      if (problems.length > 0) throw new DataProblems(folderLabel(folder), problems);
    },
    configureServer(server) {
      // Watch the folder rather than each file: a file that is removed and restored is seen
      // again, and the page reloads with the data as it now is.
      server.watcher.add(folder);
      const onChange = (file: string) => {
        if (!resolve(file).startsWith(folder + sep)) return;
        const module = server.moduleGraph.getModuleById(MODULES['virtual:corridor']);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onChange);
    },
    resolveId(id) {
      return id in MODULES ? MODULES[id as keyof typeof MODULES] : undefined;
    },
    load(id) {
      if (id === MODULES['virtual:basemap'])
        return `export default ${JSON.stringify(buildBasemap())};`;
      if (id !== MODULES['virtual:corridor']) return undefined;
      const data = readGeoFolder(folder);
      if (isBuild && data.problems.length > 0)
        throw new DataProblems(folderLabel(folder), data.problems);
      return `export default ${JSON.stringify(data)};`;
    },
  };
}
