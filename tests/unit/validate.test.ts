import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  article: Record<string, unknown> & { points: Record<string, unknown>[] };
  context: {
    overview: Record<string, unknown>;
    segments: Record<string, Record<string, unknown>>;
    hubs: Record<string, Record<string, unknown>>;
  };
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
      'geo/tour.json: step 1 "one": places[0]: "mangyshlak" is neither a hub in geo/hubs.geojson, a segment in geo/route.geojson, nor a name the map draws from geo/basemap/labels.geojson',
      'geo/tour.json: step 5 "five": target.id: hub "mangyshlak" is not in geo/hubs.geojson',
      'geo/tour.json: step 5 "five": places[0]: "mangyshlak" is neither a hub in geo/hubs.geojson, a segment in geo/route.geojson, nor a name the map draws from geo/basemap/labels.geojson',
      'geo/tour.json: step 7 "seven": places[0]: "mangyshlak" is neither a hub in geo/hubs.geojson, a segment in geo/route.geojson, nor a name the map draws from geo/basemap/labels.geojson',
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
    expected: ['geo/hubs.geojson: feature "alat": geometry.coordinates[1]: latitude above 90'],
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
      f.context.hubs['baku'] = f.context.hubs['alat']!;
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
      'geo/figures.json: item "titr-cargo-2024": unit: must be one of: USD million, million tonnes, million tonnes per year, TEU, TEU per year, days, hours, km, visits, percent, times, year, million passengers per year, tonnes, containers, visitors, metres, centimetres per year, train pairs per day, hectares',
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
    expected: ['geo/context.json: segments "aktau-alat": quotes[0].text: is longer than 25 words'],
  },
  {
    name: 'a figure without a series',
    breakIt: (f) => delete f.figures[5]!['series'],
    expected: [
      'geo/figures.json: item "titr-cargo-2024": series: Invalid input: expected string, received undefined',
    ],
  },
  {
    name: 'a note that cites a source not in the list',
    breakIt: (f) => (f.figures[2]!['notes'] = 'Also given by {rumour-2025}.'),
    expected: [
      'geo/figures.json: item "trade-2023-kz": notes: cites {rumour-2025}, which is not in geo/sources.json',
    ],
  },
  {
    name: 'a Background paragraph that speaks for the article',
    breakIt: (f) =>
      ((f.context.segments['mangyshlak-aktau']!['background'] as { text: string }[])[0]!.text =
        'Raimov sees this branch as the key to the ports.'),
    expected: [
      `geo/context.json: segments "mangyshlak-aktau": background[0].text: speaks for the article ("Raimov"): Background is never the article's voice; put what the article says in a point in geo/article.json`,
    ],
  },
  {
    name: 'a Background paragraph without a source',
    breakIt: (f) =>
      ((f.context.hubs['aktau']!['background'] as { sources: string[] }[])[0]!.sources = []),
    expected: [
      'geo/context.json: hubs "aktau": background[0].sources: must cite at least one source',
    ],
  },
  {
    name: 'an article point with no place on the map',
    breakIt: (f) => (f.article.points[0]!['places'] = []),
    expected: [
      'geo/article.json: point "a": places: is empty: every point needs a place on the map that shows it',
      'geo/article.json: article: points: no point covers paragraph 1',
    ],
  },
  {
    name: 'an article point placed on a hub that does not exist',
    breakIt: (f) => (f.article.points[2]!['places'] = [{ kind: 'hub', id: 'atlantis' }]),
    expected: [
      'geo/article.json: point "c": places[0].id: hub "atlantis" is not in geo/hubs.geojson',
      'geo/context.json: hubs "astana": articleScope: is "country" but no article point is placed here',
    ],
  },
  {
    name: 'an article point placed on a tour step that does not exist',
    breakIt: (f) => (f.article.points[1]!['places'] = [{ kind: 'tour', id: 'ten' }]),
    expected: [
      'geo/article.json: point "b": places[0].id: tour step "ten" is not in geo/tour.json',
      'geo/context.json: segments "aktau-alat": articleScope: is "sea" but no article point is placed here',
    ],
  },
  {
    name: 'a paragraph of the article that no point covers',
    breakIt: (f) => (f.article['paragraphCount'] = 3),
    expected: ['geo/article.json: article: points: no point covers paragraph 3'],
  },
  {
    name: 'an article point on a panel that says the article does not cover it',
    breakIt: (f) =>
      (f.article.points[0]!['places'] = [{ kind: 'overview' }, { kind: 'hub', id: 'mangyshlak' }]),
    expected: [
      'geo/context.json: hubs "mangyshlak": articleScope: is "none" but 1 article point(s) are placed here; use place, country or sea',
    ],
  },
  {
    name: 'a quote on a panel where the article is silent',
    breakIt: (f) =>
      (f.context.hubs['aktau']!['quotes'] = [
        { text: 'a short test quote', speaker: 'Madi Raimov', paragraph: 2 },
      ]),
    expected: [
      'geo/context.json: hubs "aktau": quotes: a "corridor" panel shows no article content, so no quotes',
    ],
  },
  {
    name: 'a port marked as off the route',
    breakIt: (f) => (f.hubs.features[0]!.properties['onRoute'] = false),
    expected: [
      'geo/hubs.geojson: feature "aktau": properties.onRoute: only a city may be off the route, not a port',
    ],
  },
  {
    name: 'a tour step with an empty place name',
    breakIt: (f) => (f.tour.steps[0]!['places'] = ['aktau', '']),
    expected: ['geo/tour.json: step 1 "one": places[1]: must not be empty'],
  },
  {
    name: 'a tour step naming a place the map does not have',
    breakIt: (f) => (f.tour.steps[2]!['places'] = ['aktau', 'sea:atlantis', 'Caspian Sea']),
    expected: [
      'geo/tour.json: step 3 "three": places[1]: "sea:atlantis" is neither a hub in geo/hubs.geojson, a segment in geo/route.geojson, nor a name the map draws from geo/basemap/labels.geojson',
      'geo/tour.json: step 3 "three": places[2]: "Caspian Sea" is neither a hub in geo/hubs.geojson, a segment in geo/route.geojson, nor a name the map draws from geo/basemap/labels.geojson',
    ],
  },
  {
    name: 'a tour step naming a city whose dot the map leaves to the hub that names it',
    breakIt: (f) => (f.tour.steps[0]!['places'] = ['mangyshlak-aktau', 'city:aktau']),
    expected: [
      'geo/tour.json: step 1 "one": places[1]: "city:aktau" is neither a hub in geo/hubs.geojson, a segment in geo/route.geojson, nor a name the map draws from geo/basemap/labels.geojson',
    ],
  },
  {
    name: 'a tour step that names no place',
    breakIt: (f) => delete f.tour.steps[0]!['places'],
    expected: [
      'geo/tour.json: step 1 "one": places: Invalid input: expected array, received undefined',
    ],
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
    name: 'a tour step whose key figure is not among its figures',
    breakIt: (f) => {
      f.tour.steps[0]!['figures'] = [];
      f.tour.steps[0]!['keyFigures'] = ['trade-2024-article'];
    },
    expected: [
      'geo/tour.json: step 1 "one": keyFigures[0]: "trade-2024-article" is not one of this step\'s figures',
    ],
  },
  {
    name: 'a tour step with more key figures than a projector shows',
    breakIt: (f) => (f.tour.steps[0]!['keyFigures'] = ['a-1', 'a-2', 'a-3']),
    expected: [
      'geo/tour.json: step 1 "one": keyFigures: at most 2 key figures fit beside the note on a projector',
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
    expect(data.hubs).toHaveLength(4);
  });

  it('lets a city stand off the route only when it says so', () => {
    const files = validFiles() as unknown as Files;
    const astana = files.hubs.features.find((h) => h.id === 'astana')!;
    expect(astana.properties['onRoute']).toBe(false);
    expect(buildCorridor(files as unknown as RawGeoFiles).problems).toEqual([]);
    delete astana.properties['onRoute'];
    expect(buildCorridor(files as unknown as RawGeoFiles).problems).toEqual([
      'geo/hubs.geojson: feature "astana": geometry.coordinates: 1716.1 km from the route; a hub must lie within 2 km of a segment',
    ]);
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

  it('says a file that is there but cannot be read cannot be read, and still reports the other files', () => {
    const folder = mkdtempSync(join(tmpdir(), 'geo-'));
    cpSync(FIXTURE, folder, { recursive: true });
    // A folder where the figures should be: something is there, but reading it fails.
    rmSync(join(folder, 'figures.json'));
    mkdirSync(join(folder, 'figures.json'));
    const routeFile = join(folder, 'route.geojson');
    const route = JSON.parse(readFileSync(routeFile, 'utf8')) as Files['route'];
    route.features[1]!.properties['mode'] = 'plane';
    writeFileSync(routeFile, JSON.stringify(route));
    // The figures' problem once, not every reference into them; the route's own problem too.
    expect(readGeoFolder(folder).problems).toEqual([
      expect.stringMatching(/^.*\/figures\.json: file: \(root\): cannot be read: EISDIR/),
      `${folder}/route.geojson: feature "aktau-alat": properties.mode: Invalid option: expected one of "rail"|"sea"|"road"`,
    ]);
  });
});
