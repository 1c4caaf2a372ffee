/**
 * URL state as pure functions: `?segment=<id>`, `?hub=<id>`, `?view=<name>` or `?tour=<n>`.
 * Values are only ever compared with known ids, never inserted into the page. A value the map
 * cannot read is reported (`malformed`), never guessed at.
 */
import type { Selection } from '../data/corridor-index.ts';
import { isView, type View } from './views.ts';

export interface UrlState {
  selection: Selection | null;
  view: View | null;
  /** The tour step (1-based); null when the link names none. */
  tour: number | null;
  /**
   * The first parameter whose value this map cannot read (`?tour=abc`, `?view=nothing`, a
   * language or year it does not offer); null when the link is well formed. The app then shows
   * the plain map with a notice, and the URL drops the value.
   */
  malformed?: LinkParameter | null;
}

/** The parameters the app reads and writes, in the order it checks them. */
const KEYS = ['segment', 'hub', 'view', 'tour'] as const;
/**
 * Parameters a link may carry for features this map does not offer yet: the languages and the
 * year issues add them here. Today only English is offered and no year.
 */
const LANGUAGES: ReadonlySet<string> = new Set(['en']);
const FUTURE_KEYS = ['lang', 'year'] as const;
const readable = (key: (typeof FUTURE_KEYS)[number], value: string | null) =>
  value === null || (key === 'lang' && LANGUAGES.has(value));
export type LinkParameter = (typeof KEYS)[number] | (typeof FUTURE_KEYS)[number];

/** A tour step as a link writes it: a whole number from 1, no sign, exponent or padding. */
const STEP = /^[1-9]\d{0,5}$/;

export function parseUrl(search: string): UrlState {
  const params = new URLSearchParams(search);
  const segment = params.get('segment');
  const hub = params.get('hub');
  const view = params.get('view');
  const tour = params.get('tour');
  const checks: [LinkParameter, boolean][] = [
    ['segment', segment === ''],
    ['hub', hub === ''],
    ['view', view !== null && !isView(view)],
    ['tour', tour !== null && !STEP.test(tour)],
    ['lang', !readable('lang', params.get('lang'))],
    ['year', !readable('year', params.get('year'))],
  ];
  const malformed = checks.find(([, bad]) => bad)?.[0] ?? null;
  if (malformed) return { selection: null, view: null, tour: null, malformed };
  return {
    selection: segment ? { kind: 'segment', id: segment } : hub ? { kind: 'hub', id: hub } : null,
    view: view !== null && isView(view) ? view : null,
    tour: tour !== null ? Number(tour) : null,
    malformed: null,
  };
}

/** The query string for `state`, keeping any other parameters of `search`. */
export function serializeUrl(search: string, state: UrlState): string {
  const params = new URLSearchParams(search);
  for (const key of KEYS) params.delete(key);
  // Values the map cannot read are dropped, so the address says what is shown.
  for (const key of FUTURE_KEYS) if (!readable(key, params.get(key))) params.delete(key);
  if (state.tour !== null) params.set('tour', String(state.tour));
  else if (state.selection) params.set(state.selection.kind, state.selection.id);
  else if (state.view) params.set('view', state.view);
  const query = params.toString();
  return query ? `?${query}` : '';
}
