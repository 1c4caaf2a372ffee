/** The legend's items, shared by the legend beside the map and the downloaded image. */
import type { Messages } from '../i18n/en.ts';
import { PALETTE } from '../theme/palette.ts';

export interface LegendItem {
  label: string;
  color: string;
  kind: 'line' | 'dash' | 'dot';
  /** Drawn smaller, as junctions are on the map. */
  small?: boolean;
}

/** The ferry's dash on screen and in the image, as the map draws it (2 on, 1.2 off, × width). */
export const FERRY_DASH = [6, 3.6];

export function legendItems(m: Messages): LegendItem[] {
  const l = m.legend;
  return [
    { label: l.rail, color: PALETTE.rail, kind: 'line' },
    { label: l.ferry, color: PALETTE.sea, kind: 'dash' },
    { label: l.port, color: PALETTE.port, kind: 'dot' },
    { label: l.border, color: PALETTE.borderHub, kind: 'dot' },
    { label: l.junction, color: PALETTE.junction, kind: 'dot', small: true },
    { label: l.city, color: PALETTE.city, kind: 'dot' },
  ];
}
