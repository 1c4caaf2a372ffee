// Which OSM ways the freight routing may use, and at what cost.
import { describe, expect, it } from 'vitest';
import { costFactor, isRunningLine } from '../../src/data/osm/track-rules.ts';

describe('track rules', () => {
  it('refuses yards, sidings, spurs and high-speed lines, allows the rest', () => {
    for (const service of ['yard', 'siding', 'spur'])
      expect(isRunningLine({ service })).toBe(false);
    expect(isRunningLine({ is_hsr: 1 })).toBe(false);
    expect(isRunningLine({ service: 'crossover' })).toBe(true);
    expect(isRunningLine({ usage: 'branch' })).toBe(true);
    expect(isRunningLine({})).toBe(true);
  });
  it('costs main lines (and unclassified ways) 1, service and branch tracks 3', () => {
    expect(costFactor({})).toBe(1);
    expect(costFactor({ usage: 'main' })).toBe(1);
    expect(costFactor({ usage: 'branch' })).toBe(3);
    expect(costFactor({ usage: 'main', service: 'crossover' })).toBe(3);
  });
});
