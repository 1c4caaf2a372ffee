import { describe, expect, it } from 'vitest';
import { Format } from '../../src/i18n/format.ts';
import { en } from '../../src/i18n/en.ts';
import type { CorridorHub, CorridorSegment } from '../../src/data/corridor-index.ts';
import { hubsInRouteOrder, routeGroups } from '../../src/panel/route-groups.ts';
import { announce } from '../../src/state/announce.ts';
import { stepSegment } from '../../src/state/steps.ts';
import { appContext } from '../support/app-context.ts';

const { corridor } = appContext();
const f = new Format(en);
const order = ['a', 'b', 'c'];

describe('stepping through segments with [ and ]', () => {
  it.each([
    { current: null, direction: 1, expected: 'a' },
    { current: null, direction: -1, expected: 'c' },
    { current: { kind: 'segment', id: 'a' }, direction: 1, expected: 'b' },
    { current: { kind: 'segment', id: 'b' }, direction: -1, expected: 'a' },
    { current: { kind: 'segment', id: 'c' }, direction: 1, expected: 'c' },
    { current: { kind: 'segment', id: 'a' }, direction: -1, expected: 'a' },
    { current: { kind: 'hub', id: 'x' }, direction: 1, expected: 'a' },
  ] as const)(
    'from $current going $direction lands on $expected',
    ({ current, direction, expected }) => {
      expect(stepSegment(order, current, direction)).toEqual({ kind: 'segment', id: expected });
    },
  );

  it('has nowhere to go on an empty route', () => {
    expect(stepSegment([], null, 1)).toBeNull();
  });
});

describe('what the live region says', () => {
  it('names a segment, its ends, its mode and its length', () => {
    expect(announce({ kind: 'segment', id: 'aktau-alat' }, corridor, f)).toMatch(
      /^Caspian ferry: Aktau – Alat, Port of Aktau to Port of Baku \(Alat\), ferry crossing, \d{3} km$/,
    );
  });

  it('names a hub, its kind and its country', () => {
    expect(announce({ kind: 'hub', id: 'alat' }, corridor, f)).toBe(
      'Port of Baku (Alat), port, Azerbaijan',
    );
    expect(announce(null, corridor, f)).toBe('');
    expect(announce({ kind: 'hub', id: 'nowhere' }, corridor, f)).toBe('');
  });

  it('says nothing for a segment it does not know', () => {
    expect(announce({ kind: 'segment', id: 'nowhere' }, corridor, f)).toBe('');
  });
});

describe('the route list', () => {
  it('groups segments East → West by the groups their data names', () => {
    const groups = routeGroups(corridor.data.segments, corridor.data.groups);
    expect(groups.map((g) => [g.group.title, g.segments.map((s) => s.id)])).toEqual([
      ['Kazakhstan', ['mangyshlak-aktau']],
      ['Across the Caspian Sea', ['aktau-alat']],
    ]);
  });

  it('lists the hubs in the order the route reaches them, cities off the route last', () => {
    const hubs = hubsInRouteOrder(corridor.data.segments, corridor.data.hubs).map((h) => h.id);
    expect(hubs).toEqual(['mangyshlak', 'aktau', 'alat', 'astana']);
  });

  it('ranks a hub by the first segment that reaches it, whether it starts or ends there', () => {
    // x → y, then z → y, then x → w: y is reached first as an end, x only first as a start.
    const segments = [
      { from: 'x', to: 'y' },
      { from: 'z', to: 'y' },
      { from: 'x', to: 'w' },
    ] as CorridorSegment[];
    const hubs = ['v', 'w', 'z', 'y', 'x'].map((id) => ({ id })) as CorridorHub[];
    expect(hubsInRouteOrder(segments, hubs).map((h) => h.id)).toEqual(['x', 'y', 'z', 'w', 'v']);
  });

  it('leaves out segments of a group the data does not list', () => {
    const [first] = corridor.data.segments;
    const stray = { ...first!, id: 'stray', group: 'nowhere' };
    const groups = routeGroups([stray, ...corridor.data.segments], corridor.data.groups);
    expect(groups.map((g) => g.group.id)).toEqual(corridor.data.groups.map((g) => g.id));
  });
});
