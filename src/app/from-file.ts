/**
 * Whether this page is the single offline file opened from disk (file://). Such a page has no
 * service worker (so it cannot be installed), no address another site could embed, and no data
 * files beside it to download; each of those features says so instead of failing.
 */
export function openedFromFile(): boolean {
  return window.location.protocol === 'file:';
}
