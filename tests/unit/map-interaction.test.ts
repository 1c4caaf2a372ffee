// @vitest-environment jsdom
/**
 * The pointer on the map and the highlight it leaves, against a stand-in for the map that draws
 * the fixture on a flat screen (tests/support/fake-map.ts): the ferry Aktau – Alat runs from the
 * hub Aktau at (430, 170) down to (380, 700) and on to Alat at (90, 910).
 */
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { Selection } from '../../src/data/corridor-index.ts';
import { Highlight } from '../../src/map/highlight.ts';
import { LAYER, ROUTE_LINE_LAYERS } from '../../src/map/ids.ts';
import { attachInteraction } from '../../src/map/interaction.ts';
import { distanceToPolyline } from '../../src/map/pick.ts';
import { pickAt, REACH } from '../../src/map/picking.ts';
import { appContext, LIVE_GEO } from '../support/app-context.ts';
import { FakeMap } from '../support/fake-map.ts';

const { corridor } = appContext();
const ferry: Selection = { kind: 'segment', id: 'aktau-alat' };
const aktau: Selection = { kind: 'hub', id: 'aktau' };

/** On the ferry's first leg, halfway. */
const onFerry = { x: 405, y: 435 };
/** 15 px east of that: beyond a mouse's reach, within a finger's. */
const besideFerry = { x: 405 + 15 * 0.9956, y: 435 + 15 * 0.0939 };
const onAktau = { x: 431, y: 171 };
const nowhere = { x: 800, y: 300 };

describe('the highlight', () => {
  it.each(['selected', 'hover'] as const)('puts "%s" on exactly one feature at a time', (state) => {
    const fake = new FakeMap();
    const highlight = new Highlight(fake.map, state);
    highlight.set(ferry);
    expect(fake.featuresWith(state)).toEqual(['route/aktau-alat']);
    highlight.set(aktau);
    expect(fake.featuresWith(state)).toEqual(['hubs/aktau']);
    expect(fake.states.get('route/aktau-alat')).toEqual({ [state]: false });
    expect(highlight.current).toEqual(aktau);
    highlight.set(null);
    expect(fake.featuresWith(state)).toEqual([]);
    expect(highlight.current).toBeNull();
  });

  it('does not touch the map when the feature is the same, and tells hub from segment', () => {
    const fake = new FakeMap();
    const setState = vi.spyOn(fake, 'setFeatureState');
    const highlight = new Highlight(fake.map, 'selected');
    highlight.set(ferry);
    highlight.set({ ...ferry });
    expect(setState).toHaveBeenCalledTimes(1);
    highlight.set({ kind: 'hub', id: 'aktau-alat' });
    expect(fake.featuresWith('selected')).toEqual(['hubs/aktau-alat']);
    highlight.set({ kind: 'hub', id: 'alat' });
    expect(fake.featuresWith('selected')).toEqual(['hubs/alat']);
  });

  it('keeps hover and selection apart', () => {
    const fake = new FakeMap();
    new Highlight(fake.map, 'selected').set(ferry);
    new Highlight(fake.map, 'hover').set(ferry);
    expect(fake.states.get('route/aktau-alat')).toEqual({ selected: true, hover: true });
  });
});

describe('what is under the pointer', () => {
  const fake = new FakeMap(corridor);
  it.each([
    { what: 'a line', p: onFerry, reach: REACH.mouse, expected: ferry },
    { what: 'a hub on a line', p: onAktau, reach: REACH.mouse, expected: aktau },
    { what: 'beside a line, by mouse', p: besideFerry, reach: REACH.mouse, expected: null },
    {
      what: 'beside a line, by finger',
      p: besideFerry,
      reach: REACH.touch,
      expected: ferry,
    },
    { what: 'open ground', p: nowhere, reach: REACH.touch, expected: null },
  ])('picks $what', ({ p, reach, expected }) => {
    expect(pickAt(fake.map, corridor, p, reach)).toEqual(expected);
  });

  it('asks the map for the hubs and the route lines in a box around the pointer', () => {
    const query = vi.spyOn(fake, 'queryRenderedFeatures');
    pickAt(fake.map, corridor, { x: 100, y: 200 }, REACH.mouse);
    expect(query.mock.calls).toEqual([
      [
        [
          [90, 190],
          [110, 210],
        ],
        { layers: [LAYER.hubCircles] },
      ],
      [
        [
          [90, 190],
          [110, 210],
        ],
        { layers: [...ROUTE_LINE_LAYERS] },
      ],
    ]);
  });

  it('ignores a feature the data does not have', () => {
    const stranger = new FakeMap(corridor);
    vi.spyOn(stranger, 'queryRenderedFeatures').mockReturnValue([
      { properties: { id: 'atlantis' } },
    ]);
    expect(pickAt(stranger.map, corridor, onFerry, REACH.mouse)).toBeNull();
  });
});

