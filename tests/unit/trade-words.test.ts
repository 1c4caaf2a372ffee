import { describe, expect, it } from 'vitest';
import { monthly, periodDetail, tradeLabel } from '../../src/content/charts/trade-words.ts';
import type { Figure } from '../../src/data/schema.ts';
import { appContext } from '../support/app-context.ts';

const { i18n, corridor } = appContext();
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

describe('the trade chart’s words for a screen reader', () => {
  it('reads every value of every series with its period, monthly average and the article’s mark', () => {
    const figure = (id: string) => corridor.data.figures.find((f) => f.id === id)!;
    const block = (seriesId: string, ids: string[]) => ({
      item: {
        series: corridor.data.series.find((s) => s.id === seriesId)!,
        colour: '#000',
        shape: 'circle' as const,
      },
      rows: ids.map((id) => ({ key: id, period: figure(id).period, figures: [figure(id)] })),
    });
    const blocks = [
      block('trade-az-customs', ['trade-2024-article', 'trade-2025-jan-aug-article']),
      block('trade-kz-stat', ['trade-2023-kz']),
    ];
    // Intl puts thin spaces around a month range's dash.
    expect(tradeLabel(blocks, corridor, i18n.m, i18n.f).replace(/\s+/gu, ' ')).toBe(
      'Kazakhstan–Azerbaijan trade turnover, in two statistical series that are never joined. ' +
        'Trade turnover (Azerbaijan State Customs Committee): 2024: $470 million (the article); ' +
        'January – August 2025: $547 million, about $68.4 million a month (the article). ' +
        'Trade turnover (Kazakhstan Bureau of National Statistics): 2023: $529.4 million.',
    );
  });
});
