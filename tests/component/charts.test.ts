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

  it('draws two statistical series in two colours, with a key naming who measured each', () => {
    render(TradeChart, { props: { figures: inChart('trade') }, context: contextFor(context) });
    const fills = [...chart().querySelectorAll('rect')].map((r) => r.getAttribute('stroke'));
    expect(new Set(fills)).toEqual(new Set(PALETTE.chartSeries.slice(0, 2)));
    const key = within(screen.getByRole('list', { name: 'Series' }));
    expect(key.getByText(/Azerbaijan State Customs Committee/)).toBeTruthy();
    expect(key.getByText(/Kazakhstan Bureau of National Statistics/)).toBeTruthy();
    expect(screen.getByText(/not comparable one-to-one/)).toBeTruthy();
  });

  it('draws a part-year as a dashed outline and a whole year solid', () => {
    render(TradeChart, { props: { figures: inChart('trade') }, context: contextFor(context) });
    const dashed = [...chart().querySelectorAll('rect')].map((r) => r.getAttribute('fill'));
    expect(dashed.filter((fill) => fill === 'none')).toHaveLength(1);
  });
});

describe('investment chart', () => {
  it('puts the two flows side by side with their directions, unit and source', () => {
    render(InvestmentChart, {
      props: { figures: inChart('investment') },
      context: contextFor(context),
    });
    expect(chart().getAttribute('aria-label')).toBe(
      'Investment between the two countries. Azerbaijan → Kazakhstan: $225 million; Kazakhstan → Azerbaijan: $136 million.',
    );
    expect(screen.getByText('Source: News.Az, 21 October 2025, paragraph 2')).toBeTruthy();
    expect(screen.getByText(/cumulative to October 2025/)).toBeTruthy();
  });
});

describe('corridor volume chart', () => {
  it('shows every series’ value and says where they disagree', () => {
    render(VolumeChart, { props: { figures: inChart('volume') }, context: contextFor(context) });
    expect(screen.getByText('3.3 · 4.5')).toBeTruthy();
    expect(screen.getByText(/Sources disagree for 2024/)).toBeTruthy();
    const dots = [...chart().querySelectorAll('circle')].map((c) => c.getAttribute('fill'));
    expect(new Set(dots).size).toBe(2);
    expect(chart().getAttribute('aria-label')).toContain(
      '2024: 4.5 million tonnes (Trend, 16 June 2025)',
    );
  });
});
