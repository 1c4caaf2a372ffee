/**
 * URL state, as pure functions: `?segment=<id>`, `?hub=<id>` or `?tour=<n>`. Values are only ever compared
 * with known ids, never inserted into the page.
 */
export type SelectionKind = 'segment' | 'hub';

export interface Selection {
  kind: SelectionKind;
  id: string;
}

export function parseSelection(search: string): Selection | null {
  const params = new URLSearchParams(search);
  for (const kind of ['segment', 'hub'] as const) {
    const id = params.get(kind);
    if (id !== null) return { kind, id };
  }
  return null;
}

/** The new query string for `selection`, keeping any other parameters of `search`. */
export function withSelection(search: string, selection: Selection | null): string {
  const params = new URLSearchParams(search);
  params.delete('segment');
  params.delete('hub');
  if (selection) params.set(selection.kind, selection.id);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** `?tour=<n>`: the tour open at step n (1-based). Anything else is no tour. */
export function parseTourStep(search: string): number | null {
  const value = new URLSearchParams(search).get('tour');
  if (value === null || !/^\d+$/.test(value)) return null;
  return Number(value);
}

export function withTourStep(search: string, step: number | null): string {
  const params = new URLSearchParams(search);
  params.delete('tour');
  if (step !== null) params.set('tour', String(step));
  const query = params.toString();
  return query ? `?${query}` : '';
}
