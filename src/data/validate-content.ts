/** Validates the content files: sources, the article, figures and the context of each feature. */
import { noteSources } from './note-refs.ts';
import { problem, zodProblems } from './problems.ts';
import { ARTICLE_FILE, validateArticle, type PlaceIds } from './validate-article.ts';
import { validateContext, type PlaceContext } from './validate-context.ts';
import { declaredIds } from './validate-geometry.ts';
import { figure, flow, routeGroup, series as seriesSchema, source } from './schema.ts';
import type { Article, Figure, Flow, RouteGroup, Segment, Series, Source } from './schema.ts';
import type { z } from 'zod';

export const SOURCES_FILE = 'geo/sources.json';
export const FIGURES_FILE = 'geo/figures.json';
export const SERIES_FILE = 'geo/series.json';
export const GROUPS_FILE = 'geo/groups.json';
export const FLOWS_FILE = 'geo/flows.json';

export interface CorridorContent {
  article: Article | null;
  sources: Source[];
  figures: Figure[];
  series: Series[];
  /** The route list's sections, in route order. */
  groups: RouteGroup[];
  /** The investment arrows across the Caspian. */
  flows: Flow[];
  context: PlaceContext;
}

/** Parses an array file item by item, keeping the valid items with unique ids. */
export function parseList<T extends { id: string }>(
  file: string,
  raw: unknown,
  schema: z.ZodType<T>,
  problems: string[],
): T[] {
  if (!Array.isArray(raw)) {
    problems.push(problem(file, 'file', '(root)', 'must be a JSON array'));
    return [];
  }
  const items: T[] = [];
  const seen = new Set<string>();
  raw.forEach((item: unknown, index) => {
    const id = (item as { id?: unknown } | null)?.id;
    const label = typeof id === 'string' ? `item "${id}"` : `item #${index + 1}`;
    const parsed = schema.safeParse(item);
    if (!parsed.success) problems.push(...zodProblems(file, label, parsed.error));
    else if (seen.has(parsed.data.id))
      problems.push(problem(file, label, 'id', 'is used by another item in this file'));
    else {
      seen.add(parsed.data.id);
      items.push(parsed.data);
    }
  });
  return items;
}

export interface RawContentFiles {
  sources: unknown;
  article: unknown;
  figures: unknown;
  series: unknown;
  groups: unknown;
  flows: unknown;
  context: unknown;
}

export function validateContent(
  raw: RawContentFiles,
  ids: PlaceIds,
  segments: Pick<Segment, 'id' | 'group'>[],
  problems: string[],
): CorridorContent {
  const sources = parseList(SOURCES_FILE, raw.sources, source, problems);
  const series = parseList(SERIES_FILE, raw.series, seriesSchema, problems);
  const seriesById = new Map(series.map((s) => [s.id, s]));
  const declaredSeries = declaredIds(raw.series);
  const groups = parseList(GROUPS_FILE, raw.groups, routeGroup, problems);
  const declaredGroups = declaredIds(raw.groups);
  for (const segment of segments)
    if (!declaredGroups.has(segment.group))
      problems.push(
        problem(
          'geo/route.geojson',
          `feature "${segment.id}"`,
          'properties.group',
          `"${segment.group}" is not in ${GROUPS_FILE}`,
        ),
      );
  const sourceIds = new Set(sources.map((s) => s.id));
  const declaredSources = declaredIds(raw.sources);

  const article = validateArticle(raw.article, ids, declaredSources, problems);
  const isArticle = (sourceId: string) => sourceId === article?.sourceId;
  const figures = parseList(FIGURES_FILE, raw.figures, figure, problems).filter((f) => {
    const report = (field: string, message: string) =>
      problems.push(problem(FIGURES_FILE, `item "${f.id}"`, field, message));
    const before = problems.length;
    if (!declaredSources.has(f.source)) report('source', `"${f.source}" is not in ${SOURCES_FILE}`);
    if (isArticle(f.source) && f.paragraph === undefined)
      report('paragraph', 'a figure from the article must give its paragraph number');
    if (f.paragraph !== undefined && !isArticle(f.source))
      report('paragraph', 'only figures from the article carry a paragraph number');
    if (article && f.paragraph !== undefined && f.paragraph > article.paragraphCount)
      report('paragraph', `the article has no paragraph ${f.paragraph}`);
    if (!declaredSeries.has(f.series)) report('series', `"${f.series}" is not in ${SERIES_FILE}`);
    for (const cited of noteSources(f.notes))
      if (!declaredSources.has(cited))
        report('notes', `cites {${cited}}, which is not in ${SOURCES_FILE}`);
    // A figure whose source or series is itself broken is dropped; its own problem says why.
    return problems.length === before && sourceIds.has(f.source) && seriesById.has(f.series);
  });
  // One unit per series: a chart or a table row compares its values directly.
  const unitOf = new Map<string, string>();
  for (const f of figures) {
    const unit = unitOf.get(f.series) ?? f.unit;
    unitOf.set(f.series, unit);
    if (unit !== f.unit)
      problems.push(
        problem(
          FIGURES_FILE,
          `item "${f.id}"`,
          'unit',
          `"${f.unit}" differs from the "${unit}" of other figures in series "${f.series}"`,
        ),
      );
  }
  const declaredFigures = declaredIds(raw.figures);
  const figureById = new Map(figures.map((f) => [f.id, f]));

  const flows: Flow[] = [];
  if (!Array.isArray(raw.flows))
    problems.push(problem(FLOWS_FILE, 'file', '(root)', 'must be a JSON array'));
  else
    raw.flows.forEach((item: unknown, index) => {
      const label = `flow #${index + 1}`;
      const parsed = flow.safeParse(item);
      if (!parsed.success) return problems.push(...zodProblems(FLOWS_FILE, label, parsed.error));
      const shown = figureById.get(parsed.data.figure);
      if (!declaredFigures.has(parsed.data.figure))
        problems.push(
          problem(FLOWS_FILE, label, 'figure', `"${parsed.data.figure}" is not in ${FIGURES_FILE}`),
        );
      else if (shown && !shown.direction)
        problems.push(
          problem(FLOWS_FILE, label, 'figure', `"${shown.id}" has no direction to draw`),
        );
      else if (shown) flows.push(parsed.data);
    });

  article?.headlineFigures.forEach((id, i) => {
    if (!declaredFigures.has(id))
      problems.push(
        problem(
          ARTICLE_FILE,
          'article',
          `headlineFigures[${i}]`,
          `"${id}" is not in ${FIGURES_FILE}`,
        ),
      );
  });

  const context = validateContext(
    raw.context,
    { segments: ids.segments, hubs: ids.hubs, figures: declaredFigures, sources: declaredSources },
    article,
    problems,
  );
  return { article, sources, figures, series, groups, flows, context };
}
