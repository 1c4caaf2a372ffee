/** Chart rows: the figures of one period side by side, periods in time order. */
import type { Figure, Period } from '../../data/schema.ts';
import { periodOrder } from '../../i18n/format.ts';

export interface PeriodRow {
  key: string;
  period: Period;
  figures: Figure[];
}

export function rowsByPeriod(figures: Figure[]): PeriodRow[] {
  const rows = new Map<string, PeriodRow>();
  for (const figure of figures) {
    const key = JSON.stringify(figure.period);
    const row = rows.get(key) ?? { key, period: figure.period, figures: [] };
    row.figures.push(figure);
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => periodOrder(a.period) - periodOrder(b.period));
}
