import { describe, expect, it } from 'vitest';
import { monthly, periodDetail } from '../../src/content/charts/trade-words.ts';
import type { Figure } from '../../src/data/schema.ts';
import { appContext } from '../support/app-context.ts';

const { i18n } = appContext();
const trade = (period: Figure['period'], value = 120): Figure =>
  ({ id: 't', value, unit: 'USD million', period, series: 's', source: 'x' }) as Figure;

describe('the trade chart’s monthly averages', () => {
  it('spreads a whole year over twelve months and says only the average', () => {
    const year = trade({ kind: 'year', end: '2024' });
    expect(monthly(year, i18n.f)).toBe('$10 million');
    expect(periodDetail(year, i18n.m, i18n.f)).toBe('≈$10 million/mo');
  });

  it('names the months of a part-year, and rounds its average to one decimal', () => {
    const part = trade({ kind: 'part-year', start: '2025-01', end: '2025-03' }, 100);
    expect(periodDetail(part, i18n.m, i18n.f)).toBe('3 months · ≈$33.3 million/mo');
  });

  it('says nothing where the months are unknown or there is no figure', () => {
    const total = trade({ kind: 'cumulative', end: '2024' });
    expect(monthly(total, i18n.f)).toBeNull();
    expect(periodDetail(total, i18n.m, i18n.f)).toBe('');
    expect(periodDetail(undefined, i18n.m, i18n.f)).toBe('');
  });
});