describe('the pointer on the map', () => {
  let fake: FakeMap;
  let onselect: Mock<(selection: Selection | null) => void>;
  let onstep: Mock<(direction: 1 | -1) => void>;
  let detach: () => void;
  const cursor = () => fake.canvas.style.cursor;

  beforeEach(() => {
    fake = new FakeMap(corridor);
    onselect = vi.fn();
    onstep = vi.fn();
    detach = attachInteraction(fake.map, corridor, { onselect, onstep });
  });
  afterEach(() => detach());

  it('hovers what a click would pick, one feature at a time, with a pointer cursor', () => {
    fake.fire('mousemove', { point: onFerry });
    expect(fake.featuresWith('hover')).toEqual(['route/aktau-alat']);
    expect(cursor()).toBe('pointer');
    fake.fire('mousemove', { point: onAktau });
    expect(fake.featuresWith('hover')).toEqual(['hubs/aktau']);
    fake.fire('mousemove', { point: nowhere });
    expect(fake.featuresWith('hover')).toEqual([]);
    expect(cursor()).toBe('');
  });

  it('clears the hover when the pointer leaves the map', () => {
    fake.fire('mousemove', { point: onFerry });
    fake.fire('mouseout');
    expect(fake.featuresWith('hover')).toEqual([]);
    expect(cursor()).toBe('');
  });

  it('selects what a click picks, and nothing on open ground', () => {
    fake.fire('click', { point: onFerry });
    fake.fire('click', { point: nowhere });
    expect(onselect.mock.calls).toEqual([[ferry], [null]]);
  });

  it('gives a finger more room than a mouse', () => {
    const down = (pointerType: string) => {
      const event = new Event('pointerdown') as PointerEvent;
      Object.defineProperty(event, 'pointerType', { value: pointerType });
      fake.container.dispatchEvent(event);
    };
    fake.fire('click', { point: besideFerry });
    down('touch');
    fake.fire('click', { point: besideFerry });
    down('mouse');
    fake.fire('click', { point: besideFerry });
    expect(onselect.mock.calls).toEqual([[null], [ferry], [null]]);
    // Hover is a mouse's: its reach stays narrow.
    down('touch');
    fake.fire('mousemove', { point: besideFerry });
    expect(fake.featuresWith('hover')).toEqual([]);
  });

  it('steps along the route with [ and ] on the focused map, and takes no other key', () => {
    const key = (k: string) => {
      const event = new KeyboardEvent('keydown', { key: k, cancelable: true });
      fake.canvas.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(key(']')).toBe(true);
    expect(key('[')).toBe(true);
    expect(key('ArrowRight')).toBe(false);
    expect(onstep.mock.calls).toEqual([[1], [-1]]);
  });

  it('removes every listener it added', () => {
    detach();
    expect(fake.listenerCount()).toBe(0);
    fake.canvas.dispatchEvent(new KeyboardEvent('keydown', { key: ']' }));
    expect(onstep).not.toHaveBeenCalled();
    const down = new Event('pointerdown') as PointerEvent;
    Object.defineProperty(down, 'pointerType', { value: 'touch' });
    fake.container.dispatchEvent(down);
    // Re-attached afresh, the pointer is a mouse again: the old listener did not switch it.
    detach = attachInteraction(fake.map, corridor, { onselect, onstep });
    fake.fire('click', { point: besideFerry });
    expect(onselect).toHaveBeenLastCalledWith(null);
  });
});

describe('the pointer while the map has lost its GPU context', () => {
  it('neither hovers nor selects until the context is back', () => {
    const fake = new FakeMap(corridor);
    const onselect = vi.fn();
    const detach = attachInteraction(fake.map, corridor, { onselect, onchoose: vi.fn() });
    fake.fire('mousemove', { point: onFerry });
    fake.fire('webglcontextlost');
    fake.fire('mousemove', { point: onAktau });
    fake.fire('mouseout');
    fake.fire('click', { point: onAktau });
    expect(fake.featuresWith('hover')).toEqual(['route/aktau-alat']);
    expect(onselect).not.toHaveBeenCalled();
    fake.fire('webglcontextrestored');
    fake.fire('mousemove', { point: onAktau });
    fake.fire('click', { point: onAktau });
    expect(fake.featuresWith('hover')).toEqual(['hubs/aktau']);
    expect(onselect.mock.calls).toEqual([[aktau]]);
    detach();
  });
});

describe('a click where a chooser is at hand', () => {
  it('selects the one line under the pointer without asking', () => {
    const fake = new FakeMap(corridor);
    const onselect = vi.fn();
    const onchoose = vi.fn();
    const detach = attachInteraction(fake.map, corridor, { onselect, onchoose });
    fake.fire('click', { point: onFerry });
    detach();
    expect(onchoose).not.toHaveBeenCalled();
    expect(onselect.mock.calls).toEqual([[ferry]]);
  });
});

describe('listeners on the page', () => {
  it('are all removed, each with the function that was added', () => {
    const fake = new FakeMap(corridor);
    const spies = [fake.container, fake.canvas].map((target) => ({
      added: vi.spyOn(target, 'addEventListener'),
      removed: vi.spyOn(target, 'removeEventListener'),
    }));
    attachInteraction(fake.map, corridor, { onselect: vi.fn() })();
    for (const { added, removed } of spies) {
      expect(added).toHaveBeenCalled();
      expect(removed.mock.calls).toEqual(added.mock.calls);
    }
  });
});

describe('lines about as near the pointer', () => {
  // Where the ferries from Aktau and from Kuryk share a sea lane into Alat, away from hubs (in the
  // real data: the small fixture has only one ferry).
  const { corridor } = appContext(LIVE_GEO);
  const fake = new FakeMap(corridor);
  const line = (id: string) => corridor.segment(id)!.coordinates.map((c) => fake.project(c));
  const [kuryk, aktau] = [line('kuryk-alat'), line('aktau-alat')];
  const hubs = corridor.data.hubs.map((h) => fake.project(h.coordinates));
  const shared = kuryk.find(
    (p) =>
      distanceToPolyline(p, aktau) < 0.5 &&
      hubs.every((h) => Math.hypot(h.x - p.x, h.y - p.y) > 30),
  );

  it('are offered to choose from, at the pointer, and nothing is selected', () => {
    expect(shared).toBeDefined();
    const onselect = vi.fn();
    const onchoose = vi.fn();
    const detach = attachInteraction(fake.map, corridor, { onselect, onchoose });
    fake.fire('click', { point: shared });
    detach();
    expect(onselect).not.toHaveBeenCalled();
    expect(onchoose).toHaveBeenCalledTimes(1);
    expect([...onchoose.mock.calls[0]![0]].sort()).toEqual(['aktau-alat', 'kuryk-alat']);
    expect(onchoose.mock.calls[0]![1]).toEqual(shared);
  });

  it('select the nearest where nothing can ask, and hover it', () => {
    const onselect = vi.fn();
    const detach = attachInteraction(fake.map, corridor, { onselect });
    fake.fire('click', { point: shared });
    fake.fire('mousemove', { point: shared });
    detach();
    expect(onselect).toHaveBeenCalledTimes(1);
    expect(onselect.mock.calls[0]![0]).toMatchObject({ kind: 'segment' });
    expect(fake.featuresWith('hover')).toHaveLength(1);
  });
});
