/** Validates geo/tour.json: shape, and that every step names a real feature and real figures. */
import { problem, zodProblems } from './problems.ts';
import { tour as tourSchema, tourStep } from './schema.ts';
import type { Tour, TourStep } from './schema.ts';
import { FIGURES_FILE } from './validate-content.ts';
import { HUBS_FILE, ROUTE_FILE } from './validate-geometry.ts';

const LABELS_FILE = 'geo/basemap/labels.geojson';

export const TOUR_FILE = 'geo/tour.json';

export function validateTour(
  raw: unknown,
  ids: {
    segments: Set<string>;
    hubs: Set<string>;
    figures: Set<string>;
    /** The basemap's names the map draws (country:KAZ, sea:caspian-sea, city:baku …). */
    labels: Set<string>;
  },
  problems: string[],
): Tour | null {
  const parsed = tourSchema.safeParse(raw);
  if (!parsed.success) {
    problems.push(...zodProblems(TOUR_FILE, 'tour', parsed.error));
    return null;
  }
  const steps: TourStep[] = [];
  const seen = new Set<string>();
  parsed.data.steps.forEach((rawStep, index) => {
    const id = (rawStep as { id?: unknown } | null)?.id;
    const label = `step ${index + 1}${typeof id === 'string' ? ` "${id}"` : ''}`;
    const step = tourStep.safeParse(rawStep);
    if (!step.success) {
      problems.push(...zodProblems(TOUR_FILE, label, step.error));
      return;
    }
    const { target, figures = [], keyFigures = [], places } = step.data;
    const before = problems.length;
    // Steps are keyed by id in the steps list and linked by id from the article's points.
    if (seen.has(step.data.id))
      problems.push(problem(TOUR_FILE, label, 'id', 'is used by an earlier step'));
    seen.add(step.data.id);
    const known = target.kind === 'segment' ? ids.segments : ids.hubs;
    if (!known.has(target.id))
      problems.push(
        problem(
          TOUR_FILE,
          label,
          'target.id',
          `${target.kind} "${target.id}" is not in ${target.kind === 'segment' ? ROUTE_FILE : HUBS_FILE}`,
        ),
      );
    figures.forEach((f, i) => {
      if (!ids.figures.has(f))
        problems.push(
          problem(TOUR_FILE, label, `figures[${i}]`, `figure "${f}" is not in ${FIGURES_FILE}`),
        );
    });
    keyFigures.forEach((f, i) => {
      if (!figures.includes(f))
        problems.push(
          problem(TOUR_FILE, label, `keyFigures[${i}]`, `"${f}" is not one of this step's figures`),
        );
    });
    // The camera frames a step's places and their names are drawn: each must be on the map.
    places.forEach((place, i) => {
      if (!ids.hubs.has(place) && !ids.segments.has(place) && !ids.labels.has(place))
        problems.push(
          problem(
            TOUR_FILE,
            label,
            `places[${i}]`,
            `"${place}" is neither a hub in ${HUBS_FILE}, a segment in ${ROUTE_FILE}, nor a name the map draws from ${LABELS_FILE}`,
          ),
        );
    });
    if (problems.length === before) steps.push(step.data);
  });
  return { title: parsed.data.title, steps };
}
