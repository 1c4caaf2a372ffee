/**
 * Validates geo/context.json: every place's text. Background is ours and must not speak for the
 * article; article points and quotes appear only where the article speaks to the place.
 */
import { problem, zodProblems } from './problems.ts';
import { contextEntry, contextFile } from './schema.ts';
import type { Article, ArticleScope, ContextEntry } from './schema.ts';
import { articleVoiceIn } from './voice.ts';

export const CONTEXT_FILE = 'geo/context.json';

/** The scopes whose panels show what the article says; the others say it does not. */
export const SCOPES_WITH_POINTS: ReadonlySet<ArticleScope> = new Set(['place', 'country', 'sea']);

export interface PlaceContext {
  overview: ContextEntry | null;
  segments: Record<string, ContextEntry>;
  hubs: Record<string, ContextEntry>;
}

interface Refs {
  segments: Set<string>;
  hubs: Set<string>;
  figures: Set<string>;
  sources: Set<string>;
}

export function validateContext(
  raw: unknown,
  refs: Refs,
  article: Article | null,
  problems: string[],
): PlaceContext {
  const context: PlaceContext = { overview: null, segments: {}, hubs: {} };
  const parsed = contextFile.safeParse(raw);
  if (!parsed.success) {
    problems.push(...zodProblems(CONTEXT_FILE, 'file', parsed.error));
    return context;
  }
  /** How many points the article places on each panel: "overview", "segment:id", "hub:id". */
  const pointsOn = new Map<string, number>();
  for (const point of article?.points ?? [])
    for (const place of point.places) {
      if (place.kind === 'tour') continue;
      const key = place.kind === 'overview' ? 'overview' : `${place.kind}:${place.id}`;
      pointsOn.set(key, (pointsOn.get(key) ?? 0) + 1);
    }

  const check = (label: string, key: string, rawEntry: unknown): ContextEntry | null => {
    const report = (field: string, message: string) =>
      problems.push(problem(CONTEXT_FILE, label, field, message));
    const entry = contextEntry.safeParse(rawEntry);
    if (!entry.success) {
      problems.push(...zodProblems(CONTEXT_FILE, label, entry.error));
      return null;
    }
    const { articleScope, background, quotes, figures } = entry.data;
    background.forEach((paragraph, i) => {
      const word = articleVoiceIn(paragraph.text);
      if (word)
        report(
          `background[${i}].text`,
          `speaks for the article ("${word}"): Background is never the article's voice; put what the article says in a point in geo/article.json`,
        );
      paragraph.sources.forEach((s, j) => {
        if (!refs.sources.has(s))
          report(`background[${i}].sources[${j}]`, `source "${s}" is not in geo/sources.json`);
      });
    });
    figures.forEach((f, i) => {
      if (!refs.figures.has(f)) report(`figures[${i}]`, `figure "${f}" is not in geo/figures.json`);
    });
    const points = pointsOn.get(key) ?? 0;
    const speaks = SCOPES_WITH_POINTS.has(articleScope);
    if (speaks && points === 0)
      report('articleScope', `is "${articleScope}" but no article point is placed here`);
    if (!speaks && points > 0)
      report(
        'articleScope',
        `is "${articleScope}" but ${points} article point(s) are placed here; use place, country or sea`,
      );
    if (!speaks && quotes.length > 0)
      report('quotes', `a "${articleScope}" panel shows no article content, so no quotes`);
    quotes.forEach((q, i) => {
      if (article && q.paragraph > article.paragraphCount)
        report(`quotes[${i}].paragraph`, `the article has no paragraph ${q.paragraph}`);
    });
    return entry.data;
  };

  context.overview = check('overview', 'overview', parsed.data.overview);
  for (const group of ['segments', 'hubs'] as const) {
    const entries = parsed.data[group];
    const kind = group === 'segments' ? 'segment' : 'hub';
    for (const id of refs[group])
      if (!Object.hasOwn(entries, id))
        problems.push(
          problem(
            CONTEXT_FILE,
            `${group} "${id}"`,
            'context',
            'is missing: every segment and hub needs context',
          ),
        );
    for (const [id, rawEntry] of Object.entries(entries)) {
      const label = `${group} "${id}"`;
      if (!refs[group].has(id)) {
        problems.push(problem(CONTEXT_FILE, label, '(key)', `no ${kind} has this id`));
        continue;
      }
      const entry = check(label, `${kind}:${id}`, rawEntry);
      if (entry) context[group][id] = entry;
    }
  }
  return context;
}
