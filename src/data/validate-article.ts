/**
 * Validates geo/article.json: the article's details and its points, each of which must have a
 * place on the map, and together cover every paragraph of the article.
 */
import { problem, zodProblems } from './problems.ts';
import { article as articleSchema, articlePoint } from './schema.ts';
import type { Article, ArticlePoint } from './schema.ts';

export const ARTICLE_FILE = 'geo/article.json';

/** The ids a point's places may name. */
export interface PlaceIds {
  segments: Set<string>;
  hubs: Set<string>;
  tourSteps: Set<string>;
}

export function validateArticle(
  raw: unknown,
  ids: PlaceIds,
  declaredSources: Set<string>,
  problems: string[],
): Article | null {
  const parsed = articleSchema.safeParse(raw);
  if (!parsed.success) {
    problems.push(...zodProblems(ARTICLE_FILE, 'article', parsed.error));
    return null;
  }
  const { points: rawPoints, ...details } = parsed.data;
  if (!declaredSources.has(details.sourceId))
    problems.push(
      problem(
        ARTICLE_FILE,
        'article',
        'sourceId',
        `"${details.sourceId}" is not in geo/sources.json`,
      ),
    );

  const points: ArticlePoint[] = [];
  const seen = new Set<string>();
  rawPoints.forEach((item, index) => {
    const id = (item as { id?: unknown } | null)?.id;
    const label = typeof id === 'string' ? `point "${id}"` : `point #${index + 1}`;
    const report = (field: string, message: string) =>
      problems.push(problem(ARTICLE_FILE, label, field, message));
    const point = articlePoint.safeParse(item);
    if (!point.success) return problems.push(...zodProblems(ARTICLE_FILE, label, point.error));
    const before = problems.length;
    if (seen.has(point.data.id)) report('id', 'is used by another point');
    point.data.paragraphs.forEach((n, i) => {
      if (n > details.paragraphCount)
        report(
          `paragraphs[${i}]`,
          `the article has ${details.paragraphCount} paragraphs, not ${n}`,
        );
    });
    if (point.data.places.length === 0)
      report('places', 'is empty: every point needs a place on the map that shows it');
    point.data.places.forEach((place, i) => {
      if (place.kind === 'overview') return;
      const known =
        place.kind === 'segment' ? ids.segments : place.kind === 'hub' ? ids.hubs : ids.tourSteps;
      if (!known.has(place.id))
        report(
          `places[${i}].id`,
          `${place.kind === 'tour' ? 'tour step' : place.kind} "${place.id}" does not exist`,
        );
    });
    seen.add(point.data.id);
    if (problems.length === before) points.push(point.data);
  });

  // The points are the article's content on the map: no paragraph may be left out.
  const covered = new Set(points.flatMap((p) => p.paragraphs));
  for (let n = 1; n <= details.paragraphCount; n++)
    if (!covered.has(n))
      problems.push(problem(ARTICLE_FILE, 'article', 'points', `no point covers paragraph ${n}`));
  return { ...details, points };
}
