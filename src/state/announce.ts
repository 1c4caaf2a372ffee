/** What the live region says when something is selected, e.g. "Caspian ferry: Aktau – Alat, …". */
import { hubById, segmentById } from '../data/index.ts';
import { countryName, formatKm, KIND_LABEL } from '../data/format.ts';
import type { Selection } from './url.ts';

export function announce(selection: Selection | null): string {
  if (!selection) return '';
  if (selection.kind === 'segment') {
    const segment = segmentById(selection.id);
    if (!segment) return '';
    const from = hubById(segment.from)?.name ?? segment.from;
    const to = hubById(segment.to)?.name ?? segment.to;
    return `${segment.name}, ${from} to ${to}, ${segment.mode}, ${formatKm(segment.lengthKm)}`;
  }
  const hub = hubById(selection.id);
  return hub
    ? `${hub.name}, ${KIND_LABEL[hub.kind].toLowerCase()}, ${countryName(hub.country)}`
    : '';
}
