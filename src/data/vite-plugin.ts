/**
 * Serves the data folder to the app as virtual modules, validated and precomputed in Node:
 * `virtual:corridor` (route thinned for the screen, hubs, content without its words),
 * `virtual:compare/<lang>` (the route comparison in a language, loaded with its view),
 * `virtual:language/<lang>` (each language's words, loaded when chosen) and `virtual:basemap` (the
 * overview basemap and its labels from geo/basemap/). The basemap's 10m detail is not a module:
 * the map fetches it as a file when the reader zooms in (`src/data/basemap-detail-url.ts`); it is
 * checked here all the same. The data as files to download (downloads.ts) go to `data/` in the
 * build and are served there by the dev server. A build stops on any problem with the problem list and nothing else;
 * the dev server keeps going, lists the problems on the page, and reloads when a data file
 * changes, goes or returns.
 */
import { resolve, sep } from 'node:path';
import { inspect } from 'node:util';
import type { Plugin } from 'vite';
import { INNER_BUILD_FLAG } from '../build/single-file.ts';
import { BASEMAP_FOLDER, checkBasemapDetail, readBasemap, shippedBasemap } from './basemap.ts';
import type { CorridorData } from './corridor.ts';
import { folderLabel, geoFolder } from './geo-folder.ts';
import { DOWNLOAD_FOLDER, downloadFiles } from './downloads.ts';
import { readGeoFolder } from './read-geo.ts';
import { readPlaceNames } from './place-names.ts';
import type { Language } from '../i18n/languages.ts';
import { compareForScreen, forScreen } from './screen.ts';
import { isCompareText, isFirstViewText, splitTexts } from './texts.ts';

/** `virtual:language/ru` and `…/ru/panels`: a language's words, modules of their own. */
const LANGUAGE_MODULE = 'virtual:language/';

/** `virtual:compare/ru`: the route comparison with one language's words. */
const COMPARE_MODULE = 'virtual:compare/';

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

function readBasemapWithNames(data: CorridorData) {
  const { basemap, problems } = readBasemap(BASEMAP_FOLDER, data.hubs);
  const names = readPlaceNames(BASEMAP_FOLDER, basemap.features);
  return {
    basemap,
    names: names.names,
    problems: [...problems, ...names.problems, ...checkBasemapDetail(BASEMAP_FOLDER)],
  };
}

export function corridorData(): Plugin {
  const folder = geoFolder();
  let isBuild = false;
  // Both modules need the validated corridor (the basemap for its hubs): read it once per build
  // or file change, not once per module (it takes seconds).
  let corridor: CorridorData | undefined;
  const readCorridor = () => (corridor ??= readGeoFolder(folder));
  // The basemap and the screen's split of the data, once per corridor read: ten language
  // modules and the two data modules all ask for them.
  const basemaps = new WeakMap<CorridorData, ReturnType<typeof readBasemapWithNames>>();
  const basemapProblems = (data: CorridorData) => {
    if (!basemaps.has(data)) basemaps.set(data, readBasemapWithNames(data));
    return basemaps.get(data)!;
  };
  const splits = new WeakMap<CorridorData, ReturnType<typeof splitTexts>>();
  const screenSplit = (data: CorridorData) => {
    if (!splits.has(data)) splits.set(data, splitTexts(forScreen(data)));
    return splits.get(data)!;
  };
  /**
   * A language's words: those of the first view with the basemap's names in it
   * (`virtual:language/ru`), or those of the panels (`virtual:language/ru/panels`). The route
   * comparison's come in its own module (`virtual:compare/ru`).
   */
  const languageContent = (data: CorridorData, language: Language, part: 'first' | 'panels') => {
    const all = language === 'en' ? screenSplit(data).texts : (data.translations?.[language] ?? {});
    const texts = Object.fromEntries(
      Object.entries(all).filter(
        ([key]) => isFirstViewText(key) === (part === 'first') && !isCompareText(key),
      ),
    );
    return { texts, places: part === 'first' ? (basemapProblems(data).names[language] ?? {}) : {} };
  };
  return {
    name: 'corridor-data',
    // Checked before the bundler starts, so a data editor sees the problems and nothing else.
    config(_, { command }) {
      isBuild = command === 'build';
      if (!isBuild) return;
      const data = readCorridor();
      if (data.problems.length > 0) throw new DataProblems(folderLabel(folder), data.problems);
      const { problems } = basemapProblems(data);
      if (problems.length > 0) throw new DataProblems(folderLabel(BASEMAP_FOLDER), problems);
    },
    configureServer(server) {
      // Watch the folders rather than each file: a file that is removed and restored is seen
      // again, and the page reloads with the data as it now is.
      server.watcher.add([folder, BASEMAP_FOLDER]);
      const onChange = (file: string) => {
        const path = resolve(file);
        if (!path.startsWith(folder + sep) && !path.startsWith(BASEMAP_FOLDER + sep)) return;
        corridor = undefined;
        for (const module of server.moduleGraph.idToModuleMap.values())
          if (module.id?.startsWith('\0virtual:')) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onChange);
      server.middlewares.use(`/${DOWNLOAD_FOLDER}/`, (request, response, next) => {
        const file = downloadFiles(readCorridor()).find((d) => `/${d.name}` === request.url);
        if (!file) return next();
        response.setHeader('Content-Type', `${file.type}; charset=utf-8`);
        response.end(file.text);
      });
    },
    generateBundle() {
      if (process.env[INNER_BUILD_FLAG]) return;
      for (const file of downloadFiles(readCorridor()))
        this.emitFile({
          type: 'asset',
          fileName: `${DOWNLOAD_FOLDER}/${file.name}`,
          source: file.text,
        });
    },
    buildStart() {
      if (!isBuild) corridor = undefined;
    },
    resolveId(id) {
      if (id.startsWith(LANGUAGE_MODULE) || id.startsWith(COMPARE_MODULE)) return `\0${id}`;
      return id in MODULES ? MODULES[id as keyof typeof MODULES] : undefined;
    },
    load(id) {
      if (id.startsWith(`\0${LANGUAGE_MODULE}`)) {
        const [language, part] = id.slice(LANGUAGE_MODULE.length + 1).split('/') as [
          Language,
          string?,
        ];
        const content = languageContent(readCorridor(), language, part ? 'panels' : 'first');
        return `export default ${JSON.stringify(content)};`;
      }
      if (id.startsWith(`\0${COMPARE_MODULE}`)) {
        const language = id.slice(COMPARE_MODULE.length + 1) as Language;
        const data = readCorridor();
        const texts = language === 'en' ? {} : (data.translations?.[language] ?? {});
        return `export default ${JSON.stringify(compareForScreen(data, texts))};`;
      }
      if (!Object.values(MODULES).includes(id)) return undefined;
      const data = readCorridor();
      if (id === MODULES['virtual:basemap']) {
        const { basemap, problems } = basemapProblems(data);
        for (const p of problems) this.warn(p);
        return `export default ${JSON.stringify(shippedBasemap(basemap))};`;
      }
      // The words come with the reader's language (`virtual:language/<lang>`), English's too.
      return `export default ${JSON.stringify(screenSplit(data).bare)};`;
    },
  };
}
