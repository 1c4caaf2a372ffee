import { describe, expect, it } from 'vitest';
import { corridor } from '../../src/data/index.ts';
import { groupFigures, periodSortKey, shortPeriod } from '../../src/panel/figure-groups.ts';
import { sourceUses } from '../../src/panel/source-uses.ts';
import { investmentFlows } from '../../src/map/flows.ts';

const byId = (ids: string[]) => corridor.figures.filter((f) => ids.includes(f.id));

describe('grouping a panel’s figures into charts', () => {
  it('charts the whole trade series once a panel lists one trade figure', () => {
    const groups = groupFigures(
      byId(['trade-2024-article', 'ferry-aktau-alat-hours']),
      corridor.figures,
    );
    expect(groups.trade.map((f) => f.measure)).toContain('kz-az-trade-2023');
    expect(groups.investment).toEqual([]);
    expect(groups.others.flat().map((f) => f.id)).toEqual(['ferry-aktau-alat-hours']);
  });

  it('keeps disagreeing figures of one measure together', () => {
    const ids = ['btk-capacity-peak-trend', 'btk-capacity-eventual-tabula', 'btk-opened'];
    const groups = groupFigures(byId(ids), corridor.figures);
    expect(groups.others.map((g) => g.map((f) => f.id).sort())).toEqual([
      ['btk-opened'],
      ['btk-capacity-eventual-tabula', 'btk-capacity-peak-trend'],
    ]);
  });

  it.each([
    {
      periods: ['2024', 'January–June 2024', '2019', 'January–August 2025'],
      expected: ['2019', 'January–June 2024', '2024', 'January–August 2025'],
    },
    { periods: ['2025 forecast', '2024'], expected: ['2024', '2025 forecast'] },
  ])('orders periods $periods by time', ({ periods, expected }) => {
    expect([...periods].sort((a, b) => periodSortKey(a) - periodSortKey(b))).toEqual(expected);
  });

  it('shortens month names for chart rows', () => {
    expect(shortPeriod('January–August 2025')).toBe('Jan–Aug 2025');
  });
});

describe('what each source supports', () => {
  it('credits the article with its figures and the places that draw on it', () => {
    const uses = sourceUses(corridor).get(corridor.article!.sourceId)!;
    expect(uses.figures.map((f) => f.id)).toContain('trade-2024-article');
    expect(uses.places).toContain('Caspian ferry: Aktau – Alat');
  });
});

describe('investment arrows', () => {
  it('draws one arrow each way, labelled with the article’s values, wider for more money', () => {
    const flows = investmentFlows(corridor.figures).features;
    const labels = flows.filter((f) => f.geometry.type === 'Point').map((f) => f.properties.label);
    expect(labels).toEqual([
      '$225 million\ninvested from Azerbaijan',
      '$136 million\ninvested from Kazakhstan',
    ]);
    const lines = flows.filter((f) => f.geometry.type === 'LineString');
    const [azToKz, kzToAz] = lines.map((f) => f.geometry.coordinates as number[][]);
    expect(azToKz![0]![1]).toBeLessThan(azToKz!.at(-1)![1]!); // starts south, in Azerbaijan
    expect(kzToAz![0]![1]).toBeGreaterThan(kzToAz!.at(-1)![1]!); // starts north, in Kazakhstan
  });
});
