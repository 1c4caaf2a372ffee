/**
 * The words of the timeline view in English, loaded with the view (load.ts): the rest of the
 * interface does not wait for them. Other languages implement `TimelineMessages`.
 */
export const en = {
  intro: (from: string) =>
    `Choose a year, or press play, to see the corridor as it stood in that year, from ${from} to today. On the map, what had not opened yet is faded.`,
  year: 'Year',
  previous: 'Previous year',
  next: 'Next year',
  play: 'Play',
  pause: 'Pause',
  /** `open` and `total` are formatted numbers; `count` is `open` as a number, for its grammar. */
  inService: (year: string, open: string, total: string, count: number) =>
    `In ${year}, ${open} of the route’s ${total} sections ${count === 1 ? 'was' : 'were'} in service.`,
  opened: (year: string) => `Opened in ${year}`,
  events: (year: string) => `What happened in ${year}`,
  noEvents: 'No event on record for this year.',
  cargoNote:
    'Every figure from every source, as published; sources count different things, so their values differ.',
  caveat: 'What this timeline does not show',
  olderLines:
    'A line in service long before the first year is dated by the railway it belongs to. Upgrades such as a second track are events: the line is shown as open before them.',
  undated: (places: string) =>
    `Opening date not found in any source we read: ${places}. Drawn as in service every year.`,
};

export type TimelineMessages = typeof en;
