/** A comparison figure's value or range in its unit, in the reader's language ("31–34 days"). */
import type { AlternativeUnit } from '../data/alternatives/figures-schema.ts';
import type { Format } from '../i18n/format.ts';
import type { CompareMessages } from '../i18n/compare/en.ts';

export function valueText(
  [low, high]: [number, number],
  unit: AlternativeUnit,
  words: CompareMessages,
  f: Format,
): string {
  const value = low === high ? f.number(low) : `${f.number(low)}–${f.number(high)}`;
  return words.units[unit](value, high);
}
