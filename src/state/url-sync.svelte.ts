/**
 * Keeps the address bar and the app in step: the URL follows the state without adding history
 * entries, and going back or forward to another URL opens what it names.
 */
import type { AppState } from './app-state.svelte.ts';
import { parseUrl, serializeUrl } from './url.ts';

export function syncUrl(app: AppState): void {
  $effect(() => {
    const { pathname, search, hash } = window.location;
    const url = `${pathname}${serializeUrl(search, app.url)}${hash}`;
    if (url !== `${pathname}${search}${hash}`) history.replaceState(history.state, '', url);
  });
  $effect(() => {
    const follow = () => app.openFromUrl(parseUrl(window.location.search));
    window.addEventListener('popstate', follow);
    return () => window.removeEventListener('popstate', follow);
  });
}
