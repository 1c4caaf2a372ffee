/**
 * Writes the shell (shell.ts) into the built index.html, inside `<div id="app">`, so the title and
 * the route list paint before any script runs. Build only: the dev server serves the bare page.
 */
import type { Plugin } from 'vite';
import { en } from '../i18n/en.ts';
import { readGeoFolder } from './read-geo.ts';
import { shellHtml } from './shell.ts';
import { geoFolder } from './geo-folder.ts';

const MOUNT_POINT = '<div id="app"></div>';

export function corridorShell(): Plugin {
  return {
    name: 'corridor-shell',
    apply: 'build',
    transformIndexHtml(html) {
      if (!html.includes(MOUNT_POINT))
        throw new Error(`src/index.html: the shell needs an empty ${MOUNT_POINT} to go into`);
      const shell = shellHtml(readGeoFolder(geoFolder()), en);
      return html.replace(MOUNT_POINT, `<div id="app">${shell}</div>`);
    },
  };
}
