/**
 * What a tour step asks of the map beyond its place (geo/tour.json): a year needs the timeline to
 * cover it, and the compared routes need the folder to have them. Checked once both are read.
 */
import { problem } from './problems.ts';
import type { TourStep } from './schema.ts';
import type { Timeline } from './timeline/timeline-schema.ts';
import { TIMELINE_FILE } from './timeline/validate-timeline.ts';
import { yearRange } from './timeline/years.ts';
import { TOUR_FILE } from './validate-tour.ts';

export function checkStepViews(
  steps: readonly TourStep[],
  found: { timeline: Timeline | undefined; comparison: boolean },
  problems: string[],
): void {
  const range = found.timeline && yearRange(found.timeline);
  steps.forEach((step, i) => {
    const report = (field: string, message: string) =>
      problems.push(problem(TOUR_FILE, `step ${i + 1} "${step.id}"`, field, message));
    if (step.year !== undefined && !(range && step.year >= range.from && step.year <= range.to))
      report(
        'year',
        range
          ? `must be a year from ${range.from} to ${range.to}`
          : `needs ${TIMELINE_FILE}, which this folder does not have`,
      );
    if (step.compare && !found.comparison)
      report('compare', 'needs geo/alternatives/figures.json, which this folder does not have');
  });
}
