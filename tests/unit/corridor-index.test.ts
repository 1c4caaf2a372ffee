/** The lookups every part of the app makes in the validated data (the small fixture). */
import { describe, expect, it } from 'vitest';
import { Corridor, type Selection } from '../../src/data/corridor-index.ts';
import { appContext } from '../support/app-context.ts';

const { corridor } = appContext();
const ferry: Selection = { kind: 'segment', id: 'aktau-alat' };
const aktau: Selection = { kind: 'hub', id: 'aktau' };

describe('finding a place', () => {
  it.each([
    { selection: ferry, has: true, name: 'Caspian ferry: Aktau – Alat' },
    { selection: aktau, has: true, name: 'Port of Aktau' },
    { selection: { kind: 'segment', id: 'aktau' }, has: false, name: undefined },
    { selection: { kind: 'hub', id: 'aktau-alat' }, has: false, name: undefined },
  ] as { selection: Selection; has: boolean; name: string | undefined }[])(
    'knows $selection.kind "$selection.id": $has',
    ({ selection, has, name }) => {
      expect(corridor.has(selection)).toBe(has);
      expect(corridor.nameOf(selection)).toBe(name);
    },
  );

  it('frames a segment by its line and a hub by its point', () => {
    expect(corridor.positionsOf(ferry)).toEqual(corridor.segment('aktau-alat')!.coordinates);
    expect(corridor.positionsOf(aktau)).toEqual([[51.15, 43.65]]);
    expect(corridor.positionsOf({ kind: 'hub', id: 'atlantis' })).toEqual([]);
    expect(corridor.positionsOf({ kind: 'segment', id: 'atlantis' })).toEqual([]);
  });

  it('lists the segments that start or end at a hub', () => {
    expect(corridor.segmentsAt('aktau').map((s) => s.id)).toEqual([
      'mangyshlak-aktau',
      'aktau-alat',
    ]);
    expect(corridor.segmentsAt('alat').map((s) => s.id)).toEqual(['aktau-alat']);
    expect(corridor.segmentsAt('atlantis')).toEqual([]);
  });

  it('finds each kind of record by id', () => {
    expect(corridor.source('trend-2025-06-16')?.publisher).toBe('Trend');
    expect(corridor.series('ferry-time')?.label).toBe('Ferry crossing time');
    expect(corridor.figure('ferry-hours')?.series).toBe('ferry-time');
    expect(corridor.hub('alat')?.country).toBe('AZ');
    expect(corridor.entryOf(aktau)?.articleScope).toBe('corridor');
    expect(corridor.entryOf({ kind: 'segment', id: 'aktau' })).toBeUndefined();
  });
});

describe('the tour', () => {
  it('numbers its steps from 1', () => {
    expect(corridor.tourLength).toBe(8);
    expect(corridor.tourStep(1)?.id).toBe('one');
    expect(corridor.tourStep(8)?.id).toBe('eight');
    expect(corridor.tourStep(0)).toBeUndefined();
    expect(corridor.tourStep(9)).toBeUndefined();
  });

  it('has no steps when the data has no tour', () => {
    const untoured = new Corridor({ ...corridor.data, tour: null });
    expect(untoured.tourLength).toBe(0);
    expect(untoured.tourStep(1)).toBeUndefined();
  });
});

describe('the article', () => {
  it('is the source the article names, and no other', () => {
    expect(corridor.isArticle('newsaz-2025-10-21')).toBe(true);
    expect(corridor.isArticle('trend-2025-06-16')).toBe(false);
    const noArticle = new Corridor({ ...corridor.data, article: null });
    expect(noArticle.isArticle('newsaz-2025-10-21')).toBe(false);
  });
});

describe('the figures a place shows', () => {
  it('shows charted series whole, then the other figures, skipping unknown ids', () => {
    const shown = corridor.shownFigures(['atlantis', 'ferry-hours', 'investment-az-in-kz']);
    expect(shown.map((x) => x.id)).toEqual([
      'investment-az-in-kz',
      'investment-kz-in-az',
      'ferry-hours',
    ]);
  });

  it('charts each kind of chart once, in the order first listed', () => {
    const groups = corridor.groupFigures([
      'titr-cargo-2024',
      'trade-2023-kz',
      'titr-cargo-2024-rail',
    ]);
    expect(groups.charts.map((c) => [c.chart, c.figures.map((x) => x.id)])).toEqual([
      ['volume', ['titr-cargo-2024', 'titr-cargo-2024-rail']],
      ['trade', ['trade-2024-article', 'trade-2025-jan-aug-article', 'trade-2023-kz']],
    ]);
    expect(groups.rows).toEqual([]);
  });

  it('keeps rows of one series and period apart from other periods of the series', () => {
    const later = {
      ...corridor.figure('ferry-hours')!,
      id: 'ferry-hours-2025',
      period: { kind: 'as-of' as const, end: '2025-06' },
    };
    const withLater = new Corridor({
      ...corridor.data,
      figures: [...corridor.data.figures, later],
    });
    expect(withLater.rowsOf(['ferry-hours', 'ferry-hours-2025', 'ferry-hours-other'])).toEqual([
      [withLater.figure('ferry-hours'), withLater.figure('ferry-hours-other')],
      [later],
    ]);
  });
});

describe('what a place cites', () => {
  it('cites the article first, with the paragraphs of its points there, then the background’s sources', () => {
    expect(corridor.citationsOf({ kind: 'hub', id: 'astana' })).toEqual({
      sources: [corridor.source('newsaz-2025-10-21'), corridor.source('trend-2025-06-16')],
      paragraphs: [2],
    });
    expect(corridor.citationsOf({ kind: 'overview' }).paragraphs).toEqual([1, 2]);
  });

  it('cites no article where the place has none of its points, quotes or figures', () => {
    expect(corridor.citationsOf({ kind: 'hub', id: 'mangyshlak' })).toEqual({
      sources: [corridor.source('trend-2025-06-16')],
      paragraphs: [],
    });
  });

  it('cites no article the data does not have', () => {
    const noArticle = new Corridor({ ...corridor.data, article: null });
    // Without an article, its quotes put nothing first; its figures cite it as any source.
    expect(noArticle.citationsOf(ferry).sources.map((s) => s.id)).toEqual([
      'trend-2025-06-16',
      'newsaz-2025-10-21',
      'azertag-2025-10-14',
    ]);
  });
});
