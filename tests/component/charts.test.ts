// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import InvestmentChart from '../../src/content/charts/InvestmentChart.svelte';
import TradeChart from '../../src/content/charts/TradeChart.svelte';
import VolumeChart from '../../src/content/charts/VolumeChart.svelte';
import { PALETTE } from '../../src/theme/palette.ts';
import { appContext, contextFor } from '../support/app-context.ts';

const context = appContext();
const inChart = (chart: 'trade' | 'investment' | 'volume') =>
  context.corridor.data.figures.filter((f) => context.corridor.series(f.series)?.chart === chart);
const chart = () => screen.getByRole('img');
/** Intl puts thin spaces around the dash of a month range; compare with plain spaces. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/gu, ' ');
const marks = (selector: string) => [...chart().querySelectorAll(selector)];

afterEach(cleanup);

describe('trade chart', () => {
  it('shows the article’s turnover with its periods and the part-year’s monthly average', () => {
    render(TradeChart, { props: { figures: inChart('trade') }, context: contextFor(context) });
    const name = plain(chart().getAttribute('aria-label'));
    expect(name).toContain('2024: $470 million (the article)');
    expect(name).toContain(
      'January – August 2025: $547 million, about $68.4 million a month (the article)',
    );
    const svg = within(chart());
    expect(svg.getByText('$470 million · article')).toBeTruthy();
    expect(svg.getByText('8 months · ≈$68.4 million/mo')).toBeTruthy();
    expect(plain(screen.getByText(/^US\$ million/).textContent)).toBe(
      'US$ million · 2023 to January – August 2025',
    );
  });

  it('draws each statistical series as its own block, never one row, with who measured it', () => {
    render(TradeChart, { props: { figures: inChart('trade') }, context: contextFor(context) });
    const name = plain(chart().getAttribute('aria-label'));
    // One block per series, each named with who measured it, values never interleaved.
    const az = name.indexOf('Trade turnover (Azerbaijan State Customs Committee): ');
    const kz = name.indexOf('. Trade turnover (Kazakhstan Bureau of National Statistics): ');
    expect(az).toBeGreaterThan(0);
    expect(kz).toBeGreaterThan(az);
    for (const value of ['$470 million', '$547 million']) {
      expect(name.indexOf(value)).toBeGreaterThan(az);
      expect(name.indexOf(value)).toBeLessThan(kz);
    }
    expect(name.indexOf('$529.4 million')).toBeGreaterThan(kz);
    const blocks = marks('g.series-block');
    expect(blocks).toHaveLength(2);
    // Every bar of a block in that series' colour, and the two colours differ.
    const barColours = blocks.map((g) => [
      ...new Set([...g.querySelectorAll('rect[stroke]')].map((r) => r.getAttribute('stroke'))),
    ]);
    expect(barColours).toEqual([[PALETTE.chartSeries[0]], [PALETTE.chartSeries[1]]]);
    const key = within(screen.getByRole('list', { name: 'Series' }));
    expect(key.getByText(/Azerbaijan State Customs Committee/)).toBeTruthy();
    expect(key.getByText(/Kazakhstan Bureau of National Statistics/)).toBeTruthy();
  });

  it('shows each figure’s note led by its value, with the sources it cites linked', () => {
    render(TradeChart, { props: { figures: inChart('trade') }, context: contextFor(context) });
    const note = screen.getByText(/not comparable one-to-one/).closest('li')!;
    expect(plain(note.textContent)).toMatch(/^2023, \$529\.4 million: Kazakh statistics/);
    expect(
      within(note).getByRole('link', { name: 'AZERTAC, 14 October 2025' }).getAttribute('href'),
    ).toBe('https://azertag.az/en/test');
  });

  it('draws a part-year as a dashed outline and a whole year solid', () => {
    render(TradeChart, { props: { figures: inChart('trade') }, context: contextFor(context) });
    const bars = marks('g.series-block rect[stroke-dasharray]');
    expect(bars).toHaveLength(1);
    expect(bars[0]!.getAttribute('fill')).toBe('none');
  });
});

describe('investment chart', () => {
  it('groups every published total by direction, each labelled with who gave it', () => {
    render(InvestmentChart, {
      props: { figures: inChart('investment') },
      context: contextFor(context),
    });
    expect(chart().getAttribute('aria-label')).toBe(
      'Investment between the two countries, every published total by direction. Azerbaijan → Kazakhstan: Azerbaijani investment in Kazakhstan, cumulative to October 2025: $225 million. Kazakhstan → Azerbaijan: Kazakh investment in Azerbaijan, cumulative to October 2025: $136 million.',
    );
    expect(within(chart()).getByText('$225 million · article')).toBeTruthy();
    expect(screen.getByText('Source: News.Az, 21 October 2025, paragraph 2')).toBeTruthy();
  });
});

describe('corridor volume chart', () => {
  it('shows every series’ value in its own mark and says where they disagree', () => {
    render(VolumeChart, { props: { figures: inChart('volume') }, context: contextFor(context) });
    expect(screen.getByText('3.3 · 4.5')).toBeTruthy();
    expect(screen.getByText(/Sources disagree for 2024/)).toBeTruthy();
    // Two series: told apart by shape as well as colour.
    expect(marks('circle')).toHaveLength(1);
    expect(marks('rect')).toHaveLength(1);
    expect(marks('circle')[0]!.getAttribute('fill')).not.toBe(
      marks('rect')[0]!.getAttribute('fill'),
    );
    expect(chart().getAttribute('aria-label')).toContain(
      '2024: 4.5 million tonnes (Trend, 16 June 2025)',
    );
  });
});
