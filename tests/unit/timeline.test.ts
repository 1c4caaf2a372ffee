// @vitest-environment jsdom
/**
 * The timeline: geo/timeline.json is complete and sourced, the year filter fades what had not
 * opened, a bad entry is named by file, entry and field, and the app state follows `?year=`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Corridor } from '../../src/data/corridor-index.ts';
import type { Timeline } from '../../src/data/timeline/timeline-schema.ts';
import { validateTimeline } from '../../src/data/timeline/validate-timeline.ts';
import { checkStepViews } from '../../src/data/validate-step-views.ts';
import {
  eventsIn,
  notYetOpen,
  openedIn,
  undated,
  yearRange,
} from '../../src/data/timeline/years.ts';
import { AppState } from '../../src/state/app-state.svelte.ts';
import { appContext, LIVE_GEO } from '../support/app-context.ts';

const json = (file: string): unknown => JSON.parse(readFileSync(join(LIVE_GEO, file), 'utf8'));
const ids = (file: string) =>
  new Set(
    (json(file) as { features: { properties: { id: string } }[] }).features.map(
      (f) => f.properties.id,
    ),
  );
const refs = {
  segments: ids('route.geojson'),
  hubs: ids('hubs.geojson'),
  sources: new Set((json('sources.json') as { id: string }[]).map((s) => s.id)),
};
const raw = json('timeline.json') as Record<string, unknown>;

function live(): Timeline {
  const problems: string[] = [];
  const timeline = validateTimeline(raw, refs, problems);
  expect(problems).toEqual([]);
  return timeline!;
}

describe('geo/timeline.json', () => {
  it('dates every segment and hub of the route, each with a source or marked as not found', () => {
    const timeline = live();
    expect(new Set(Object.keys(timeline.segments))).toEqual(refs.segments);
    expect(new Set(Object.keys(timeline.hubs))).toEqual(refs.hubs);
    for (const opening of [...Object.values(timeline.segments), ...Object.values(timeline.hubs)])
      if (opening.opened !== null) expect(refs.sources.has(opening.source)).toBe(true);
  });

  it('has the openings issue 16 names: Khorgos 2012, Zhezkazgan–Beineu 2014, Kuryk 2016, BTK 2017, Alat 2018', () => {
    const { segments, hubs } = live();
    expect(segments['khorgos-altynkol']?.opened).toMatch(/^2012/);
    expect(segments['zhezkazgan-saksaulskaya']?.opened).toBe('2014-08-22');
    expect(segments['saksaulskaya-beineu']?.opened).toBe('2014-08-22');
    expect(segments['mangyshlak-kuryk']?.opened).toMatch(/^2016/);
    expect(segments['akhalkalaki-kars']?.opened).toBe('2017-10-30');
    expect(hubs['alat']?.opened).toBe('2018-05-14');
  });
});

describe('the year filter', () => {
  it('fades what had not opened by the end of the year, and nothing today', () => {
    const timeline = live();
    expect([...notYetOpen(timeline, 2016).segments]).toContain('akhalkalaki-kars');
    expect([...notYetOpen(timeline, 2017).segments]).not.toContain('akhalkalaki-kars');
    expect([...notYetOpen(timeline, 2013).segments]).toEqual(
      expect.arrayContaining(['zhezkazgan-saksaulskaya', 'saksaulskaya-beineu', 'kuryk-alat']),
    );
    expect([...notYetOpen(timeline, 2014).segments]).not.toContain('zhezkazgan-saksaulskaya');
    expect([...notYetOpen(timeline, 2017).hubs]).toEqual(['alat']);
    const today = yearRange(timeline).to;
    expect(notYetOpen(timeline, today)).toEqual({ segments: new Set(), hubs: new Set() });
  });

  it('keeps a place no source dates in service every year', () => {
    const timeline = live();
    expect(timeline.segments['mangyshlak-aktau']).toEqual({ opened: null });
    expect([...notYetOpen(timeline, timeline.from).segments]).not.toContain('mangyshlak-aktau');
    // The view names it, and only it: every other place has a sourced date.
    expect(undated(timeline)).toEqual({ segments: new Set(['mangyshlak-aktau']), hubs: new Set() });
  });

  it('sorts a year’s events by date, a date given only as a year or month first', () => {
    const event = (id: string, date: string) => ({
      id,
      date,
      text: id,
      segments: [],
      hubs: [],
      source: 's',
    });
    const timeline: Timeline = {
      from: 2010,
      segments: {},
      hubs: {},
      events: [
        event('c', '2019-11-07'),
        event('a', '2019'),
        event('x', '2018-01'),
        event('b', '2019-03'),
      ],
    };
    expect(eventsIn(timeline, 2019).map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('lists what opened in a year and its events, earliest first', () => {
    const timeline = live();
    expect([...openedIn(timeline, 2017).segments]).toEqual(['akhalkalaki-kars']);
    const dates = eventsIn(timeline, 2019).map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(eventsIn(timeline, 2017).map((e) => e.id)).toContain('btk-opening-2017');
    expect(eventsIn(timeline, 2017).every((e) => e.date.startsWith('2017'))).toBe(true);
  });

  it('runs from the first year to the current one', () => {
    const timeline = live();
    expect(yearRange(timeline, new Date('2031-03-01'))).toEqual({ from: 2010, to: 2031 });
  });
});

describe('a bad timeline', () => {
  /** The file as an editor changes it: any value in any field. */
  interface Editable {
    segments: Record<string, unknown>;
    hubs: Record<string, unknown>;
    events: { segments: unknown; hubs: unknown; date: unknown }[];
    [field: string]: unknown;
  }
  const problemsOf = (change: (copy: Editable) => void) => {
    const copy = structuredClone(raw) as unknown as Editable;
    change(copy);
    const problems: string[] = [];
    const timeline = validateTimeline(copy, refs, problems);
    return { problems, timeline };
  };

  it('names a place left out, and keeps the rest', () => {
    const { problems, timeline } = problemsOf((t) => delete t['segments']['aktau-alat']);
    expect(problems).toEqual([
      'geo/timeline.json: segment "aktau-alat": opened: is missing: give the date it opened and its source, or null if none was found',
    ]);
    expect(timeline?.segments['kuryk-alat']).toBeDefined();
  });

  it('names an unknown place, source, date and field', () => {
    const { problems } = problemsOf((t) => {
      t['hubs']['atlantis'] = { opened: '2012', source: 'cri-2012-12-22' };
      t['segments']['kuryk-alat'] = { opened: '2016-12-07', source: 'nobody' };
      t['segments']['aktau-alat'] = { opened: 'soon', source: 'cri-2012-12-22' };
      t.events[0]!.segments = ['nowhere'];
      t.events[1]!.date = '2999';
      t['colour'] = 'red';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'geo/timeline.json: file: colour: is not a field of the timeline',
        'geo/timeline.json: hub "atlantis": hubs: is not a hub of the route',
        'geo/timeline.json: segment "kuryk-alat": source: "nobody" is not in geo/sources.json',
        'geo/timeline.json: segment "aktau-alat": opened: must be YYYY, YYYY-MM or YYYY-MM-DD',
        `geo/timeline.json: item "${raw['events'] && (raw['events'] as { id: string }[])[0]!.id}": segments[0]: "nowhere" is not in the route`,
        `geo/timeline.json: item "${(raw['events'] as { id: string }[])[1]!.id}": date: is in the future`,
      ]),
    );
    expect(problems).toHaveLength(6);
  });

  it('names an event’s unknown hub and a future opening, and leaves that event out', () => {
    const events = raw['events'] as { id: string }[];
    const { problems, timeline } = problemsOf((t) => {
      t.events[2]!.hubs = ['atlantis'];
      t['segments']['kuryk-alat'] = { opened: '2999-01', source: 'cri-2012-12-22' };
    });
    expect(problems).toEqual([
      'geo/timeline.json: segment "kuryk-alat": opened: is in the future',
      `geo/timeline.json: item "${events[2]!.id}": hubs[0]: "atlantis" is not a hub`,
    ]);
    expect(timeline!.events.map((e) => e.id)).not.toContain(events[2]!.id);
    expect(timeline!.events).toHaveLength(events.length - 1);
  });

  it('names a list that is not one, and a file without its first year', () => {
    const { problems, timeline } = problemsOf((t) => {
      // An editor's mistakes: a list of ids, and nothing at all.
      t['hubs'] = ['alat'] as unknown as Record<string, unknown>;
      t['segments'] = null as unknown as Record<string, unknown>;
    });
    expect(problems).toEqual([
      'geo/timeline.json: file: segments: must be an object of segment ids and their openings',
      'geo/timeline.json: file: hubs: must be an object of hub ids and their openings',
    ]);
    expect(timeline?.hubs).toEqual({});
    const noYear = problemsOf((t) => delete t['from']);
    expect(noYear.timeline).toBeUndefined();
    expect(noYear.problems).toEqual([expect.stringMatching(/^geo\/timeline\.json: file: from: /)]);
  });
});

