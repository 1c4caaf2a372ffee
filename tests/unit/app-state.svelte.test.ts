// @vitest-environment jsdom
/**
 * What the app does when the reader selects, opens a view, steps through the tour or follows a
 * link: the transitions of AppState, with effects running (runes need a DOM environment), on the
 * small fixture (tour steps 1 and 3 "fit", 2 and 4 with their own camera; 8 steps in all).
 */
import { flushSync } from 'svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Selection } from '../../src/data/corridor-index.ts';
import { AppState } from '../../src/state/app-state.svelte.ts';
import type { UrlState } from '../../src/state/url.ts';
import { appContext } from '../support/app-context.ts';

const { corridor } = appContext();
const ferry: Selection = { kind: 'segment', id: 'aktau-alat' };
const rail: Selection = { kind: 'segment', id: 'mangyshlak-aktau' };
const port: Selection = { kind: 'hub', id: 'aktau' };
const none: UrlState = { selection: null, view: null, tour: null, year: null };

let app: AppState;
beforeEach(() => {
  app = new AppState(corridor);
});

/** Everything a transition may change, in one object for whole-state assertions. */
const snapshot = (a: AppState) => ({
  selection: a.selection,
  view: a.view,
  camera: a.camera,
  notice: a.notice,
  tourStep: a.tourStep,
  lastTourStep: a.lastTourStep,
  panelOpen: a.panelOpen,
});

describe('selecting', () => {
  it('starts with nothing open and the camera kept', () => {
    expect(snapshot(app)).toEqual({
      selection: null,
      view: null,
      camera: { kind: 'keep' },
      notice: null,
      tourStep: null,
      lastTourStep: null,
      panelOpen: false,
    });
  });

  it('keeps the camera for a click and frames for a link', () => {
    app.select(ferry);
    expect(app.selection).toEqual(ferry);
    expect(app.camera).toEqual({ kind: 'keep' });
    expect(app.panelOpen).toBe(true);
    app.select(port, { frame: true });
    expect(app.selection).toEqual(port);
    expect(app.camera).toEqual({ kind: 'frame' });
  });

  it('closes the view and the notice; a detour keeps the tour step to return to', () => {
    app.goToStep(3);
    app.notice = { kind: 'bad-tour-step', asked: 99 };
    app.select(port);
    expect(snapshot(app)).toEqual({
      selection: port,
      view: null,
      camera: { kind: 'keep' },
      notice: null,
      tourStep: 3,
      lastTourStep: 3,
      panelOpen: true,
    });
    expect(app.onTourStep).toBe(false);
    app.open('sources');
    app.select(ferry);
    expect(app.view).toBeNull();
  });

  it('asks the camera anew each time, so the map acts on a repeated intent too', () => {
    app.select(ferry, { frame: true });
    const first = app.camera;
    app.select(ferry, { frame: true });
    expect(app.camera).not.toBe(first);
    expect(app.camera).toEqual(first);
  });

  it('closes the panel when nothing is selected', () => {
    app.select(ferry);
    app.select(null);
    expect(app.panelOpen).toBe(false);
  });
});

describe('views', () => {
  it('opens a view in place of the selection and closes it again', () => {
    app.select(ferry);
    app.notice = { kind: 'unknown-feature', feature: 'hub' };
    app.open('overview');
    expect(snapshot(app)).toMatchObject({
      selection: null,
      view: 'overview',
      notice: null,
      panelOpen: true,
    });
    app.open(null);
    expect(app.view).toBeNull();
    expect(app.panelOpen).toBe(false);
  });
});

describe('the tour', () => {
  it('names the selected hub, and the step’s places while its own place shows', () => {
    app.goToStep(3);
    expect(app.namedPlaces).toEqual(['aktau', 'alat', 'sea:caspian-sea']);
    app.goToStep(2);
    expect(app.namedPlaces).toEqual(['aktau', 'aktau']);
    // A detour from the step names only what the reader chose.
    app.select({ kind: 'hub', id: 'alat' });
    expect(app.namedPlaces).toEqual(['alat']);
    app.leaveTour();
    app.select(ferry);
    expect(app.namedPlaces).toEqual([]);
  });

  it.each([
    { n: 1, target: rail, camera: { kind: 'places', places: ['mangyshlak', 'aktau'] } },
    {
      n: 2,
      target: port,
      camera: { kind: 'view', camera: { center: [51.15, 43.65], zoom: 7 } },
    },
    {
      n: 3,
      target: ferry,
      camera: { kind: 'places', places: ['aktau', 'alat', 'sea:caspian-sea'] },
    },
    {
      n: 4,
      target: { kind: 'hub', id: 'alat' },
      camera: { kind: 'view', camera: { center: [49.45, 39.95], zoom: 7, bearing: 10 } },
    },
  ])('step $n selects its feature with its camera', ({ n, target, camera }) => {
    app.open('overview');
    app.goToStep(n);
    expect(snapshot(app)).toEqual({
      selection: target,
      view: null,
      camera,
      notice: null,
      tourStep: n,
      lastTourStep: n,
      panelOpen: true,
    });
  });

  it.each([0, 9, -1])('ignores step %i, which the tour does not have', (n) => {
    app.goToStep(2);
    app.goToStep(n);
    expect(app.tourStep).toBe(2);
    expect(app.selection).toEqual(port);
  });

  it('leaves the tour with the step’s feature still open, to come back to later', () => {
    app.goToStep(4);
    app.leaveTour();
    expect(snapshot(app)).toMatchObject({
      selection: { kind: 'hub', id: 'alat' },
      tourStep: null,
      lastTourStep: 4,
      panelOpen: true,
    });
  });
});

