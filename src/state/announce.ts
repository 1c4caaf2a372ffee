/** What the live region says when something is selected, e.g. "Caspian ferry: Aktau – Alat, …". */
import type { Corridor, Selection } from '../data/corridor-index.ts';
import type { Format } from '../i18n/format.ts';

export function announce(selection: Selection | null, corridor: Corridor, f: Format): string {
  if (!selection) return '';
  const m = f.m;
  if (selection.kind === 'segment') {
    const segment = corridor.segment(selection.id);
    if (!segment) return '';
    const from = corridor.hub(segment.from)?.name ?? segment.from;
    const to = corridor.hub(segment.to)?.name ?? segment.to;
    return m.announce.segment(
      segment.name,
      from,
      to,
      m.modes[segment.mode].toLowerCase(),
      f.km(segment.lengthKm),
    );
  }
  const hub = corridor.hub(selection.id);
  return hub
    ? m.announce.hub(hub.name, m.kinds[hub.kind].toLowerCase(), f.country(hub.country))
    : '';
}
