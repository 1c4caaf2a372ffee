/**
 * Sorting a panel's figures into the charts that show them. Pure, so it is tested without a DOM.
 * Charts show the whole series (every source, every period) as soon as a panel lists one of
 * its figures: a reader should see where sources disagree, not only the value one of them gave.
 */
import type { Figure } from '../data/schema.ts';

export const isTrade = (f: Figure) => f.measure.startsWith('kz-az-trade-');
export const isInvestment = (f: Figure) => /investment-in-(kz|az)/.test(f.measure);
/** Full-year corridor volumes and forecasts, e.g. `titr-cargo-2023`, `titr-cargo-2025-forecast`. */
export const isCorridorVolume = (f: Figure) => /^titr-cargo-\d{4}(-forecast)?$/.test(f.measure);

export interface FigureGroups {
  trade: Figure[];
  investment: Figure[];
  volume: Figure[];
  /** Everything else, grouped by what is measured so disagreeing sources sit together. */
  others: Figure[][];
}

/** A row of a chart: one measure and period, with one figure per source. */
export interface Row {
  measure: string;
  period: string;
  figures: Figure[];
}

export function rowsByMeasure(figures: Figure[]): Row[] {
  const rows = new Map<string, Row>();
  for (const f of figures) {
    const row = rows.get(f.measure) ?? { measure: f.measure, period: f.period, figures: [] };
    row.figures.push(f);
    rows.set(f.measure, row);
  }
  return [...rows.values()];
}

export function groupFigures(listed: Figure[], all: Figure[]): FigureGroups {
  const whole = (test: (f: Figure) => boolean) => (listed.some(test) ? all.filter(test) : []);
  const charted = (f: Figure) => isTrade(f) || isInvestment(f) || isCorridorVolume(f);
  return {
    trade: whole(isTrade),
    investment: whole(isInvestment),
    volume: whole(isCorridorVolume),
    others: rowsByMeasure(listed.filter((f) => !charted(f))).map((r) => r.figures),
  };
}

/** Chronological order of periods like "2019", "January–June 2022", "2025 forecast". */
export function periodSortKey(period: string): number {
  const year = Number(period.match(/\d{4}/)?.[0] ?? 9999);
  const months = period.match(/^([A-Za-z]+)\s*[–-]\s*([A-Za-z]+)/);
  const partial = months ? MONTH_ABBREVIATIONS.indexOf((months[2] ?? '').slice(0, 3)) + 1 : 12;
  return year * 100 + (period.includes('forecast') ? 50 : partial);
}

const MONTH_ABBREVIATIONS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** "January–August 2025" → "Jan–Aug 2025", short enough for a chart row. */
export function shortPeriod(period: string): string {
  return period.replace(
    /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
    (month) => month.slice(0, 3),
  );
}
