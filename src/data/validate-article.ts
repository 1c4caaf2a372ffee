/**
 * Validates geo/article.json: the article's details and its points, each of which must have a
 * place on the map, and together cover every paragraph of the article.
 */
import { problem, zodProblems } from './problems.ts';
import { article as articleSchema, articlePoint } from './schema.ts';
import type { Article, ArticlePoint } from './schema.ts';
import { HUBS_FILE, ROUTE_FILE } from './validate-geometry.ts';
import { TOUR_FILE } from './validate-tour.ts';

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
    const sound = problems.length === before;
    // A place that names nothing is reported and left out; the point keeps its other places,
    // so one broken reference does not also leave every other place without its point.
    const places = point.data.places.filter((place, i) => {
      if (place.kind === 'overview') return true;
      const [known, file] =
        place.kind === 'segment'
          ? [ids.segments, ROUTE_FILE]
          : place.kind === 'hub'
            ? [ids.hubs, HUBS_FILE]
            : [ids.tourSteps, TOUR_FILE];
      if (known.has(place.id)) return true;
      const what = place.kind === 'tour' ? 'tour step' : place.kind;
      report(`places[${i}].id`, `${what} "${place.id}" is not in ${file}`);
      return false;
    });
    seen.add(point.data.id);
    if (sound) points.push({ ...point.data, places });
  });

  // The points are the article's content on the map: no paragraph may be left out.
  const covered = new Set(points.flatMap((p) => p.paragraphs));
  for (let n = 1; n <= details.paragraphCount; n++)
    if (!covered.has(n))
      problems.push(problem(ARTICLE_FILE, 'article', 'points', `no point covers paragraph ${n}`));
  return { ...details, points };
}
