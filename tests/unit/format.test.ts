import { describe, expect, it } from 'vitest';
import type { FigureUnit, Period } from '../../src/data/schema.ts';
import { en } from '../../src/i18n/en.ts';
import { Format, monthsIn, periodOrder } from '../../src/i18n/format.ts';

const f = new Format(en);
/** Intl puts thin spaces around the dash of a month range; compare with plain spaces. */
const plain = (text: string) => text.replace(/\s+/gu, ' ');

describe('values with their units', () => {
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
    { args: [1.5, 'million passengers per year'], expected: '1.5 million passengers a year' },
  ] as { args: [number, FigureUnit, number?]; expected: string }[])(
    'formats $args as "$expected"',
    ({ args, expected }) => {
      expect(f.amount(...args)).toBe(expected);
    },
  );

  it('rounds lengths to whole kilometres', () => {
    expect(f.km(1436.6)).toBe('1,437 km');
  });
});

describe('periods', () => {
  it.each([
    { period: { kind: 'year', end: '2024' }, expected: '2024' },
    {
      period: { kind: 'part-year', start: '2025-01', end: '2025-08' },
      expected: 'January – August 2025',
    },
    { period: { kind: 'part-year', start: '2024-03', end: '2024-03' }, expected: 'March 2024' },
    { period: { kind: 'cumulative', end: '2025-10' }, expected: 'cumulative to October 2025' },
    {
      period: { kind: 'cumulative', start: '2005', end: '2025-10' },
      expected: 'cumulative, 2005 to October 2025',
    },
    {
      period: { kind: 'span', start: '2022-11', end: '2025-10' },
      expected: 'November 2022–October 2025',
    },
    { period: { kind: 'as-of', end: '2024-12' }, expected: 'as of December 2024' },
    { period: { kind: 'from', start: '2016-12' }, expected: 'from December 2016' },
    { period: { kind: 'event', end: '2014-08-22' }, expected: '22 August 2014' },
    { period: { kind: 'forecast', end: '2025' }, expected: '2025 forecast' },
    { period: { kind: 'target', end: '2030' }, expected: 'target for 2030' },
    { period: { kind: 'target', stated: '2024-12' }, expected: 'target (stated December 2024)' },
    { period: { kind: 'planned', stated: '2016-08' }, expected: 'planned (stated August 2016)' },
    { period: { kind: 'undated', stage: 'phase-1' }, expected: 'phase 1, undated' },
    {
      period: { kind: 'as-of', end: '2017-10', stage: 'initial' },
      expected: 'initial, as of October 2017',
    },
  ] as { period: Period; expected: string }[])(
    'writes $period as "$expected"',
    ({ period, expected }) => {
      expect(plain(f.period(period))).toBe(expected);
    },
  );

  it.each([
    { period: { kind: 'year', end: '2024' }, expected: 12 },
    { period: { kind: 'part-year', start: '2025-01', end: '2025-08' }, expected: 8 },
    { period: { kind: 'part-year', start: '2022-01', end: '2022-06' }, expected: 6 },
    { period: { kind: 'cumulative', end: '2025-10' }, expected: null },
    { period: { kind: 'forecast', end: '2025' }, expected: null },
  ] as { period: Period; expected: number | null }[])(
    'counts the months of $period as $expected',
    ({ period, expected }) => {
      expect(monthsIn(period)).toBe(expected);
    },
  );

  it('orders periods by time, a forecast after the year’s outturn, undated last', () => {
    const periods: Period[] = [
      { kind: 'undated' },
      { kind: 'forecast', end: '2025' },
      { kind: 'part-year', start: '2025-01', end: '2025-08' },
      { kind: 'year', end: '2019' },
      { kind: 'year', end: '2025' },
    ];
    const sorted = [...periods].sort((a, b) => periodOrder(a) - periodOrder(b));
    expect(sorted.map((p) => plain(f.period(p)))).toEqual([
      '2019',
      'January – August 2025',
      '2025',
      '2025 forecast',
      'undated',
    ]);
  });
});

describe('dates and names', () => {
  it.each([
    { date: '2025-10-21', expected: '21 October 2025' },
    { date: '2023-07', expected: 'July 2023' },
    { date: '2019', expected: '2019' },
    { date: 'n.d.', expected: 'no date' },
  ])('writes $date as "$expected"', ({ date, expected }) => {
    expect(f.date(date)).toBe(expected);
  });

  it('names countries, Türkiye as it names itself, and joins lists', () => {
    expect(['KZ', 'AZ', 'GE', 'TR', 'CN'].map((c) => f.country(c))).toEqual([
      'Kazakhstan',
      'Azerbaijan',
      'Georgia',
      'Türkiye',
      'China',
    ]);
    expect(f.list(['2022', '2023'])).toBe('2022 and 2023');
  });
});

