import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorridor, type RawGeoFiles } from '../../src/data/corridor.ts';
import { GEO_FILE_NAMES, readGeoFolder } from '../../src/data/read-geo.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/geo-valid');

/** A fresh, mutable copy of the valid fixture. */
function validFiles(): RawGeoFiles {
  return Object.fromEntries(
    Object.entries(GEO_FILE_NAMES).map(([key, name]) => [
      key,
      JSON.parse(readFileSync(join(FIXTURE, name), 'utf8')),
    ]),
  ) as unknown as RawGeoFiles;
}

type Files = {
  route: {
    features: {
      id: string;
      properties: Record<string, unknown>;
      geometry: { coordinates: number[][] };
    }[];
  };
  hubs: {
    features: {
      id: string;
      properties: Record<string, unknown>;
      geometry: { coordinates: number[] };
    }[];
  };
  figures: Record<string, unknown>[];
  sources: Record<string, unknown>[];
  flows: Record<string, unknown>[];
  article: Record<string, unknown>;
  context: { segments: Record<string, Record<string, unknown>>; hubs: Record<string, unknown> };
  tour: { steps: Record<string, unknown>[] };
};

const cases: { name: string; breakIt: (f: Files) => void; expected: string[] }[] = [
  {
    name: 'an unknown mode',
    breakIt: (f) => (f.route.features[1]!.properties['mode'] = 'plane'),
    expected: [
      'geo/route.geojson: feature "aktau-alat": properties.mode: Invalid option: expected one of "rail"|"sea"|"road"',
    ],
  },
  {
    name: 'a from hub that does not exist',
    breakIt: (f) => (f.route.features[0]!.properties['from'] = 'atlantis'),
    expected: [
      'geo/route.geojson: feature "mangyshlak-aktau": properties.from: hub "atlantis" is not in geo/hubs.geojson',
    ],
  },
  {
    name: 'two features with one id',
    breakIt: (f) => {
      f.hubs.features[1]!.id = 'aktau';
      f.hubs.features[1]!.properties['id'] = 'aktau';
    },
    expected: [
      'geo/hubs.geojson: feature "aktau": id: is used by another feature in this file',
      'geo/route.geojson: feature "mangyshlak-aktau": properties.from: hub "mangyshlak" is not in geo/hubs.geojson',
      'geo/context.json: hubs "mangyshlak": (key): no hub has this id',
      'geo/tour.json: step 5 "five": target.id: hub "mangyshlak" is not in geo/hubs.geojson',
    ],
  },
  {
    name: 'segments that do not meet at their hub',
    breakIt: (f) => (f.route.features[1]!.geometry.coordinates[0] = [51.2, 43.6]),
    expected: [
      'geo/route.geojson: feature "aktau-alat": geometry.coordinates: first position [51.2,43.6] is not exactly hub "aktau" at [51.15,43.65]',
    ],
  },
  {
    name: 'a latitude out of range',
    breakIt: (f) => (f.hubs.features[2]!.geometry.coordinates = [49.45, 139.95]),
    expected: ['geo/hubs.geojson: feature "alat": geometry.coordinates.1: latitude above 90'],
  },
  {
    name: 'a hub far from the route',
    breakIt: (f) => {
      f.hubs.features.push({
        id: 'baku',
        properties: { id: 'baku', name: 'Baku', kind: 'city', country: 'AZ', sources: ['x'] },
        geometry: { type: 'Point', coordinates: [49.86, 40.4] },
        type: 'Feature',
      } as never);
      f.context.hubs['baku'] = f.context.hubs['alat'];
    },
    expected: [
      'geo/hubs.geojson: feature "baku": geometry.coordinates: 41.8 km from the route; a hub must lie within 2 km of a segment',
    ],
  },
  {
    name: 'a railway drawn as a long straight chord',
    breakIt: (f) => {
      const rail = f.route.features[0]!;
      rail.properties['to'] = 'alat';
      rail.geometry.coordinates = [
        [51.35, 43.7],
        [49.45, 39.95],
      ];
    },
    expected: [
      'geo/route.geojson: feature "mangyshlak-aktau": geometry.coordinates[0]: 445.7 km to the next vertex; on land a line needs a vertex at least every 30 km',
    ],
  },
  {
    name: 'a figure without a unit',
    breakIt: (f) => delete f.figures[5]!['unit'],
    expected: [
      'geo/figures.json: item "titr-cargo-2024": unit: must be one of: USD million, million tonnes, million tonnes per year, TEU, TEU per year, days, hours, km, visits, percent, times, year, million passengers per year',
    ],
  },
  {
    name: 'a figure without a period',
    breakIt: (f) => delete f.figures[0]!['period'],
    expected: [
      'geo/figures.json: item "trade-2024-article": period: Invalid input: expected object, received undefined',
    ],
  },
  {
    name: 'a part-year without its start',
    breakIt: (f) => delete (f.figures[1]!['period'] as Record<string, unknown>)['start'],
    expected: [
      'geo/figures.json: item "trade-2025-jan-aug-article": period.start: a "part-year" period needs it',
    ],
  },
  {
    name: 'a year that ends in a month',
    breakIt: (f) => (f.figures[0]!['period'] = { kind: 'year', end: '2024-05' }),
    expected: [
      'geo/figures.json: item "trade-2024-article": period.end: a "year" period ends in a year (YYYY)',
    ],
  },
  {
    name: 'a period that ends before it starts',
    breakIt: (f) =>
      (f.figures[1]!['period'] = { kind: 'part-year', start: '2025-08', end: '2025-01' }),
    expected: [
      'geo/figures.json: item "trade-2025-jan-aug-article": period.end: is before the start',
    ],
  },
  {
    name: 'a figure of an unknown series',
    breakIt: (f) => (f.figures[5]!['series'] = 'gossip'),
    expected: [
      'geo/figures.json: item "titr-cargo-2024": series: "gossip" is not in geo/series.json',
    ],
  },
  {
    name: 'a figure whose unit differs from its series’ other figures',
    breakIt: (f) => (f.figures[1]!['unit'] = 'TEU'),
    expected: [
      'geo/figures.json: item "trade-2025-jan-aug-article": unit: "TEU" differs from the "USD million" of other figures in series "trade-az-customs"',
    ],
  },
  {
    name: 'a segment in a group that is not listed',
    breakIt: (f) => (f.route.features[0]!.properties['group'] = 'atlantis'),
    expected: [
      'geo/route.geojson: feature "mangyshlak-aktau": properties.group: "atlantis" is not in geo/groups.json',
    ],
  },
  {
    name: 'an investment arrow for a figure with no direction',
    breakIt: (f) => (f.flows[0]!['figure'] = 'trade-2024-article'),
    expected: ['geo/flows.json: flow #1: figure: "trade-2024-article" has no direction to draw'],
  },
  {
    name: 'a headline figure that does not exist',
    breakIt: (f) => (f.article['headlineFigures'] = ['gdp-2030']),
    expected: [
      'geo/article.json: article: headlineFigures[0]: "gdp-2030" is not in geo/figures.json',
    ],
  },
  {
    name: 'a figure from an unknown source',
    breakIt: (f) => (f.figures[5]!['source'] = 'rumour'),
    expected: [
      'geo/figures.json: item "titr-cargo-2024": source: "rumour" is not in geo/sources.json',
    ],
  },
  {
    name: 'an article figure without its paragraph',
    breakIt: (f) => delete f.figures[0]!['paragraph'],
    expected: [
      'geo/figures.json: item "trade-2024-article": paragraph: a figure from the article must give its paragraph number',
    ],
  },
  {
    name: 'an unknown figure id in the context',
    breakIt: (f) => (f.context.segments['aktau-alat']!['figures'] = ['gdp-2030']),
    expected: [
      'geo/context.json: segments "aktau-alat": figures[0]: figure "gdp-2030" is not in geo/figures.json',
    ],
  },
  {
    name: 'a segment without context',
    breakIt: (f) => delete f.context.segments['mangyshlak-aktau'],
    expected: [
      'geo/context.json: segments "mangyshlak-aktau": context: is missing: every segment and hub needs context',
    ],
  },
  {
    name: 'a quote longer than 25 words',
    breakIt: (f) =>
      ((f.context.segments['aktau-alat']!['quotes'] as { text: string }[])[0]!.text = Array(26)
        .fill('word')
        .join(' ')),
    expected: ['geo/context.json: segments "aktau-alat": quotes.0.text: is longer than 25 words'],
  },
  {
    name: 'a source without a URL (and nothing repeated for what cites it)',
    breakIt: (f) => (f.sources[1]!['url'] = 'trend.az'),
    expected: ['geo/sources.json: item "trend-2025-06-16": url: must be an http(s) URL'],
  },
  {
    name: 'a tour step aimed at a segment that does not exist',
    breakIt: (f) => ((f.tour.steps[2]!['target'] as { id: string }).id = 'moon-ferry'),
    expected: [
      'geo/tour.json: step 3 "three": target.id: segment "moon-ferry" is not in geo/route.geojson',
    ],
  },
  {
    name: 'a tour step with an unknown figure',
    breakIt: (f) => (f.tour.steps[0]!['figures'] = ['gdp-2030']),
    expected: [
      'geo/tour.json: step 1 "one": figures[0]: figure "gdp-2030" is not in geo/figures.json',
    ],
  },
  {
    name: 'a tour step without a camera',
    breakIt: (f) => delete f.tour.steps[1]!['camera'],
    expected: ['geo/tour.json: step 2 "two": camera: Invalid input'],
  },
  {
    name: 'a tour of fewer than eight steps',
    breakIt: (f) => f.tour.steps.splice(7),
    expected: ['geo/tour.json: tour: steps: needs at least 8 steps'],
  },
];

