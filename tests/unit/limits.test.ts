/** The camera's limits, worked out without a map: the first view always fits inside them. */
import { describe, expect, it } from 'vitest';
import {
  firstViewArea,
  firstViewPadding,
  fitZoom,
  limitsFor,
  MAX_ZOOM,
  MIN_ZOOM,
  type Box,
} from '../../src/map/limits.ts';

const corridor: Box = [26, 34, 109, 47];
const sizes = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
  { width: 1920, height: 1080 },
];

describe('camera limits', () => {
  it('zooms at most to 10 and at least to 3, or wider where the first view needs it', () => {
    const desktop = limitsFor(corridor, sizes[2]!);
    expect(desktop).toMatchObject({ minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM });
    const phone = limitsFor(corridor, sizes[1]!);
    const first = fitZoom(corridor, sizes[1]!, firstViewPadding(390));
    expect(phone.minZoom).toBeLessThanOrEqual(first);
    expect(phone.minZoom).toBeGreaterThan(first - 0.11);
  });

  it('keeps the first view and the corridor with a margin inside the bounds, and no more', () => {
    for (const size of sizes) {
      const [w, s, e, n] = limitsFor(corridor, size).maxBounds;
      const [fw, fs, fe, fn] = firstViewArea(corridor, size, firstViewPadding(size.width));
      expect(w).toBeLessThan(Math.min(fw, corridor[0] - 5));
      expect(e).toBeGreaterThan(Math.max(fe, corridor[2] + 5));
      expect(s).toBeLessThan(Math.min(fs, corridor[1] - 5));
      expect(n).toBeGreaterThan(Math.max(fn, corridor[3] + 5));
      expect(w).toBeGreaterThan(0);
      expect(e).toBeLessThan(140);
    }
  });

  it('fits the corridor across a phone’s width with slim padding', () => {
    const padding = firstViewPadding(390);
    expect(390 - padding.left - padding.right).toBeGreaterThanOrEqual(0.85 * 390);
    const [w, , e] = firstViewArea(corridor, sizes[1]!, padding);
    expect(w).toBeLessThan(corridor[0]);
    expect(e).toBeGreaterThan(corridor[2]);
  });
});
