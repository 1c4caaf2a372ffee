/**
 * The embed: `?embed=1` gives a compact page for an iframe on another site. These helpers make the
 * iframe's address, the link back to the full map and the copy-paste snippet (HTML as text, for
 * the reader to paste into their own page; it is never inserted into ours).
 */
import { escapeHtml } from '../data/escape-html.ts';

const PARAM = 'embed';

export function isEmbed(search: string): boolean {
  return new URLSearchParams(search).get(PARAM) === '1';
}

/** The address of the embedded page: the same view, with `embed=1`. */
export function embedUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.set(PARAM, '1');
  url.hash = '';
  return url.href;
}

/** The address of the full map showing the same view. */
export function fullMapUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(PARAM);
  url.hash = '';
  return url.href;
}

export const EMBED_SIZE = { width: 960, height: 640 };

/** A responsive iframe: the page's full width, 80 % of the screen's height up to 640 px. */
export function embedSnippet(src: string, title: string): string {
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" ` +
    `style="width:100%;height:min(80vh,${EMBED_SIZE.height}px);border:0" ` +
    `loading="lazy" allow="fullscreen"></iframe>`
  );
}
