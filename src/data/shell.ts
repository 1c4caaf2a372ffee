/**
 * The page as the browser first paints it, before any script: the title, one intro line and the
 * route list as plain links (`?segment=<id>`, `?hub=<id>`), grouped as the app's route list. Built
 * from the validated data at build time; the app replaces it when it mounts, and until then (or
 * with JavaScript off) every link opens the app at that segment or hub.
 */
import type { Messages } from '../i18n/en.ts';
import { Format } from '../i18n/format.ts';
import { hubsInRouteOrder, routeGroups } from '../panel/route-groups.ts';
import type { CorridorData } from './corridor.ts';
import { escapeHtml } from './escape-html.ts';

function item(href: string, name: string, meta: string): string {
  return `<li><a href="${escapeHtml(href)}"><span class="shell-name">${escapeHtml(name)}</span> <span class="shell-meta">${escapeHtml(meta)}</span></a></li>`;
}

export function shellHtml(data: CorridorData, m: Messages): string {
  const f = new Format(m);
  const groups = routeGroups(data.segments, data.groups).map(
    ({ group, segments }) =>
      `<h3>${escapeHtml(group.title)}</h3><ul>${segments
        .map((s) =>
          item(
            `?segment=${encodeURIComponent(s.id)}`,
            s.name,
            m.routeList.meta(m.modes[s.mode], f.km(s.lengthKm)),
          ),
        )
        .join('')}</ul>`,
  );
  const hubs = hubsInRouteOrder(data.segments, data.hubs).map((h) =>
    item(`?hub=${encodeURIComponent(h.id)}`, h.name, m.kinds[h.kind]),
  );
  return [
    '<div class="shell">',
    `<header class="shell-bar"><h1>${escapeHtml(m.app.title)}</h1></header>`,
    '<div class="shell-body">',
    `<p class="shell-intro">${escapeHtml(m.shell.intro)}</p>`,
    `<p class="shell-note shell-loading">${escapeHtml(m.shell.loading)}</p>`,
    `<noscript><p class="shell-note">${escapeHtml(m.shell.noScript)}</p></noscript>`,
    `<nav class="shell-list" aria-label="${escapeHtml(m.routeList.label)}">`,
    `<h2>${escapeHtml(m.routeList.title)}</h2>`,
    ...groups,
    `<h2>${escapeHtml(m.routeList.hubs)}</h2><ul>${hubs.join('')}</ul>`,
    '</nav></div></div>',
  ].join('');
}
