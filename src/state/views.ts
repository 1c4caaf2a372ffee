/**
 * Panels that are not about one place. Each is a URL too (`?view=sources`), so every panel can be
 * shared. What a view shows is in app/panels.ts; what else it changes on the map is here.
 */
export const VIEWS = ['overview', 'article', 'sources', 'compare', 'timeline'] as const;

export type View = (typeof VIEWS)[number];

export const isView = (value: string): value is View =>
  (VIEWS as readonly string[]).includes(value);

/** Views that show the investment arrows across the Caspian. */
export const VIEWS_WITH_FLOWS: ReadonlySet<View> = new Set(['overview']);
