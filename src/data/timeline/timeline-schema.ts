/**
 * geo/timeline.json: when each segment and hub opened, and the corridor's key events, each with
 * its source. The timeline view shows the corridor as it stood in a year from `from` to today.
 */
import { z } from 'zod';
import { kebabId, shownText } from '../schema.ts';

/** A date as precise as its source gives it: a year, a month or a day. */
export const timelineDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * When a place opened, with the source that says so. `opened: null` is a place whose opening no
 * source we found states: the view says so instead of guessing (it is drawn as in service).
 */
export const placeOpening = z.union([
  z.strictObject({ opened: timelineDate, source: kebabId }),
  z.strictObject({ opened: z.null() }),
]);

export const timelineEvent = z.strictObject({
  id: kebabId,
  date: timelineDate,
  text: shownText(300),
  /** The segments and hubs the event concerns: the view lists them, the map marks them. */
  segments: z.array(kebabId),
  hubs: z.array(kebabId),
  source: kebabId,
});

export const timelineFile = z.strictObject({
  /** The first year the year control offers; it runs to the current year. */
  from: z.number().int().min(1900).max(2100),
  segments: z.record(z.string(), placeOpening),
  hubs: z.record(z.string(), placeOpening),
  events: z.array(timelineEvent),
});

export type PlaceOpening = z.infer<typeof placeOpening>;
export type TimelineEvent = z.infer<typeof timelineEvent>;
export type Timeline = z.infer<typeof timelineFile>;