describe('opening what a link names', () => {
  it.each([
    { url: { ...none, tour: 1 }, selection: rail, tourStep: 1 },
    { url: { ...none, tour: 8 }, selection: { kind: 'hub', id: 'alat' }, tourStep: 8 },
    { url: { ...none, tour: 2, selection: ferry }, selection: port, tourStep: 2 },
    { url: { ...none, selection: ferry }, selection: ferry, tourStep: null },
    { url: { ...none, selection: port, view: 'sources' }, selection: port, tourStep: null },
  ] as { url: UrlState; selection: Selection; tourStep: number | null }[])(
    'opens $url.selection.id, tour $url.tour',
    ({ url, selection, tourStep }) => {
      app.openFromUrl(url);
      expect(app.selection).toEqual(selection);
      expect(app.tourStep).toBe(tourStep);
      expect(app.view).toBeNull();
      expect(app.notice).toBeNull();
      if (tourStep === null) expect(app.camera).toEqual({ kind: 'frame' });
    },
  );

  it('opens a view', () => {
    app.openFromUrl({ ...none, view: 'sources' });
    expect(snapshot(app)).toMatchObject({ selection: null, view: 'sources', notice: null });
  });

  it('closes what was open when going back to a plain URL', () => {
    app.select(ferry);
    app.openFromUrl(none);
    expect(app.panelOpen).toBe(false);
  });

  it.each([0, 9, 100])('explains that the tour has no step %i, with nothing open', (asked) => {
    app.select(ferry);
    app.openFromUrl({ ...none, tour: asked });
    expect(snapshot(app)).toMatchObject({
      selection: null,
      view: null,
      tourStep: null,
      notice: { kind: 'bad-tour-step', asked },
    });
  });

  it.each(['tour', 'year'] as const)('explains that the link’s %s is not readable', (parameter) => {
    app.goToStep(2);
    app.openFromUrl({ ...none, selection: ferry }, [parameter]);
    expect(snapshot(app)).toMatchObject({
      selection: null,
      view: null,
      tourStep: null,
      notice: { kind: 'bad-link', parameter },
    });
  });

  it.each(['segment', 'hub'] as const)('explains that there is no such %s', (kind) => {
    app.open('overview');
    app.openFromUrl({ ...none, selection: { kind, id: 'atlantis' } });
    expect(snapshot(app)).toMatchObject({
      selection: null,
      view: null,
      notice: { kind: 'unknown-feature', feature: kind },
    });
  });
});

describe('the investment arrows', () => {
  it.each([
    { what: 'nothing open', act: () => {}, shows: false },
    { what: 'the segment marked to show them', act: () => app.select(ferry), shows: true },
    { what: 'another segment', act: () => app.select(rail), shows: false },
    { what: 'a hub', act: () => app.select(port), shows: false },
    { what: 'an unknown segment', act: () => app.select({ ...ferry, id: 'x' }), shows: false },
    { what: 'the overview', act: () => app.open('overview'), shows: true },
    { what: 'the sources', act: () => app.open('sources'), shows: false },
  ])('show with $what: $shows', ({ act, shows }) => {
    act();
    expect(app.showsFlows).toBe(shows);
  });

  it('follow the state in an effect, as the map does', () => {
    const seen: boolean[] = [];
    const stop = $effect.root(() => {
      $effect(() => {
        seen.push(app.showsFlows);
      });
    });
    flushSync();
    app.select(ferry);
    flushSync();
    app.open('sources');
    flushSync();
    app.open('overview');
    flushSync();
    stop();
    expect(seen).toEqual([false, true, false, true]);
  });
});

describe('what the URL says', () => {
  it.each([
    { what: 'nothing', act: () => {}, url: none },
    { what: 'a selection', act: () => app.select(ferry), url: { ...none, selection: ferry } },
    { what: 'a view', act: () => app.open('sources'), url: { ...none, view: 'sources' } },
    { what: 'a tour step, not its feature', act: () => app.goToStep(3), url: { ...none, tour: 3 } },
    {
      what: 'the feature after leaving the tour',
      act: () => {
        app.goToStep(3);
        app.leaveTour();
      },
      url: { ...none, selection: ferry },
    },
    {
      what: 'the place of a detour from the tour',
      act: () => {
        app.goToStep(3);
        app.select(port);
      },
      url: { ...none, selection: port },
    },
  ])('names $what', ({ act, url }) => {
    act();
    expect(app.url).toEqual(url);
  });
});
