/**
 * The words of the "Compare routes" view in English, loaded with the view (load.ts): the rest of
 * the interface does not wait for them. Other languages implement `CompareMessages`.
 */
import type {
  AlternativeMeasure,
  AlternativeUnit,
} from '../../data/alternatives/figures-schema.ts';

export const en = {
  intro:
    'Four ways a container travels from China to Europe, each drawn on the map: two by rail across Eurasia, two by sea. The figures are what sources say; where they disagree, every one is shown.',
  claim: 'What the article claims',
  table: 'The routes side by side',
  tableCaption:
    'Distance along the line drawn on the map; for the other columns, the lowest and highest figure any source gives.',
  route: 'Route',
  distance: 'Distance',
  noFigure: 'no source',
  kinds: { rail: 'Railway', sea: 'Sea route' } satisfies Record<'rail' | 'sea', string>,
  drawn: (kind: string, km: string) => `${kind}, ${km} along the line drawn on the map.`,
  measures: {
    'transit-days': 'Transit time',
    'border-crossings': 'Border crossings',
    transshipments: 'Transshipments',
    'cost-per-container': 'Cost per container',
  } satisfies Record<AlternativeMeasure, string>,
  /** A value or range ("31–34") in its unit; `last` is the number its grammar follows. */
  units: {
    days: (value: string) => `${value} days`,
    'border crossings': (value: string) => value,
    transshipments: (value: string) => value,
    'USD per container': (value: string) => `$${value} per container`,
    'percent more than via Russia': (value: string) => `${value}% more than via Russia`,
  } as Record<AlternativeUnit, (value: string, last: number) => string>,
  stretchPeriod: (stretch: string, period: string) => `${stretch}; ${period}`,
  counted: (items: string) => `Counted on the route as drawn: ${items}.`,
  chart: 'Transit time by source',
  chartUnit: 'days',
  caveat: 'What this comparison does not show',
  distances:
    'Distances are measured along the lines drawn here (rail from Xi’an to Duisburg, sea from Shanghai to Rotterdam), not taken from any source. Where a railway is drawn straight from station to station (the Northern route, and the Middle Corridor beyond Türkiye), it reads a few per cent shorter than the track.',
};

export type CompareMessages = typeof en;
