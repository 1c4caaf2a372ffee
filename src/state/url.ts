/**
 * URL state as pure functions: `?segment=<id>`, `?hub=<id>`, `?view=<name>`, `?tour=<n>` or
 * `?year=<yyyy>` (the timeline view at that year).
 * Values are only ever compared with known ids, never inserted into the page.
 */
import type { Selection } from '../data/corridor-index.ts';
import { isLanguage } from '../i18n/languages.ts';
import { isView, type View } from './views.ts';

export interface UrlState {
  selection: Selection | null;
  view: View | null;
  /** The tour step (1-based); null when the link names none. */
  tour: number | null;
  /** The year the timeline view shows; null when the link names none. */
  year: number | null;
}

/** An id as a link may carry it: something to look up, not an empty or runaway string. */
const isId = (value: string) => value.length > 0 && value.length <= 100;

/**
 * Every parameter the map understands, with the values it accepts: the one place to extend when
 * the map learns a language or a year. A listed parameter with any other value is dropped from the
 * address and reported to the reader; parameters not listed here belong to someone else and stay.
 */
export const PARAMETERS = {
  segment: isId,
  hub: isId,
  view: isView,
  // A step number, not 0, not signed, not in exponent form; the tour's length is checked later.
  tour: (value: string) => /^[1-9]\d{0,5}$/.test(value),
  lang: isLanguage,
  // Four digits; whether the timeline covers that year is checked when the link is opened.
  year: (value: string) => /^\d{4}$/.test(value),
} satisfies Record<string, (value: string) => boolean>;

export type Parameter = keyof typeof PARAMETERS;

const KEYS = ['segment', 'hub', 'view', 'tour', 'year'] as const;
const PARAMETER_NAMES = Object.keys(PARAMETERS) as Parameter[];

/** A link as read: what it opens and the parameters whose values were refused. */
export interface Link {
  state: UrlState;
  rejected: Parameter[];
}

export function parseLink(search: string): Link {
  const params = new URLSearchParams(search);
  const rejected = PARAMETER_NAMES.filter((key) =>
    params.getAll(key).some((value) => !PARAMETERS[key](value)),
  );
  const valid = (key: (typeof KEYS)[number]) => {
    const value = params.get(key);
    return value !== null && !rejected.includes(key) ? value : null;
  };
  const segment = valid('segment');
  const hub = valid('hub');
  const view = valid('view');
  const tour = valid('tour');
  const year = valid('year');
  return {
    state: {
      selection:
        segment !== null
          ? { kind: 'segment', id: segment }
          : hub !== null
            ? { kind: 'hub', id: hub }
            : null,
      // A year is the timeline's: `?year=2016` alone opens it.
      view: year !== null ? 'timeline' : view !== null && isView(view) ? view : null,
      tour: tour !== null ? Number(tour) : null,
      year: year !== null ? Number(year) : null,
    },
    rejected,
  };
}

export const parseUrl = (search: string): UrlState => parseLink(search).state;

/** The query string for `state`, keeping other parameters of `search` and dropping refused ones. */
export function serializeUrl(search: string, state: UrlState): string {
  const params = new URLSearchParams(search);
  for (const key of [...KEYS, ...parseLink(search).rejected]) params.delete(key);
  if (state.tour !== null) params.set('tour', String(state.tour));
  else if (state.selection) params.set(state.selection.kind, state.selection.id);
  else if (state.view === 'timeline' && state.year !== null) params.set('year', String(state.year));
  else if (state.view) params.set('view', state.view);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The query string with `?lang` set to `language`, or without it (null: the default language). */
export function withLanguage(search: string, language: string | null): string {
  const params = new URLSearchParams(search);
  if (language === null) params.delete('lang');
  else params.set('lang', language);
  const query = params.toString();
  return query ? `?${query}` : '';
}
