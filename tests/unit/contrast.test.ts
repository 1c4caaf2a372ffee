import { describe, expect, it } from 'vitest';
import { PALETTE as COLORS } from '../../src/theme/palette.ts';

/** WCAG 2 relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('map colours meet WCAG AA', () => {
  it.each([
    { what: 'railways on land', fg: COLORS.rail, bg: COLORS.land, min: 3 },
    { what: 'railways on water', fg: COLORS.rail, bg: COLORS.water, min: 3 },
    { what: 'ferries on water', fg: COLORS.sea, bg: COLORS.water, min: 3 },
    { what: 'ferries on land (at ports)', fg: COLORS.sea, bg: COLORS.land, min: 3 },
    { what: 'investment arrows on water', fg: COLORS.flow, bg: COLORS.water, min: 3 },
    { what: 'country labels on land', fg: COLORS.countryLabel, bg: COLORS.land, min: 4.5 },
    {
      what: 'other countries’ labels on land',
      fg: COLORS.countryLabelQuiet,
      bg: COLORS.land,
      min: 4.5,
    },
    { what: 'sea and lake names on water', fg: COLORS.waterLabel, bg: COLORS.water, min: 4.5 },
    { what: 'river names on land', fg: COLORS.waterLabel, bg: COLORS.land, min: 4.5 },
    { what: 'landform names on land', fg: COLORS.landformLabel, bg: COLORS.land, min: 4.5 },
    { what: 'city names on land', fg: COLORS.cityLabel, bg: COLORS.land, min: 4.5 },
    { what: 'city dots on land', fg: COLORS.cityDot, bg: COLORS.land, min: 3 },
    { what: 'junction dots on land', fg: COLORS.junction, bg: COLORS.land, min: 3 },
    { what: 'border-crossing dots on land', fg: COLORS.borderHub, bg: COLORS.land, min: 3 },
  ])('$what ($fg on $bg) reach $min:1', ({ fg, bg, min }) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(min);
  });
});
