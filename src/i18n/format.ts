/**
 * Numbers, dates, periods, units and names in the reader's language, all through `Intl` with the
 * catalogue's locale, so every panel, chart and announcement formats the same way.
 */
import type { Figure, FigureUnit, Period } from '../data/schema.ts';
import type { Messages } from './en.ts';

/** A date as geo/ writes it: "2025", "2025-10" or "2025-10-21"; or "n.d." for none. */
function parseDate(date: string): { at: Date; precision: 'year' | 'month' | 'day' } | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return null;
  const [, year, month, day] = match;
  return {
    at: new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1))),
    precision: day ? 'day' : month ? 'month' : 'year',
  };
}

/** Months a period covers, for monthly averages: a year is 12, January–August is 8, else null. */
export function monthsIn(period: Period): number | null {
  if (period.kind === 'year') return 12;
  if (period.kind !== 'part-year' || !period.start || !period.end) return null;
  const [fromYear = 0, fromMonth = 0] = period.start.split('-').map(Number);
  const [toYear = 0, toMonth = 0] = period.end.split('-').map(Number);
  const months = (toYear - fromYear) * 12 + toMonth - fromMonth + 1;
  return months > 0 ? months : null;
}

/**
 * Chronological order of periods: by the date they end (or start), a forecast after the actual
 * figure of the same year, undated last.
 */
export function periodOrder(period: Period): number {
  const date = period.end ?? period.start ?? period.stated;
  if (!date) return Number.MAX_SAFE_INTEGER;
  const [year = 0, month = 12, day = 31] = date.split('-').map(Number);
  const late = period.kind === 'forecast' || period.kind === 'target' ? 1 : 0;
  return ((year * 100 + month) * 100 + day) * 2 + late;
}

/**
 * What a browser's `Intl` may lack for a language: Chromium's trimmed ICU has no Kazakh or
 * Azerbaijani data and falls back to "2025 M10 21" and "4,523.5". A catalogue that gives these
 * words is formatted with them in every browser, so all readers see the same.
 */
export interface CalendarWords {
  /** A locale with the same digits and separators, for numbers ("4 523,5"). */
  numberLocale: string;
  /** January to December, as they stand in a date. */
  months: readonly string[];
  day: (day: number, month: string, year: number) => string;
  month: (month: string, year: number) => string;
  /** Two months of one year: "2025 ж. қаңтар – тамыз". */
  monthRange: (from: string, to: string, year: number) => string;
  /** The word joining the last two items of a list. */
  and: string;
}

export class Format {
  readonly m: Messages;
  // Each formatter is made when first used: making one loads the locale's data, and the six of
  // them together took tens of milliseconds of the start-up, where most are not needed yet.
  readonly #integer: () => Intl.NumberFormat;
  readonly #number: () => Intl.NumberFormat;
  readonly #month: () => Intl.DateTimeFormat;
  readonly #day: () => Intl.DateTimeFormat;
  readonly #regions: () => Intl.DisplayNames;
  readonly #list: () => Intl.ListFormat;

  readonly #words: CalendarWords | null;

  constructor(messages: Messages) {
    this.m = messages;
    const locale = messages.locale;
    this.#words = messages.calendar;
    const numbers = this.#words?.numberLocale ?? locale;
    this.#integer = once(() => new Intl.NumberFormat(numbers, { maximumFractionDigits: 0 }));
    this.#number = once(() => new Intl.NumberFormat(numbers, { maximumFractionDigits: 3 }));
    this.#month = once(
      () => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    );
    this.#day = once(
      () =>
        new Intl.DateTimeFormat(locale, {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        }),
    );
    this.#regions = once(() => new Intl.DisplayNames([locale], { type: 'region' }));
    this.#list = once(() => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));
  }

  number(value: number): string {
    return this.#number().format(value);
  }

  /** "1,024 km": whole kilometres; the drawn geometry is not more precise than that. */
  km(km: number): string {
    return this.m.km(this.#integer().format(km));
  }

  /** "$470 million", "4.5 million tonnes", "20–25 days". */
  value(figure: Pick<Figure, 'value' | 'unit' | 'valueHigh'>): string {
    return this.amount(figure.value, figure.unit, figure.valueHigh);
  }

  amount(value: number, unit: FigureUnit, high?: number): string {
    const show = (n: number) => (unit === 'year' ? String(n) : this.#number().format(n));
    const text = high === undefined ? show(value) : this.m.range(show(value), show(high));
    return this.m.units[unit](text);
  }

  /** "21 October 2025", "October 2025", "2025"; "no date" for "n.d.". */
  date(date: string): string {
    const parsed = parseDate(date);
    if (!parsed) return this.m.period.noDate;
    if (parsed.precision === 'year') return String(parsed.at.getUTCFullYear());
    const words = this.#words;
    if (words) {
      const { at } = parsed;
      const month = words.months[at.getUTCMonth()] ?? '';
      return parsed.precision === 'day'
        ? words.day(at.getUTCDate(), month, at.getUTCFullYear())
        : words.month(month, at.getUTCFullYear());
    }
    return (parsed.precision === 'day' ? this.#day() : this.#month()).format(parsed.at);
  }

  /** "January – August 2025", "as of December 2024", "2030 target", "initial, as of …". */
  period(period: Period): string {
    const p = this.m.period;
    const date = (value: string | undefined) => (value ? this.date(value) : '');
    let label: string;
    switch (period.kind) {
      case 'year':
      case 'event':
        label = date(period.end);
        break;
      case 'part-year': {
        const start = parseDate(period.start ?? '');
        const end = parseDate(period.end ?? '');
        label =
          start && end && period.start !== period.end
            ? this.#monthRange(start.at, end.at)
            : date(period.end);
        break;
      }
      case 'span':
        label = this.m.range(date(period.start), date(period.end));
        break;
      case 'cumulative':
        label = period.start
          ? p.cumulativeFrom(date(period.start), date(period.end))
          : p.cumulative(date(period.end));
        break;
      case 'as-of':
        label = p.asOf(date(period.end));
        break;
      case 'from':
        label = p.from(date(period.start));
        break;
      case 'forecast':
        label = p.forecast(date(period.end));
        break;
      case 'target':
        label = period.end ? p.target(date(period.end)) : p.targetUndated;
        break;
      case 'planned':
        label = period.end ? p.planned(date(period.end)) : p.plannedUndated;
        break;
      case 'undated':
        label = p.undated;
        break;
    }
    if (period.stated && !period.end) label = p.stated(label, date(period.stated));
    return period.stage ? p.withStage(p.stages[period.stage], label) : label;
  }

  /** "January – August 2025", "November 2024 – February 2025". */
  #monthRange(from: Date, to: Date): string {
    const words = this.#words;
    if (!words) return this.#month().formatRange(from, to);
    const name = (d: Date) => words.months[d.getUTCMonth()] ?? '';
    return from.getUTCFullYear() === to.getUTCFullYear()
      ? words.monthRange(name(from), name(to), to.getUTCFullYear())
      : this.m.range(
          words.month(name(from), from.getUTCFullYear()),
          words.month(name(to), to.getUTCFullYear()),
        );
  }

  /** "Kazakhstan" for "KZ", in the reader's language. */
  country(code: string): string {
    return this.m.countryNames[code] ?? this.#regions().of(code) ?? code;
  }

  /** "Kazakhstan, Azerbaijan and Georgia". */
  list(items: string[]): string {
    const words = this.#words;
    if (!words || items.length < 2) return this.#list().format(items);
    return `${items.slice(0, -1).join(', ')} ${words.and} ${items.at(-1)}`;
  }
}

/** `make`'s result, made on the first call and kept. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}
