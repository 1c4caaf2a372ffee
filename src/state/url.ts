/**
 * URL state as pure functions: `?segment=<id>`, `?hub=<id>`, `?view=<name>` or `?tour=<n>`.
 * Values are only ever compared with known ids, never inserted into the page.
 */
import type { Selection } from '../data/corridor-index.ts';
import { isView, type View } from './views.ts';

export interface UrlState {
  selection: Selection | null;
  view: View | null;
  /** The tour step (1-based); null when the link names none. */
  tour: number | null;
}

const KEYS = ['segment', 'hub', 'view', 'tour'] as const;

export function parseUrl(search: string): UrlState {
  const params = new URLSearchParams(search);
  const segment = params.get('segment');
  const hub = params.get('hub');
  const view = params.get('view');
  const tour = params.get('tour');
  return {
    selection:
      segment !== null
        ? { kind: 'segment', id: segment }
        : hub !== null
          ? { kind: 'hub', id: hub }
          : null,
    view: view !== null && isView(view) ? view : null,
    tour: tour !== null && /^\d+$/.test(tour) ? Number(tour) : null,
  };
}

/** The query string for `state`, keeping any other parameters of `search`. */
export function serializeUrl(search: string, state: UrlState): string {
  const params = new URLSearchParams(search);
  for (const key of KEYS) params.delete(key);
  if (state.tour !== null) params.set('tour', String(state.tour));
  else if (state.selection) params.set(state.selection.kind, state.selection.id);
  else if (state.view) params.set('view', state.view);
  const query = params.toString();
  return query ? `?${query}` : '';
}
