/**
 * Which folder of data files to use (Node only): an explicit argument, else the `CORRIDOR_GEO`
 * environment variable, else the project's geo/. Validation, the dev server, the build and the
 * tests all ask here, so they always check the same folder.
 */
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// From the module's own path: under jsdom (component tests) `URL` is jsdom's, which node:url refuses.
export const PROJECT_GEO = join(dirname(fileURLToPath(import.meta.url)), '../../geo/');

export function geoFolder(argument?: string): string {
  return resolve(argument ?? process.env['CORRIDOR_GEO'] ?? PROJECT_GEO);
}

/** The folder as a data editor would name it: relative to where they are, ending in "/". */
export function folderLabel(folder: string): string {
  const absolute = resolve(folder);
  const path = relative(process.cwd(), absolute) || '.';
  // A folder outside the project reads better as its full path than as "../../…".
  return `${(path.startsWith('..') ? absolute : path).split(sep).join('/')}/`;
}
