/**
 * The trade chart's words: a period's monthly average (so a part-year compares fairly with whole
 * years) and the whole chart in one sentence for screen readers. Pure, so they are tested without
 * drawing the chart.
 */
import type { Corridor } from '../../data/corridor-index.ts';
import type { Figure } from '../../data/schema.ts';
import type { Format } from '../../i18n/format.ts';
import { monthsIn } from '../../i18n/format.ts';
import type { Messages } from '../../i18n/en.ts';
import type { PeriodRow } from './rows.ts';
import type { SeriesKeyItem } from './series-key.ts';

export interface TradeBlock {
  item: SeriesKeyItem;
  rows: PeriodRow[];
}

/** The value spread over the months it covers, to one decimal; null where the months are unknown. */
export function monthly(figure: Figure, f: Format): string | null {
  const months = monthsIn(figure.period);
  return months ? f.amount(Math.round((figure.value / months) * 10) / 10, figure.unit) : null;
}

/** The line beside a period: its monthly average, and how many months a part-year covers. */
export function periodDetail(figure: Figure | undefined, m: Messages, f: Format): string {
  if (!figure) return '';
  const months = monthsIn(figure.period);
  const perMonth = monthly(figure, f);
  if (!perMonth || !months) return '';
  const t = m.charts.trade;
  return months === 12 ? t.perMonth(perMonth) : `${t.months(months)} · ${t.perMonth(perMonth)}`;
}

/** Every value of every series, with its period, average and whether the article gave it. */
export function tradeLabel(
  blocks: TradeBlock[],
  corridor: Corridor,
  m: Messages,
  f: Format,
): string {
  const t = m.charts.trade;
  const value = (figure: Figure) => {
    const perMonth = monthly(figure, f);
    const average =
      perMonth && monthsIn(figure.period) !== 12 ? `, ${t.aboutPerMonth(perMonth)}` : '';
    const mark = corridor.isArticle(figure.source) ? ` (${m.charts.article})` : '';
    return `${f.period(figure.period)}: ${f.value(figure)}${average}${mark}`;
  };
  const series = blocks.map(
    ({ item, rows }) =>
      `${t.seriesLabel(item.series.label, item.series.measuredBy)}: ` +
      rows.flatMap((row) => row.figures.map(value)).join('; '),
  );
  return `${t.label} ${series.join('. ')}.`;
}
