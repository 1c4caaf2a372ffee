/** Number, date and name formatting for the panels, all through Intl so output stays consistent. */
import type { FigureUnit, HubKind, SegmentMode } from './schema.ts';

const LOCALE = 'en-GB';
const kilometres = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const plain = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 3 });
const dollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
});
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "1,024 km" – whole kilometres; the drawn geometry is not more precise than that. */
export function formatKm(km: number): string {
  return `${kilometres.format(km)} km`;
}

const UNIT_TEXT: Record<FigureUnit, (n: string) => string> = {
  'USD million': (n) => `${n} million`,
  'million tonnes': (n) => `${n} million tonnes`,
  'million tonnes per year': (n) => `${n} million tonnes a year`,
  TEU: (n) => `${n} TEU`,
  'TEU per year': (n) => `${n} TEU a year`,
  days: (n) => `${n} days`,
  hours: (n) => `${n} hours`,
  km: (n) => `${n} km`,
  visits: (n) => `${n} visits`,
  percent: (n) => `${n}%`,
  times: (n) => `${n} times`,
  year: (n) => n,
  'million passengers per year': (n) => `${n} million passengers a year`,
};

function formatNumber(value: number, unit: FigureUnit): string {
  if (unit === 'year') return String(value);
  if (unit === 'USD million') return dollars.format(value);
  return plain.format(value);
}

/** "$470 million", "4.5 million tonnes", "20–25 days", "33,600 TEU". */
export function formatValue(value: number, unit: FigureUnit, valueHigh?: number): string {
  const low = formatNumber(value, unit);
  if (valueHigh === undefined) return UNIT_TEXT[unit](low);
  const high = unit === 'USD million' ? formatNumber(valueHigh, unit) : plain.format(valueHigh);
  return UNIT_TEXT[unit](`${low}–${high}`);
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * How many months a period covers: "2024" → 12, "January–August 2025" → 8. Null when the period
 * is not a calendar year or a month range (then no monthly average is derived from it).
 */
export function monthsIn(period: string): number | null {
  if (/^\d{4}$/.test(period.trim())) return 12;
  const range = period.toLowerCase().match(/^([a-z]+)\s*[–-]\s*([a-z]+)\s+\d{4}$/);
  if (!range) return null;
  const from = MONTHS.indexOf(range[1] ?? '');
  const to = MONTHS.indexOf(range[2] ?? '');
  return from >= 0 && to >= from ? to - from + 1 : null;
}

/** "21 October 2025", "October 2025", "2025" or "no date" for the source dates in geo/. */
export function formatDate(date: string): string {
  if (date === 'n.d.') return 'no date';
  const [year, month, day] = date.split('-').map(Number);
  if (month === undefined) return String(year);
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', timeZone: 'UTC' };
  if (day !== undefined) options.day = 'numeric';
  return new Intl.DateTimeFormat(LOCALE, options).format(
    new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)),
  );
}

/** "Kazakhstan" for "KZ"; "Türkiye" as the country names itself. */
export function countryName(code: string): string {
  if (code === 'TR') return 'Türkiye';
  return regionNames.of(code) ?? code;
}

export const MODE_LABEL: Record<SegmentMode, string> = {
  rail: 'Railway',
  sea: 'Ferry crossing',
  road: 'Road',
};

export const KIND_LABEL: Record<HubKind, string> = {
  port: 'Port',
  border: 'Border crossing',
  junction: 'Railway junction',
  city: 'City',
};
