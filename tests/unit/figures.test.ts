import { describe, expect, it } from 'vitest';
import { Format } from '../../src/i18n/format.ts';
import { en } from '../../src/i18n/en.ts';
import { investmentFlows } from '../../src/map/flows.ts';
import { sourceUses } from '../../src/panel/source-uses.ts';
import { appContext } from '../support/app-context.ts';

const { corridor } = appContext();

describe('a place’s figures as a reader sees them', () => {
  it('charts a whole series kind once one of its figures is listed, the rest as table rows', () => {
    const groups = corridor.groupFigures(['trade-2024-article', 'ferry-hours']);
    expect(groups.charts.map((c) => c.chart)).toEqual(['trade']);
    expect(groups.charts[0]!.figures.map((f) => f.id)).toEqual([
      'trade-2024-article',
      'trade-2025-jan-aug-article',
      'trade-2023-kz',
    ]);
    expect(groups.rows).toEqual([[corridor.figure('ferry-hours')]]);
  });

  it('puts figures of one series and period in one row, so disagreeing sources sit together', () => {
    expect(corridor.rowsOf(['ferry-hours', 'trade-2024-article', 'ferry-hours-other'])).toEqual([
      [corridor.figure('ferry-hours'), corridor.figure('ferry-hours-other')],
      [corridor.figure('trade-2024-article')],
    ]);
  });

  it('cites the article, with every paragraph its points, quotes and figures use', () => {
    const { sources, paragraphs } = corridor.citationsOf({ kind: 'segment', id: 'aktau-alat' });
    expect(sources.map((s) => s.id)).toEqual([
      'newsaz-2025-10-21',
      'trend-2025-06-16',
      'azertag-2025-10-14',
    ]);
    expect(paragraphs).toEqual([1, 2]);
  });

  it('does not cite the article for a place whose text and figures are from elsewhere', () => {
    expect(corridor.citationsOf({ kind: 'segment', id: 'mangyshlak-aktau' })).toEqual({
      sources: [corridor.source('trend-2025-06-16')],
      paragraphs: [],
    });
  });

  it('cites the sources a shown figure’s note refers to, and only where it is shown', () => {
    const cited = (place: Parameters<typeof corridor.citationsOf>[0]) =>
      corridor.citationsOf(place).sources.map((s) => s.id);
    // aktau-alat lists a trade figure, so the whole trade chart shows, with trade-2023-kz's note.
    expect(cited({ kind: 'segment', id: 'aktau-alat' })).toContain('azertag-2025-10-14');
    expect(cited({ kind: 'overview' })).not.toContain('azertag-2025-10-14');
  });

  it('gives each panel exactly the article points placed on it, in the article’s order', () => {
    const ids = (place: Parameters<typeof corridor.pointsAt>[0]) =>
      corridor.pointsAt(place).map((p) => p.id);
    expect(ids({ kind: 'overview' })).toEqual(['a', 'c']);
    expect(ids({ kind: 'segment', id: 'aktau-alat' })).toEqual(['b']);
    expect(ids({ kind: 'hub', id: 'astana' })).toEqual(['c']);
    expect(ids({ kind: 'hub', id: 'aktau' })).toEqual([]);
    expect(corridor.tourStepNumber('three')).toBe(3);
  });

  it('finds no entry for an id that is only a property of every object', () => {
    expect(corridor.entryOf({ kind: 'hub', id: 'constructor' })).toBeUndefined();
    expect(corridor.entryOf({ kind: 'segment', id: '__proto__' })).toBeUndefined();
  });
});

describe('what each source supports', () => {
  it('credits a source with its figures and the places whose panels cite it', () => {
    const uses = sourceUses(corridor, 'About this map');
    expect(uses.get('newsaz-2025-10-21')!.figures.map((f) => f.id)).toContain('trade-2024-article');
    expect(uses.get('newsaz-2025-10-21')!.places).toEqual([
      'About this map',
      'Caspian ferry: Aktau – Alat',
      'Astana',
    ]);
    expect(uses.get('trend-2025-06-16')!.places).toEqual([
      'About this map',
      'Mangyshlak – Port of Aktau',
      'Caspian ferry: Aktau – Alat',
      'Port of Aktau',
      'Mangyshlak',
      'Port of Baku (Alat)',
      'Astana',
    ]);
  });
});

describe('investment arrows', () => {
  it('draws one arrow per flow, labelled with its figure and origin, heads at the far end', () => {
    const features = investmentFlows(corridor, new Format(en)).features;
    const labels = features
      .filter((f) => f.geometry.type === 'Point')
      .map((f) => [f.properties.label, f.properties.anchor]);
    expect(labels).toEqual([
      ['$225 million\ninvested from Azerbaijan', 'left'],
      ['$136 million\ninvested from Kazakhstan', 'right'],
    ]);
    const lines = features.filter((f) => f.geometry.type === 'LineString');
    const [azToKz, kzToAz] = lines.map((f) => f.geometry.coordinates as number[][]);
    expect(azToKz![0]![1]).toBeLessThan(azToKz!.at(-1)![1]!); // starts south, in Azerbaijan
    expect(kzToAz![0]![1]).toBeGreaterThan(kzToAz!.at(-1)![1]!); // starts north, in Kazakhstan
    const heads = features.filter((f) => f.geometry.type === 'Polygon');
    expect(heads).toHaveLength(2);
  });
});
