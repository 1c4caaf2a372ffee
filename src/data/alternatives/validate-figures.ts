/**
 * Checks geo/alternatives/figures.json against its schema and the rest of the folder: every route
 * is one the file compares (and one geo/alternatives/routes.geojson draws, once that file is
 * there), every source is in geo/sources.json, and the claim quotes the article. Problems name
 * the file, the entry and the field, as the other validators do.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { problem, zodProblems } from '../problems.ts';
import { parseList } from '../validate-content.ts';
import { DRAWN_ROUTES_FILE, readDrawnRoutes } from './drawn-routes.ts';
import {
  alternativeFigure,
  alternativesFile,
  type AlternativeFigure,
  type AlternativeFigures,
} from './figures-schema.ts';

export const ALTERNATIVE_FIGURES_FILE = 'geo/alternatives/figures.json';

export interface AlternativeRefs {
  /** Source ids declared in geo/sources.json. */
  sources: ReadonlySet<string>;
  article: { sourceId: string; paragraphCount: number } | null;
  /** The route ids geo/alternatives/routes.geojson draws, if the folder has it. */
  drawnRoutes?: ReadonlySet<string>;
}

export function validateAlternativeFigures(
  raw: unknown,
  refs: AlternativeRefs,
  problems: string[],
): AlternativeFigures | null {
  const file = ALTERNATIVE_FIGURES_FILE;
  const parsed = alternativesFile.safeParse(raw);
  if (!parsed.success) {
    problems.push(...zodProblems(file, 'file', parsed.error));
    return null;
  }
  const { routes, claim, caveat } = parsed.data;
  const ids = routes.map((r) => r.id);
  const report = (item: string, field: string, message: string) =>
    problems.push(problem(file, item, field, message));
  ids.forEach((route, i) => {
    if (ids.indexOf(route) !== i) report('file', `routes[${i}].id`, 'repeats a route');
    if (refs.drawnRoutes && !refs.drawnRoutes.has(route))
      report('file', `routes[${i}].id`, `"${route}" is not drawn in ${DRAWN_ROUTES_FILE}`);
  });
  if (!refs.sources.has(claim.source))
    report('claim', 'source', `"${claim.source}" is not in geo/sources.json`);
  else if (refs.article && claim.source !== refs.article.sourceId)
    report('claim', 'source', 'the claim quotes the article: use its source id');
  if (refs.article && claim.paragraph > refs.article.paragraphCount)
    report('claim', 'paragraph', `the article has no paragraph ${claim.paragraph}`);

  const before = problems.length;
  const figures = parseList<AlternativeFigure>(
    file,
    parsed.data.figures,
    alternativeFigure,
    problems,
  ).filter((f) => {
    const count = problems.length;
    const item = `item "${f.id}"`;
    if (!ids.includes(f.route))
      report(item, 'route', `"${f.route}" is not one of the routes compared (${ids.join(', ')})`);
    if (f.source !== undefined && !refs.sources.has(f.source))
      report(item, 'source', `"${f.source}" is not in geo/sources.json`);
    return problems.length === count;
  });
  // Each route needs at least one sourced transit time: the comparison's first column.
  if (problems.length === before)
    for (const route of ids)
      if (!figures.some((f) => f.route === route && f.measure === 'transit-days' && f.source))
        report('file', 'figures', `route "${route}" has no transit-days figure with a source`);
  return { routes, claim, caveat, figures, lines: [] };
}

/** Reads and checks the file if the folder has it (Node only); a folder without it is fine. */
export function readAlternativeFigures(
  folder: string,
  refs: Omit<AlternativeRefs, 'drawnRoutes'>,
  problems: string[],
): AlternativeFigures | undefined {
  const path = join(folder, 'alternatives', 'figures.json');
  if (!existsSync(path)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(problem(ALTERNATIVE_FIGURES_FILE, 'file', '(root)', (error as Error).message));
    return undefined;
  }
  const lines = readDrawnRoutes(folder, problems);
  const drawn = lines && new Set(lines.map((l) => l.id));
  const figures = validateAlternativeFigures(raw, { ...refs, drawnRoutes: drawn }, problems);
  if (!figures) return undefined;
  for (const line of lines ?? [])
    if (!figures.routes.some((r) => r.id === line.id))
      problems.push(
        problem(
          DRAWN_ROUTES_FILE,
          `feature "${line.id}"`,
          'properties.id',
          `is not one of the routes compared in ${ALTERNATIVE_FIGURES_FILE}`,
        ),
      );
  const byId = new Map((lines ?? []).map((l) => [l.id, l]));
  return {
    ...figures,
    lines: figures.routes.flatMap((r) => byId.get(r.id) ?? []),
  };
}
