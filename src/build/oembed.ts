/**
 * `oembed.json`: how a CMS that reads oEmbed shows the map (type "rich": the same iframe as the
 * "Embed" button's). An iframe needs the address the map is published at: set CORRIDOR_URL at
 * build time (e.g. https://school.example/maps/corridor/); without it the address is relative.
 */
import { EMBED_SIZE, embedSnippet } from '../app/embed.ts';
import { en } from '../i18n/en.ts';

export const OEMBED_FILE = 'oembed.json';

export function publishedUrl(env: string | undefined): string | null {
  if (!env) return null;
  const url = new URL(env);
  if (!/^https?:$/.test(url.protocol))
    throw new Error(`CORRIDOR_URL must be an http(s) address, got ${env}`);
  return url.href;
}

export function oembed(base: string | null) {
  const src = base ? new URL('?embed=1', base).href : './?embed=1';
  return {
    version: '1.0',
    type: 'rich',
    title: en.app.title,
    provider_name: en.app.documentTitle,
    ...(base ? { provider_url: base } : {}),
    width: EMBED_SIZE.width,
    height: EMBED_SIZE.height,
    html: embedSnippet(src, en.embed.frameTitle),
  };
}
