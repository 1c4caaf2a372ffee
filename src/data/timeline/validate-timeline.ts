/**
 * Checks geo/timeline.json against its schema and the rest of the folder: every segment and hub
 * of the route has its opening (a date with a source, or `null` where none was found), nothing
 * else does, and every source and place an event names exists. Problems name the file, the entry
 * and the field, as the other validators do. A folder without the file has no timeline.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { problem, zodProblems } from '../problems.ts';
import { isFuture } from '../schema.ts';
import { parseList } from '../validate-content.ts';
import {
  placeOpening,
  timelineEvent,
  timelineFile,
  type PlaceOpening,
  type Timeline,
  type TimelineEvent,
} from './timeline-schema.ts';

export const TIMELINE_FILE = 'geo/timeline.json';

export interface TimelineRefs {
  segments: ReadonlySet<string>;
  hubs: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}

const KINDS = { segments: 'segment', hubs: 'hub' } as const;

export function validateTimeline(
  raw: unknown,
  refs: TimelineRefs,
  problems: string[],
): Timeline | undefined {
  const file = TIMELINE_FILE;
  // Only the year is checked whole; the lists are checked entry by entry below, so one bad
  // entry does not lose the rest.
  const shape = z.object({ from: timelineFile.shape.from }).safeParse(raw);
  if (!shape.success) {
    problems.push(...zodProblems(file, 'file', shape.error));
    return undefined;
  }
  for (const key of Object.keys(raw as object))
    if (!Object.hasOwn(timelineFile.shape, key))
      problems.push(problem(file, 'file', key, 'is not a field of the timeline'));
  const {
    segments: rawSegments,
    hubs: rawHubs,
    events: rawEvents,
  } = raw as Record<string, unknown>;
  const report = (item: string, field: string, message: string) =>
    problems.push(problem(file, item, field, message));
  const sourceKnown = (item: string, source: string) => {
    if (!refs.sources.has(source)) report(item, 'source', `"${source}" is not in geo/sources.json`);
  };

  const openings = (list: 'segments' | 'hubs', rawList: unknown) => {
    const kind = KINDS[list];
    const known = refs[list];
    const kept: Record<string, PlaceOpening> = {};
    if (typeof rawList !== 'object' || rawList === null || Array.isArray(rawList)) {
      report('file', list, `must be an object of ${kind} ids and their openings`);
      return kept;
    }
    for (const [id, value] of Object.entries(rawList)) {
      const item = `${kind} "${id}"`;
      if (!known.has(id)) {
        report(item, list, `is not a ${kind} of the route`);
        continue;
      }
      const parsed = placeOpening.safeParse(value);
      if (!parsed.success) {
        problems.push(...zodProblems(file, item, parsed.error));
        continue;
      }
      if (parsed.data.opened !== null) {
        sourceKnown(item, parsed.data.source);
        if (isFuture(parsed.data.opened)) report(item, 'opened', 'is in the future');
      }
      kept[id] = parsed.data;
    }
    for (const id of known)
      if (!Object.hasOwn(rawList, id))
        report(
          `${kind} "${id}"`,
          'opened',
          `is missing: give the date it opened and its source, or null if none was found`,
        );
    return kept;
  };
  const segments = openings('segments', rawSegments);
  const hubs = openings('hubs', rawHubs);

  const events = parseList<TimelineEvent>(file, rawEvents, timelineEvent, problems).filter((e) => {
    const before = problems.length;
    const item = `item "${e.id}"`;
    sourceKnown(item, e.source);
    if (isFuture(e.date)) report(item, 'date', 'is in the future');
    e.segments.forEach((id, i) => {
      if (!refs.segments.has(id)) report(item, `segments[${i}]`, `"${id}" is not in the route`);
    });
    e.hubs.forEach((id, i) => {
      if (!refs.hubs.has(id)) report(item, `hubs[${i}]`, `"${id}" is not a hub`);
    });
    return problems.length === before;
  });
  return { from: shape.data.from, segments, hubs, events };
}

/** Reads and checks the file if the folder has it (Node only). */
export function readTimeline(
  folder: string,
  refs: TimelineRefs,
  problems: string[],
): Timeline | undefined {
  const path = join(folder, 'timeline.json');
  if (!existsSync(path)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(problem(TIMELINE_FILE, 'file', '(root)', (error as Error).message));
    return undefined;
  }
  return validateTimeline(raw, refs, problems);
}
