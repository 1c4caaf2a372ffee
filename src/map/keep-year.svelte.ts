/**
 * Keeps the map showing the corridor as it stood in a year (the timeline's, or a tour step's):
 * every segment and hub that had not opened yet carries the feature-state `notYet`, which the
 * style fades. Without a year nothing is faded.
 */
import type { Map } from 'maplibre-gl';
import type { Corridor } from '../data/corridor-index.ts';
import { notYetOpen } from '../data/timeline/years.ts';
import { SOURCE } from './ids.ts';

export function keepYear(live: () => Map | null, year: () => number | null, corridor: Corridor) {
  /** Whether any place is faded now: a first view without a year sets no state at all. */
  let faded = false;
  $effect(() => {
    const m = live();
    const y = year();
    const timeline = corridor.timeline;
    if (!m || !timeline || (y === null && !faded)) return;
    const later = y === null ? null : notYetOpen(timeline, y);
    for (const { id } of corridor.data.segments)
      m.setFeatureState({ source: SOURCE.route, id }, { notYet: later?.segments.has(id) ?? false });
    for (const { id } of corridor.data.hubs)
      m.setFeatureState({ source: SOURCE.hubs, id }, { notYet: later?.hubs.has(id) ?? false });
    faded = later !== null;
  });
}
