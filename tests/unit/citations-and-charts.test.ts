/** How figures are credited, and how charts lay them out: rows by period, scales and colours. */
import { describe, expect, it } from 'vitest';
import { Corridor } from '../../src/data/corridor-index.ts';
import type { Figure } from '../../src/data/schema.ts';
import { en } from '../../src/i18n/en.ts';
import { Format } from '../../src/i18n/format.ts';
import { citeFigure, citeFigures } from '../../src/content/cite.ts';
import { rowsByPeriod } from '../../src/content/charts/rows.ts';
import { inTurn, linear } from '../../src/content/charts/scale.ts';
import { chartSeries } from '../../src/content/charts/series-key.ts';
import { appContext } from '../support/app-context.ts';

const { corridor } = appContext();
const f = new Format(en);
const figure = (id: string) => corridor.figure(id)!;

describe('crediting a figure', () => {
  it.each([
    { id: 'trade-2024-article', expected: 'News.Az, 21 October 2025, paragraph 2' },
    { id: 'ferry-hours-other', expected: 'News.Az, 21 October 2025, paragraph 1' },
    { id: 'ferry-hours', expected: 'Trend, 16 June 2025' },
  ])('credits $id as "$expected"', ({ id, expected }) => {
    expect(citeFigure(figure(id), corridor, f)).toBe(expected);
  });

  it('says so when the source is missing', () => {
    const stray = { ...figure('ferry-hours'), source: 'rumour' };
    expect(citeFigure(stray, corridor, f)).toBe('source missing');
  });

  it('names each citation once, in the order the figures come', () => {
    const figures = ['ferry-hours', 'trade-2024-article', 'titr-cargo-2024', 'trade-2023-kz'];
    expect(citeFigures(figures.map(figure), corridor, f)).toBe(
      'Trend, 16 June 2025; News.Az, 21 October 2025, paragraph 2',
    );
  });
});

describe('chart rows', () => {
  const at = (id: string, period: Figure['period']): Figure => ({
    ...figure('ferry-hours'),
    id,
    period,
  });

  it('puts the figures of one period side by side, periods in time order', () => {
    const rows = rowsByPeriod([
      at('late', { kind: 'year', end: '2025' }),
      at('early-a', { kind: 'year', end: '2023' }),
      at('part', { kind: 'part-year', start: '2025-01', end: '2025-08' }),
      at('early-b', { kind: 'year', end: '2023' }),
    ]);
    expect(rows.map((r) => [r.key, r.period.end, r.figures.map((x) => x.id)])).toEqual([
      ['{"kind":"year","end":"2023"}', '2023', ['early-a', 'early-b']],
      ['{"kind":"part-year","start":"2025-01","end":"2025-08"}', '2025-08', ['part']],
      ['{"kind":"year","end":"2025"}', '2025', ['late']],
    ]);
  });
});

describe('chart scales', () => {
  it.each([
    { max: 200, width: 100, value: 50, expected: 25 },
    { max: 200, width: 100, value: 200, expected: 100 },
    { max: 0, width: 100, value: 5, expected: 0 },
    { max: -1, width: 100, value: 5, expected: 0 },
  ])('puts $value of $max at $expected of $width', ({ max, width, value, expected }) => {
    expect(linear(max, width)(value)).toBe(expected);
  });

  it('gives each series its own value in the order they come, round the list again', () => {
    expect([...inTurn(['a', 'b', 'a', 'c', 'd'], ['red', 'green', 'blue'])]).toEqual([
      ['a', 'red'],
      ['b', 'green'],
      ['c', 'blue'],
      ['d', 'red'],
    ]);
  });

  it('keys a chart’s series by colour and shape, in the order their figures come', () => {
    const { key, colourOf, shapeOf } = chartSeries(
      [figure('trade-2024-article'), figure('trade-2023-kz'), figure('trade-2025-jan-aug-article')],
      corridor,
    );
    expect(key.map((k) => [k.series.id, k.shape])).toEqual([
      [figure('trade-2024-article').series, 'circle'],
      [figure('trade-2023-kz').series, 'square'],
    ]);
    expect(colourOf(figure('trade-2025-jan-aug-article'))).toBe(key[0]!.colour);
    expect(shapeOf(figure('trade-2023-kz'))).toBe('square');
    expect(key[0]!.colour).not.toBe(key[1]!.colour);
  });
});

describe('citations of a place', () => {
  it('cites the article first when only a shown figure comes from it', () => {
    const mangyshlak = corridor.data.context.hubs['mangyshlak']!;
    const corridorWith = new Corridor({
      ...corridor.data,
      context: {
        ...corridor.data.context,
        hubs: {
          ...corridor.data.context.hubs,
          mangyshlak: { ...mangyshlak, figures: ['ferry-hours-other'] },
        },
      },
    });
    const { sources, paragraphs } = corridorWith.citationsOf({ kind: 'hub', id: 'mangyshlak' });
    expect(sources.map((s) => s.id)).toEqual(['newsaz-2025-10-21', 'trend-2025-06-16']);
    expect(paragraphs).toEqual([1]);
  });
});