describe('the timeline in the app state', () => {
  const { corridor: fixture } = appContext();
  const timeline: Timeline = {
    from: 2010,
    segments: {
      'aktau-alat': { opened: '2001-09-06', source: 'newsaz-2025-10-21' },
      'mangyshlak-aktau': { opened: null },
    },
    hubs: { alat: { opened: '2018-05-14', source: 'newsaz-2025-10-21' } },
    events: [],
  };
  const app = () => new AppState(new Corridor({ ...fixture.data, timeline }));
  const none = { selection: null, view: null, tour: null, year: null };
  const thisYear = new Date().getFullYear();

  it('opens the timeline at its last year, and a year asked for', () => {
    const a = app();
    a.open('timeline');
    expect(a.year).toBe(thisYear);
    a.showYear(2016);
    expect(a.url).toEqual({ ...none, view: 'timeline', year: 2016 });
    a.showYear(2009);
    expect(a.year).toBe(2016);
    a.select({ kind: 'hub', id: 'alat' });
    expect(a.year).toBeNull();
  });

  it('takes the first and the last year, and no year past them; other views have no year', () => {
    const a = app();
    a.showYear(2010);
    expect([a.view, a.year]).toEqual(['timeline', 2010]);
    a.showYear(thisYear);
    expect(a.year).toBe(thisYear);
    a.showYear(thisYear + 1);
    expect(a.year).toBe(thisYear);
    a.open('compare');
    expect(a.year).toBeNull();
  });

  it('follows ?year=, and explains a year the timeline does not cover', () => {
    const a = app();
    a.openFromUrl({ ...none, view: 'timeline', year: 2012 });
    expect([a.view, a.year, a.notice]).toEqual(['timeline', 2012, null]);
    // The view alone opens at the latest year, and is no bad link.
    a.openFromUrl({ ...none, view: 'timeline' });
    expect([a.view, a.year, a.notice]).toEqual(['timeline', thisYear, null]);
    a.openFromUrl({ ...none, view: 'timeline', year: 1999 });
    expect([a.view, a.year, a.notice]).toEqual([
      null,
      null,
      { kind: 'bad-link', parameter: 'year' },
    ]);
  });

  it('shows a tour step’s year on the map while the step’s own place shows', () => {
    const tour = structuredClone(fixture.data.tour!);
    tour.steps[0]!.year = 2012;
    const a = new AppState(new Corridor({ ...fixture.data, timeline, tour }));
    a.goToStep(1);
    expect(a.mapYear).toBe(2012);
    a.goToStep(2);
    expect(a.mapYear).toBeNull();
    a.goToStep(1);
    a.select({ kind: 'hub', id: 'astana' });
    expect(a.mapYear).toBeNull();
    a.showYear(2015);
    expect(a.mapYear).toBe(2015);
  });

  it('names a tour step whose year the timeline does not cover, or that compares without routes', () => {
    const steps = structuredClone(fixture.data.tour!.steps);
    steps[1]!.year = 1999;
    steps[2]!.compare = true;
    const problems: string[] = [];
    const [second, third] = [`step 2 "${steps[1]!.id}"`, `step 3 "${steps[2]!.id}"`];
    checkStepViews(steps, { timeline, comparison: true }, problems);
    checkStepViews(steps, { timeline: undefined, comparison: false }, problems);
    expect(problems).toEqual([
      `geo/tour.json: ${second}: year: must be a year from 2010 to ${thisYear}`,
      `geo/tour.json: ${second}: year: needs geo/timeline.json, which this folder does not have`,
      `geo/tour.json: ${third}: compare: needs geo/alternatives/figures.json, which this folder does not have`,
    ]);
  });

  it('lets a tour step show the timeline’s first and last years, and no year after', () => {
    const steps = structuredClone(fixture.data.tour!.steps).slice(0, 2);
    steps[0]!.year = 2010;
    steps[1]!.year = thisYear;
    const problems: string[] = [];
    checkStepViews(steps, { timeline, comparison: false }, problems);
    expect(problems).toEqual([]);
    steps[1]!.year = thisYear + 1;
    checkStepViews(steps, { timeline, comparison: false }, problems);
    expect(problems).toEqual([
      `geo/tour.json: step 2 "${steps[1]!.id}": year: must be a year from 2010 to ${thisYear}`,
    ]);
  });

  it('draws the compared routes for a tour step that asks, and for their view', () => {
    const tour = structuredClone(fixture.data.tour!);
    tour.steps[2]!.compare = true;
    const a = new AppState(new Corridor({ ...fixture.data, tour }));
    expect(a.mapCompare).toBe(false);
    a.goToStep(3);
    expect(a.mapCompare).toBe(true);
    a.goToStep(4);
    expect(a.mapCompare).toBe(false);
    a.open('compare');
    expect(a.mapCompare).toBe(true);
  });

  it('has no year to show without a timeline', () => {
    const a = new AppState(fixture);
    a.openFromUrl({ ...none, view: 'timeline', year: 2012 });
    expect(a.notice).toEqual({ kind: 'bad-link', parameter: 'year' });
  });
});