describe('validation of geo/', () => {
  it('accepts the valid fixture', () => {
    expect(buildCorridor(validFiles()).problems).toEqual([]);
  });

  it.each(cases)('reports $name', ({ breakIt, expected }) => {
    const files = validFiles();
    breakIt(files as unknown as Files);
    expect(buildCorridor(files).problems).toEqual(expected);
  });

  it('keeps the valid features when one is broken', () => {
    const files = validFiles();
    (files as unknown as Files).route.features[1]!.properties['mode'] = 'plane';
    const data = buildCorridor(files);
    expect(data.segments.map((s) => s.id)).toEqual(['mangyshlak-aktau']);
    expect(data.hubs).toHaveLength(3);
  });

  it('names the file when it is not valid JSON', () => {
    const folder = mkdtempSync(join(tmpdir(), 'geo-'));
    cpSync(FIXTURE, folder, { recursive: true });
    writeFileSync(join(folder, 'figures.json'), '[{ "id": ');
    const problems = readGeoFolder(folder).problems;
    // Named in the folder it was read from, and reported once: not again for every consequence.
    expect(problems).toEqual([
      expect.stringMatching(/figures\.json: file: \(root\): is not valid JSON: /),
    ]);
    expect(problems[0]!.startsWith(`${folder}/figures.json`)).toBe(true);
  });
});
