/**
 * Keeps the address bar and the app in step: the URL follows the state without adding history
 * entries, and going back or forward to another URL opens what it names.
 *
 * Replace, never push: a class stepping through the tour with a clicker would otherwise fill Back
 * with one entry per step, and Back would stop leaving the page. Entries within the page still
 * exist (in-page `#` links, a reader editing the address), so Back and Forward are followed, and a
 * refused value is dropped from the entry it was found in rather than leaving a new one behind.
 */
import type { AppState } from './app-state.svelte.ts';
import { parseLink, serializeUrl } from './url.ts';

function write(app: AppState): void {
  const { pathname, search, hash } = window.location;
  const url = `${pathname}${serializeUrl(search, app.url)}${hash}`;
  if (url !== `${pathname}${search}${hash}`) history.replaceState(history.state, '', url);
}

export function syncUrl(app: AppState): void {
  $effect(() => write(app));
  $effect(() => {
    const follow = () => {
      const link = parseLink(window.location.search);
      app.openFromUrl(link.state, link.rejected);
      // The state may not have changed (so the effect above stays quiet) while the URL needs cleaning.
      write(app);
    };
    window.addEventListener('popstate', follow);
    return () => window.removeEventListener('popstate', follow);
  });
}
