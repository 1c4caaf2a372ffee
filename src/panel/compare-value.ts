/** A comparison figure's value or range in its unit, in the reader's language ("31–34 days"). */
import type { AlternativeUnit } from '../data/alternatives/figures-schema.ts';
import type { I18n } from '../i18n/i18n.svelte.ts';

export function valueText(
  [low, high]: [number, number],
  unit: AlternativeUnit,
  i18n: I18n,
): string {
  const f = i18n.f;
  const value = low === high ? f.number(low) : `${f.number(low)}–${f.number(high)}`;
  return i18n.m.compare.units[unit](value, high);
}
