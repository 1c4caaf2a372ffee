/**
 * The timeline's rules, pure: which places were in service in a year, what opened then, what
 * happened then. A place counts as in service from the year it opened; a place whose opening no
 * source states is drawn as in service throughout (the view says so).
 */
import type { PlaceOpening, Timeline, TimelineEvent } from './timeline-schema.ts';

/** The year a place opened, or null where no source dates it. */
export const openingYear = (opening: PlaceOpening | undefined): number | null =>
  opening?.opened ? Number(opening.opened.slice(0, 4)) : null;

/** The years the year control offers: from the timeline's first to `today`'s. */
export function yearRange(timeline: Timeline, today = new Date()): { from: number; to: number } {
  return { from: timeline.from, to: Math.max(timeline.from, today.getFullYear()) };
}

/** Segment and hub ids. */
export interface Places {
  segments: Set<string>;
  hubs: Set<string>;
}

function placesWhere(timeline: Timeline, test: (opening: PlaceOpening) => boolean): Places {
  const ids = (openings: Record<string, PlaceOpening>) =>
    new Set(
      Object.entries(openings)
        .filter(([, opening]) => test(opening))
        .map(([id]) => id),
    );
  return { segments: ids(timeline.segments), hubs: ids(timeline.hubs) };
}

/** The segments and hubs that had not opened by the end of `year`: the map fades them. */
export const notYetOpen = (timeline: Timeline, year: number): Places =>
  placesWhere(timeline, (opening) => (openingYear(opening) ?? -Infinity) > year);

/** The segments and hubs that opened in `year`. */
export const openedIn = (timeline: Timeline, year: number): Places =>
  placesWhere(timeline, (opening) => openingYear(opening) === year);

/** The places no source dates: named in the view's caveat. */
export const undated = (timeline: Timeline): Places =>
  placesWhere(timeline, (opening) => opening.opened === null);

/** The events of `year`, earliest first (a date with only a year sorts before its months). */
export const eventsIn = (timeline: Timeline, year: number): TimelineEvent[] =>
  timeline.events
    .filter((e) => Number(e.date.slice(0, 4)) === year)
    .sort((a, b) => a.date.localeCompare(b.date));
