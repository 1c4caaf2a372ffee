// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { corridor } from '../../src/data/index.ts';
import InvestmentChart from '../../src/panel/charts/InvestmentChart.svelte';
import TradeChart from '../../src/panel/charts/TradeChart.svelte';
import VolumeChart from '../../src/panel/charts/VolumeChart.svelte';
import { isCorridorVolume, isInvestment, isTrade } from '../../src/panel/figure-groups.ts';

const chart = () => screen.getByRole('img');

afterEach(cleanup);

describe('trade chart', () => {
  it('shows the article’s turnover with its periods and the eight-month caveat', () => {
    render(TradeChart, { figures: corridor.figures.filter(isTrade) });
    const name = chart().getAttribute('aria-label') ?? '';
    expect(name).toContain('2024: $470 million (the article)');
    expect(name).toContain(
      'January–August 2025: $547 million, about $68.4 million a month (the article)',
    );
    const svg = within(chart().parentElement!);
    expect(svg.getByText('$470 million')).toBeTruthy();
    expect(svg.getByText('$547 million')).toBeTruthy();
    expect(svg.getByText('Jan–Aug 2025')).toBeTruthy();
    expect(svg.getByText('8 months · ≈$68.4 million/mo')).toBeTruthy();
    expect(screen.getByText(/January–August 2025 is eight months/)).toBeTruthy();
    expect(screen.getByText('USD million · 2019 to Jan–Aug 2025')).toBeTruthy();
  });

  it('shows both values where sources disagree on 2023', () => {
    render(TradeChart, { figures: corridor.figures.filter(isTrade) });
    expect(screen.getByText('$529.4 million')).toBeTruthy();
    expect(screen.getByText('$598.47 million')).toBeTruthy();
    expect(screen.getByText(/^Source: News\.Az, 21 October 2025, paragraph 10;/)).toBeTruthy();
  });
});

describe('investment chart', () => {
  it('puts the two flows side by side with unit and source', () => {
    render(InvestmentChart, { figures: corridor.figures.filter(isInvestment) });
    expect(chart().getAttribute('aria-label')).toBe(
      'Investment between the two countries. Azerbaijani investment in Kazakhstan: $225 million; Kazakh investment in Azerbaijan: $136 million.',
    );
    expect(screen.getByText('Azerbaijan → Kazakhstan')).toBeTruthy();
    expect(screen.getByText('Kazakhstan → Azerbaijan')).toBeTruthy();
    expect(screen.getByText('Source: News.Az, 21 October 2025, paragraph 10')).toBeTruthy();
  });
});

describe('corridor volume chart', () => {
  it('shows every source’s value per year and says where they disagree', () => {
    render(VolumeChart, { figures: corridor.figures.filter(isCorridorVolume) });
    expect(screen.getByText('2.7 · 2.75 · 3')).toBeTruthy();
    expect(screen.getByText('1.48 · 1.7')).toBeTruthy();
    expect(screen.getByText(/Sources disagree for 2022 and 2023/)).toBeTruthy();
    const name = chart().getAttribute('aria-label') ?? '';
    expect(name).toContain('2024: 4.5 million tonnes (Trend, 16 June 2025)');
  });
});