describe('edges of periods and names', () => {
  it.each([
    { period: { kind: 'target' }, expected: 'target' },
    { period: { kind: 'planned' }, expected: 'planned' },
    { period: { kind: 'planned', end: '2027' }, expected: 'planned for 2027' },
    { period: { kind: 'target', end: '2030', stated: '2024-12' }, expected: 'target for 2030' },
    { period: { kind: 'part-year', start: '2025-01', end: 'n.d.' }, expected: 'no date' },
  ] as { period: Period; expected: string }[])(
    'writes $period as "$expected"',
    ({ period, expected }) => {
      expect(plain(f.period(period))).toBe(expected);
    },
  );

  it('counts no months for a part-year that ends before it starts', () => {
    expect(monthsIn({ kind: 'part-year', start: '2025-08', end: '2025-01' })).toBeNull();
    expect(monthsIn({ kind: 'part-year', start: '2025-08' })).toBeNull();
    expect(monthsIn({ kind: 'part-year', start: '2024-11', end: '2025-02' })).toBe(4);
  });

  it('orders a year after its months and days, a target after its year, by the stated date last', () => {
    const periods: Period[] = [
      { kind: 'target', end: '2030' },
      { kind: 'planned', stated: '2016-08' },
      { kind: 'year', end: '2030' },
      { kind: 'as-of', end: '2030-11' },
      { kind: 'event', end: '2030-11-30' },
      { kind: 'from', start: '2020-05' },
    ];
    const sorted = [...periods].sort((a, b) => periodOrder(a) - periodOrder(b));
    expect(sorted.map((p) => plain(f.period(p)))).toEqual([
      'planned (stated August 2016)',
      'from May 2020',
      '30 November 2030',
      'as of November 2030',
      '2030',
      'target for 2030',
    ]);
  });

  it('names a country the catalogue does not, through Intl, and an unknown code as itself', () => {
    expect(f.country('FR')).toBe('France');
    expect(f.country('XZ')).toBe('XZ');
    expect(f.number(1234.56789)).toBe('1,234.568');
  });
});

describe('a catalogue with its own calendar words', () => {
  // Words no Intl would produce, so the test tells them from Intl's in any runtime (Node has
  // Kazakh and Azerbaijani data that Chromium's trimmed ICU lacks).
  const words = new Format({
    ...en,
    calendar: {
      numberLocale: 'de',
      months: ['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7', 'M8', 'M9', 'M10', 'M11', 'M12'],
      day: (day, month, year) => `${day}/${month}/${year}`,
      month: (month, year) => `${month}/${year}`,
      monthRange: (from, to, year) => `${from}..${to}/${year}`,
      and: 'und',
    },
  });

  it('writes dates, month ranges, numbers and lists with them', () => {
    expect(words.date('2025-10-21')).toBe('21/M10/2025');
    expect(words.date('2025-10')).toBe('M10/2025');
    expect(words.date('2025')).toBe('2025');
    expect(words.period({ kind: 'part-year', start: '2025-01', end: '2025-08' })).toBe(
      'M1..M8/2025',
    );
    expect(plain(words.period({ kind: 'part-year', start: '2024-11', end: '2025-02' }))).toBe(
      'M11/2024–M2/2025',
    );
    // One month is that month, not a range.
    expect(words.period({ kind: 'part-year', start: '2025-03', end: '2025-03' })).toBe('M3/2025');
    expect(words.number(4523.5)).toBe('4.523,5');
    expect(words.list(['A', 'B', 'C'])).toBe('A, B und C');
    expect(words.list(['A', 'B'])).toBe('A und B');
    expect(words.list(['A'])).toBe('A');
  });
});

describe('dates and periods that are not what geo/ writes', () => {
  it.each(['c. 2025', '2025-10-21T00:00', '25-10', ''])('shows "%s" as no date', (date) => {
    expect(f.date(date)).toBe('no date');
  });

  it('counts months only for years and parts of a year, never none or fewer', () => {
    expect(monthsIn({ kind: 'span', start: '2025-01', end: '2025-03' })).toBeNull();
    expect(monthsIn({ kind: 'part-year', start: '2025-08', end: '2025-07' })).toBeNull();
    expect(monthsIn({ kind: 'part-year', start: '2025-08', end: '2025-08' })).toBe(1);
  });

  it('orders by day within a month and by month across them, a forecast before the next day', () => {
    const periods: Period[] = [
      { kind: 'as-of', end: '2025-11-01' },
      { kind: 'event', end: '2025-10-21' },
      { kind: 'forecast', end: '2025-10-20' },
    ];
    const sorted = [...periods].sort((a, b) => periodOrder(a) - periodOrder(b));
    expect(sorted.map((p) => p.kind)).toEqual(['forecast', 'event', 'as-of']);
  });
});
