import { describe, expect, it } from 'vitest';
import type { FigureUnit } from '../../src/data/schema.ts';
import { countryName, formatDate, formatKm, formatValue, monthsIn } from '../../src/data/format.ts';

describe('number formatting', () => {
  it.each([
    { args: [470, 'USD million'], expected: '$470 million' },
    { args: [598.47, 'USD million'], expected: '$598.47 million' },
    { args: [4.5, 'million tonnes'], expected: '4.5 million tonnes' },
    { args: [6, 'million tonnes per year'], expected: '6 million tonnes a year' },
    { args: [33600, 'TEU'], expected: '33,600 TEU' },
    { args: [1000000, 'TEU per year'], expected: '1,000,000 TEU a year' },
    { args: [20, 'days', 25], expected: '20–25 days' },
    { args: [18, 'hours'], expected: '18 hours' },
    { args: [7, 'visits'], expected: '7 visits' },
    { args: [50, 'percent'], expected: '50%' },
    { args: [3, 'times'], expected: '3 times' },
    { args: [2017, 'year'], expected: '2017' },
    { args: [4256, 'km'], expected: '4,256 km' },
  ] as { args: [number, FigureUnit, number?]; expected: string }[])(
    'formats $args as "$expected"',
    ({ args, expected }) => {
      expect(formatValue(...args)).toBe(expected);
    },
  );

  it('rounds lengths to whole kilometres', () => {
    expect(formatKm(1436.6)).toBe('1,437 km');
  });
});

describe('periods and dates', () => {
  it.each([
    { period: '2024', expected: 12 },
    { period: 'January–August 2025', expected: 8 },
    { period: 'January–June 2022', expected: 6 },
    { period: 'cumulative, as reported 2025-10', expected: null },
    { period: '2025 forecast', expected: null },
  ])('counts the months in "$period"', ({ period, expected }) => {
    expect(monthsIn(period)).toBe(expected);
  });

  it.each([
    { date: '2025-10-21', expected: '21 October 2025' },
    { date: '2023-07', expected: 'July 2023' },
    { date: '2019', expected: '2019' },
    { date: 'n.d.', expected: 'no date' },
  ])('writes $date as "$expected"', ({ date, expected }) => {
    expect(formatDate(date)).toBe(expected);
  });

  it('names countries, Türkiye as it names itself', () => {
    expect(['KZ', 'AZ', 'GE', 'TR', 'CN'].map(countryName)).toEqual([
      'Kazakhstan',
      'Azerbaijan',
      'Georgia',
      'Türkiye',
      'China',
    ]);
  });
});
