import { describe, expect, it } from 'vitest';
import { corridor } from '../../src/data/index.ts';
import { hubsInRouteOrder, routeGroups } from '../../src/panel/route-groups.ts';
import { announce } from '../../src/state/announce.ts';
import { stepSegment } from '../../src/state/steps.ts';

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
});

describe('what the live region says', () => {
  it('names a segment, its ends, its mode and its length', () => {
    expect(announce({ kind: 'segment', id: 'aktau-alat' })).toMatch(
      /^Caspian ferry: Aktau – Alat, Port of Aktau to Port of Baku \(Alat\), sea, \d{3} km$/,
    );
  });

  it('names a hub, its kind and its country', () => {
    expect(announce({ kind: 'hub', id: 'kapikule' })).toBe('Kapıkule, border crossing, Türkiye');
    expect(announce(null)).toBe('');
  });
});

describe('the route list', () => {
  it('groups segments East → West by country, border and sea', () => {
    const titles = routeGroups(corridor.segments).map((g) => g.title);
    expect(titles[0]).toBe('China');
    expect(titles).toContain('Border: China – Kazakhstan');
    expect(titles).toContain('Across the Caspian Sea');
    expect(titles).toContain('Across the Black Sea');
    expect(titles.at(-1)).toBe('Türkiye');
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('lists every segment once and the hubs in the order the route reaches them', () => {
    const listed = routeGroups(corridor.segments).flatMap((g) => g.segments.map((s) => s.id));
    expect(listed.sort()).toEqual(corridor.segments.map((s) => s.id).sort());
    const hubs = hubsInRouteOrder(corridor.segments, corridor.hubs).map((h) => h.id);
    expect(hubs.slice(0, 2)).toEqual(['xian', 'lanzhou']);
    expect(hubs).toHaveLength(corridor.hubs.length);
  });
});
