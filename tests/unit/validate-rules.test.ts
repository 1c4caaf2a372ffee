/**
 * More ways to get geo/ wrong, each with the exact lines an editor reads: the rules between files
 * (article, figures, flows, context), the topology of the route, and the rules for periods.
 * (validate.test.ts has the first set; each case here breaks the valid fixture once.)
 */
import { describe, expect, it } from 'vitest';
import { buildCorridor } from '../../src/data/corridor.ts';
import { validateHubs, validateSegments } from '../../src/data/validate-geometry.ts';
import { raw, validFiles, type GeoFiles } from '../support/geo-files.ts';

/** The first background paragraph of a hub's context. */
const background = (f: GeoFiles, hub: string) =>
  (f.context.hubs[hub]!['background'] as Record<string, unknown>[])[0]!;

const problemsOf = (breakIt: (f: GeoFiles) => void) => {
  const files = validFiles();
  breakIt(files);
  return buildCorridor(raw(files)).problems;
};

describe('rules between the content files', () => {
  it.each([
    {
      name: 'a paragraph number on a figure from another source',
      breakIt: (f: GeoFiles) => (f.figures[2]!['paragraph'] = 1),
      expected: [
        'geo/figures.json: item "trade-2023-kz": paragraph: only figures from the article carry a paragraph number',
      ],
    },
    {
      name: 'a paragraph the article does not have',
      breakIt: (f: GeoFiles) => (f.figures[0]!['paragraph'] = 9),
      expected: [
        'geo/figures.json: item "trade-2024-article": paragraph: the article has no paragraph 9',
      ],
    },
    {
      name: 'flows that are not a list',
      breakIt: (f: GeoFiles) => (f.flows = {} as never),
      expected: ['geo/flows.json: file: (root): must be a JSON array'],
    },
    {
      name: 'a flow off the globe',
      breakIt: (f: GeoFiles) => (f.flows[0]!['from'] = [200, 40]),
      expected: ['geo/flows.json: flow #1: from[0]: longitude above 180'],
    },
    {
      name: 'a flow of a figure that does not exist',
      breakIt: (f: GeoFiles) => (f.flows[1]!['figure'] = 'gdp-2030'),
      expected: ['geo/flows.json: flow #2: figure: "gdp-2030" is not in geo/figures.json'],
    },
    {
      name: 'a flow of a broken figure (its own problem says why, once)',
      breakIt: (f: GeoFiles) => delete f.figures[3]!['unit'],
      expected: [expect.stringMatching(/^geo\/figures\.json: item "investment-az-in-kz": unit: /)],
    },
    {
      name: 'context for a segment that does not exist',
      breakIt: (f: GeoFiles) =>
        (f.context.segments['moon-ferry'] = f.context.segments['aktau-alat']!),
      expected: ['geo/context.json: segments "moon-ferry": (key): no segment has this id'],
    },
    {
      name: 'context for a hub that does not exist',
      breakIt: (f: GeoFiles) => (f.context.hubs['atlantis'] = f.context.hubs['alat']!),
      expected: ['geo/context.json: hubs "atlantis": (key): no hub has this id'],
    },
    {
      name: 'a hub without context',
      breakIt: (f: GeoFiles) => delete f.context.hubs['alat'],
      expected: [
        'geo/context.json: hubs "alat": context: is missing: every segment and hub needs context',
      ],
    },
    {
      name: 'no background',
      breakIt: (f: GeoFiles) => (f.context.hubs['alat']!['background'] = []),
      expected: [
        'geo/context.json: hubs "alat": background: needs at least one paragraph of background',
      ],
    },
    {
      name: 'a background source that does not exist',
      breakIt: (f: GeoFiles) =>
        (background(f, 'mangyshlak')['sources'] = ['trend-2025-06-16', 'rumour']),
      expected: [
        'geo/context.json: hubs "mangyshlak": background[0].sources[1]: source "rumour" is not in geo/sources.json',
      ],
    },
    {
      name: 'background that cites nothing',
      breakIt: (f: GeoFiles) => (background(f, 'mangyshlak')['sources'] = []),
      expected: [
        'geo/context.json: hubs "mangyshlak": background[0].sources: must cite at least one source',
      ],
    },
    {
      name: 'a quote from a paragraph the article does not have',
      breakIt: (f: GeoFiles) =>
        ((f.context.segments['aktau-alat']!['quotes'] as { paragraph: number }[])[0]!.paragraph =
          7),
      expected: [
        'geo/context.json: segments "aktau-alat": quotes[0].paragraph: the article has no paragraph 7',
      ],
    },
    // Lists the app renders keyed: a repeat is reported instead of blanking the page.
    {
      name: 'a quote twice',
      breakIt: (f: GeoFiles) => {
        const quotes = f.context.segments['aktau-alat']!['quotes'] as unknown[];
        quotes.push({ ...(quotes[0] as object) });
      },
      expected: [
        'geo/context.json: segments "aktau-alat": quotes[1]: repeats an earlier quote word for word',
      ],
    },
    {
      name: 'a background paragraph twice',
      breakIt: (f: GeoFiles) => {
        const paragraphs = f.context.hubs['aktau']!['background'] as unknown[];
        paragraphs.push({ ...(paragraphs[0] as object) });
      },
      expected: [
        'geo/context.json: hubs "aktau": background[1]: repeats an earlier paragraph word for word',
      ],
    },
    {
      name: 'a source cited twice by one paragraph',
      breakIt: (f: GeoFiles) =>
        (background(f, 'aktau')['sources'] = ['trend-2025-06-16', 'trend-2025-06-16']),
      expected: [
        'geo/context.json: hubs "aktau": background[0].sources[1]: repeats a source this paragraph already cites',
      ],
    },
    {
      name: 'a figure listed twice',
      breakIt: (f: GeoFiles) => {
        const figures = f.context.segments['aktau-alat']!['figures'] as string[];
        figures.push(figures[0]!);
      },
      expected: [
        'geo/context.json: segments "aktau-alat": figures[5]: repeats a figure listed already',
      ],
    },
    {
      name: 'an article scope that does not exist',
      breakIt: (f: GeoFiles) => (f.context.hubs['aktau']!['articleScope'] = 'everywhere'),
      expected: [
        'geo/context.json: hubs "aktau": articleScope: must be one of: place, country, sea, corridor, none',
      ],
    },
    {
      name: 'groups that are not a list',
      breakIt: (f: GeoFiles) => (f.groups = 'kazakhstan' as never),
      expected: [
        'geo/groups.json: file: (root): must be a JSON array',
        'geo/route.geojson: feature "mangyshlak-aktau": properties.group: "kazakhstan" is not in geo/groups.json',
        'geo/route.geojson: feature "aktau-alat": properties.group: "caspian-sea" is not in geo/groups.json',
      ],
    },
    {
      name: 'two groups with one id',
      breakIt: (f: GeoFiles) => (f.groups[1]!['id'] = 'kazakhstan'),
      expected: [
        'geo/groups.json: item "kazakhstan": id: is used by another item in this file',
        'geo/route.geojson: feature "aktau-alat": properties.group: "caspian-sea" is not in geo/groups.json',
      ],
    },
    {
      name: 'a series without an id',
      breakIt: (f: GeoFiles) =>
        f.series.push({ label: 'Gossip', measuredBy: 'nobody', scope: 'none' }),
      expected: [
        'geo/series.json: item #8: id: Invalid input: expected string, received undefined',
      ],
    },
  ])('reports $name', ({ breakIt, expected }) => {
    expect(problemsOf(breakIt)).toEqual(expected);
  });
});

describe('the route’s topology', () => {
  it.each([
    {
      name: 'a feature whose properties name another id',
      breakIt: (f: GeoFiles) => (f.route.features[0]!.properties['id'] = 'other-id'),
      expected: [
        'geo/route.geojson: feature "mangyshlak-aktau": properties.id: "other-id" differs from the feature id',
      ],
    },
    {
      name: 'two segments with one place in the order',
      breakIt: (f: GeoFiles) => (f.route.features[1]!.properties['order'] = 1),
      expected: [
        'geo/route.geojson: feature "aktau-alat": properties.order: 1 is also used by "mangyshlak-aktau"',
      ],
    },
    {
      name: 'a segment that stops short of its last hub',
      breakIt: (f: GeoFiles) => (f.route.features[0]!.geometry.coordinates[2] = [51.2, 43.66]),
      expected: [
        'geo/route.geojson: feature "mangyshlak-aktau": geometry.coordinates: last position [51.2,43.66] is not exactly hub "aktau" at [51.15,43.65]',
      ],
    },
    {
      name: 'a to hub that does not exist',
      breakIt: (f: GeoFiles) => (f.route.features[1]!.properties['to'] = 'atlantis'),
      expected: [
        'geo/route.geojson: feature "aktau-alat": properties.to: hub "atlantis" is not in geo/hubs.geojson',
      ],
    },
    {
      name: 'a broken hub (reported once, not again by the segments that end there)',
      breakIt: (f: GeoFiles) => (f.hubs.features[2]!.properties['kind'] = 'airport'),
      expected: [
        'geo/hubs.geojson: feature "alat": properties.kind: Invalid option: expected one of "port"|"border"|"junction"|"city"',
      ],
    },
    {
      name: 'a feature without an id, named by its place in the file',
      breakIt: (f: GeoFiles) => {
        delete f.hubs.features[2]!.id;
        f.hubs.features[2]!.properties['kind'] = 'airport';
      },
      expected: [
        'geo/hubs.geojson: feature #3: id: Invalid input: expected string, received undefined',
        'geo/hubs.geojson: feature #3: properties.kind: Invalid option: expected one of "port"|"border"|"junction"|"city"',
        'geo/route.geojson: feature "aktau-alat": properties.to: hub "alat" is not in geo/hubs.geojson',
        'geo/context.json: hubs "alat": (key): no hub has this id',
        'geo/tour.json: step 3 "three": places[1]: "alat" is neither a hub in geo/hubs.geojson, a segment in geo/route.geojson, nor a name the map draws from geo/basemap/labels.geojson',
        'geo/tour.json: step 4 "four": target.id: hub "alat" is not in geo/hubs.geojson',
        'geo/tour.json: step 4 "four": places[0]: "alat" is neither a hub in geo/hubs.geojson, a segment in geo/route.geojson, nor a name the map draws from geo/basemap/labels.geojson',
        'geo/tour.json: step 6 "six": places[1]: "alat" is neither a hub in geo/hubs.geojson, a segment in geo/route.geojson, nor a name the map draws from geo/basemap/labels.geojson',
        'geo/tour.json: step 8 "eight": target.id: hub "alat" is not in geo/hubs.geojson',
        'geo/tour.json: step 8 "eight": places[0]: "alat" is neither a hub in geo/hubs.geojson, a segment in geo/route.geojson, nor a name the map draws from geo/basemap/labels.geojson',
      ],
    },
  ])('reports $name', ({ breakIt, expected }) => {
    expect(problemsOf(breakIt)).toEqual(expected);
  });

  it('puts the segments in route order, whatever the file’s order', () => {
    const files = validFiles();
    files.route.features.reverse();
    expect(buildCorridor(raw(files)).segments.map((s) => s.id)).toEqual([
      'mangyshlak-aktau',
      'aktau-alat',
    ]);
  });

  it('finds every hub far from a route with no lines at all', () => {
    const problems: string[] = [];
    const hubs = validateHubs(validFiles().hubs, problems);
    validateSegments({ type: 'FeatureCollection', features: [] }, hubs, problems);
    expect(problems).toEqual(
      ['aktau', 'mangyshlak', 'alat'].map(
        (id) =>
          `geo/hubs.geojson: feature "${id}": geometry.coordinates: far from the route; a hub must lie within 2 km of a segment`,
      ),
    );
  });

  it('names the file when it is no feature collection', () => {
    const problems: string[] = [];
    const hubs = validateHubs({ type: 'Topology' }, problems);
    expect(hubs).toEqual({ valid: [], declared: new Set() });
    expect(problems).toEqual([
      'geo/hubs.geojson: file: type: Invalid input: expected "FeatureCollection"',
      'geo/hubs.geojson: file: features: Invalid input: expected array, received undefined',
    ]);
  });
});

describe('the tour file', () => {
  it.each([
    {
      name: 'no tour at all',
      breakIt: (f: GeoFiles) => (f.tour = null as never),
      expected: [
        // The article's point that leads to a tour step is named too: its link goes nowhere.
        'geo/article.json: point "b": places[1].id: tour step "three" is not in geo/tour.json',
        'geo/tour.json: tour: (root): Invalid input: expected object, received null',
      ],
    },
    {
      name: 'two steps with one id',
      breakIt: (f: GeoFiles) => (f.tour.steps[1]!['id'] = f.tour.steps[0]!['id']),
      expected: ['geo/tour.json: step 2 "one": id: is used by an earlier step'],
    },
    {
      name: 'a step without a usable id, by its number only',
      breakIt: (f: GeoFiles) => (f.tour.steps[0]!['id'] = 5),
      expected: ['geo/tour.json: step 1: id: Invalid input: expected string, received number'],
    },
  ])('reports $name', ({ breakIt, expected }) => {
    expect(problemsOf(breakIt)).toEqual(expected);
  });
});

describe('periods', () => {
  it.each([
    {
      period: { kind: 'from', start: '2016-12', end: '2020' },
      expected: ['period.end: a "from" period has none'],
    },
    {
      period: { kind: 'undated', start: '2016' },
      expected: ['period.start: a "undated" period has none'],
    },
    {
      period: { kind: 'cumulative', start: '2005' },
      expected: ['period.end: a "cumulative" period needs it'],
    },
    { period: { kind: 'as-of' }, expected: ['period.end: a "as-of" period needs it'] },
    {
      period: { kind: 'part-year', start: '2024-11', end: '2025-02' },
      expected: ['period.end: a part-year ends in its start year'],
    },
    {
      period: { kind: 'span', start: '2025-10', end: '2022-11' },
      expected: ['period.end: is before the start'],
    },
    { period: { kind: 'event', end: '2014-08-22' }, expected: [] },
    { period: { kind: 'cumulative', end: '2025-10' }, expected: [] },
    { period: { kind: 'cumulative', start: '2005', end: '2025-10' }, expected: [] },
    { period: { kind: 'span', start: '2025-10', end: '2025-10' }, expected: [] },
    { period: { kind: 'target' }, expected: [] },
    { period: { kind: 'year', end: '2024' }, expected: [] },
  ])('checks $period', ({ period, expected }) => {
    const problems = problemsOf((f) => (f.figures[7]!['period'] = period));
    expect(problems).toEqual(expected.map((e) => `geo/figures.json: item "ferry-hours": ${e}`));
  });
});

describe('text and numbers as a reader sees them', () => {
  const figure = (f: GeoFiles) => f.figures[0]!;
  it.each([
    {
      name: 'a name of one space',
      breakIt: (f: GeoFiles) => (f.hubs.features[1]!.properties['name'] = ' '),
      expected: ['geo/hubs.geojson: feature "mangyshlak": properties.name: must not be blank'],
    },
    {
      name: 'a name of a zero-width space',
      breakIt: (f: GeoFiles) => (f.hubs.features[1]!.properties['name'] = '\u200b'),
      expected: ['geo/hubs.geojson: feature "mangyshlak": properties.name: must not be blank'],
    },
    {
      name: 'a negative amount',
      breakIt: (f: GeoFiles) => (figure(f)['value'] = -52),
      expected: ['geo/figures.json: item "trade-2024-article": value: must not be negative'],
    },
    {
      name: 'a range whose top is below its bottom',
      breakIt: (f: GeoFiles) => (figure(f)['valueHigh'] = 469),
      expected: ['geo/figures.json: item "trade-2024-article": valueHigh: must be above value'],
    },
    {
      name: 'a month 13',
      breakIt: (f: GeoFiles) => (f.sources[0]!['date'] = '2025-13-45'),
      expected: ['geo/sources.json: item "newsaz-2025-10-21": date: is not a date on the calendar'],
    },
    {
      name: '29 February in a common year',
      breakIt: (f: GeoFiles) => (f.sources[0]!['date'] = '2025-02-29'),
      expected: ['geo/sources.json: item "newsaz-2025-10-21": date: is not a date on the calendar'],
    },
    {
      name: '300 words joined by zero-width spaces in a quote',
      breakIt: (f: GeoFiles) =>
        ((f.context.segments['aktau-alat']!['quotes'] as { text: string }[])[0]!.text = Array(300)
          .fill('w')
          .join('\u200b')),
      expected: [
        'geo/context.json: segments "aktau-alat": quotes[0].text: is longer than 300 characters',
        'geo/context.json: segments "aktau-alat": quotes[0].text: is longer than 25 words',
      ],
    },
    {
      name: 'a runaway paragraph',
      breakIt: (f: GeoFiles) => (background(f, 'aktau')['text'] = 'x '.repeat(100_000)),
      expected: [
        'geo/context.json: hubs "aktau": background[0].text: is longer than 1200 characters',
      ],
    },
    {
      name: 'a lone surrogate in a name',
      breakIt: (f: GeoFiles) => (f.hubs.features[1]!.properties['name'] = 'A\ud800'),
      expected: [
        'geo/hubs.geojson: feature "mangyshlak": properties.name: has a broken character (a lone surrogate)',
      ],
    },
    {
      name: 'a well-formed code that is no country',
      breakIt: (f: GeoFiles) => (f.route.features[0]!.properties['countries'] = ['ZZ']),
      expected: [
        'geo/route.geojson: feature "mangyshlak-aktau": properties.countries[0]: is not a country code',
      ],
    },
    {
      name: 'a right-to-left override in a name',
      breakIt: (f: GeoFiles) => (f.hubs.features[1]!.properties['name'] = 'Aktau \u202eport'),
      expected: [
        'geo/hubs.geojson: feature "mangyshlak": properties.name: has a bidirectional control (U+202E), which can show text in another order',
      ],
    },
    {
      name: 'markup in a name',
      breakIt: (f: GeoFiles) =>
        (f.hubs.features[1]!.properties['name'] = '<img src=x onerror=alert(1)>'),
      expected: [
        'geo/hubs.geojson: feature "mangyshlak": properties.name: holds markup ("<img src=x o…"); write the text without tags',
      ],
    },
    {
      name: 'a script in a paragraph',
      breakIt: (f: GeoFiles) =>
        (background(f, 'aktau')['text'] = 'Aktau is a port. </p><script>alert(1)</script>'),
      expected: [
        'geo/context.json: hubs "aktau": background[0].text: holds markup ("</p><script>…"); write the text without tags',
      ],
    },
    {
      name: 'a control character in a tour question',
      breakIt: (f: GeoFiles) => (f.tour!.steps[0]!['question'] = 'Why?\u0007 Why not?'),
      expected: [
        'geo/tour.json: step 1 "one": question: has a control character (U+0007); write plain text',
      ],
    },
    {
      name: 'a source dated in the future',
      breakIt: (f: GeoFiles) => (f.sources[0]!['date'] = '2999-01'),
      expected: [
        'geo/sources.json: item "newsaz-2025-10-21": date: is in the future; only forecasts and plans may be',
      ],
    },
    {
      name: 'a year’s count in the future',
      breakIt: (f: GeoFiles) => (figure(f)['period'] = { kind: 'year', end: '2999' }),
      expected: [
        'geo/figures.json: item "trade-2024-article": period.end: is in the future; a "year" period has happened (use forecast, target or planned)',
      ],
    },
    {
      name: 'a plan stated in the future',
      breakIt: (f: GeoFiles) =>
        (figure(f)['period'] = { kind: 'target', end: '2999', stated: '2999' }),
      expected: [
        'geo/figures.json: item "trade-2024-article": period.stated: is in the future: a plan is stated when it is made',
      ],
    },
    {
      name: 'a paragraph named twice by one point',
      breakIt: (f: GeoFiles) =>
        ((f.article!['points'] as { paragraphs: number[] }[])[1]!.paragraphs = [2, 2]),
      expected: [
        'geo/article.json: point "b": paragraphs[1]: repeats a paragraph it names already',
        // The point is left out, and with it the only one placed on the ferry.
        'geo/context.json: segments "aktau-alat": articleScope: is "sea" but no article point is placed here',
      ],
    },
    // A misspelt optional key would otherwise be dropped without a word.
    {
      name: 'a misspelt localName',
      breakIt: (f: GeoFiles) =>
        (f.hubs.features[1]!.properties['localname'] = { text: 'Маңғыстау', lang: 'kk' }),
      expected: [
        'geo/hubs.geojson: feature "mangyshlak": properties: Unrecognized key: "localname"',
      ],
    },
    {
      name: 'a misspelt valueHigh',
      breakIt: (f: GeoFiles) => (figure(f)['valuehigh'] = 600),
      expected: [
        'geo/figures.json: item "trade-2024-article": (root): Unrecognized key: "valuehigh"',
      ],
    },
    {
      name: 'a hub renamed "constructor" whose context went with the old name',
      breakIt: (f: GeoFiles) => {
        f.hubs.features[1]!.id = 'constructor';
        f.hubs.features[1]!.properties['id'] = 'constructor';
        for (const s of f.route.features)
          for (const end of ['from', 'to'])
            if (s.properties[end] === 'mangyshlak') s.properties[end] = 'constructor';
        delete f.context.hubs['mangyshlak'];
      },
      // Refused as an id wherever it is used, and the missing context still named.
      expected: [
        'geo/hubs.geojson: feature "constructor": id: is a name JavaScript reserves; choose another id',
        'geo/hubs.geojson: feature "constructor": properties.id: is a name JavaScript reserves; choose another id',
        'geo/route.geojson: feature "mangyshlak-aktau": properties.from: is a name JavaScript reserves; choose another id',
        'geo/context.json: hubs "constructor": context: is missing: every segment and hub needs context',
        'geo/tour.json: step 1 "one": places[0]: "mangyshlak" is neither a hub in geo/hubs.geojson, a segment in geo/route.geojson, nor a name the map draws from geo/basemap/labels.geojson',
        'geo/tour.json: step 5 "five": target.id: hub "mangyshlak" is not in geo/hubs.geojson',
        'geo/tour.json: step 5 "five": places[0]: "mangyshlak" is neither a hub in geo/hubs.geojson, a segment in geo/route.geojson, nor a name the map draws from geo/basemap/labels.geojson',
        'geo/tour.json: step 7 "seven": places[0]: "mangyshlak" is neither a hub in geo/hubs.geojson, a segment in geo/route.geojson, nor a name the map draws from geo/basemap/labels.geojson',
      ],
    },
    {
      name: 'context under "__proto__" instead of a hub’s id',
      breakIt: (f: GeoFiles) =>
        (f.context.hubs = JSON.parse(
          JSON.stringify(f.context.hubs).replace('"alat"', '"__proto__"'),
        )),
      // The reader of records never takes "__proto__" as an entry: the hub it meant is missing.
      expected: [
        'geo/context.json: hubs "alat": context: is missing: every segment and hub needs context',
      ],
    },
  ])('reports $name', ({ breakIt, expected }) => {
    expect(problemsOf(breakIt)).toEqual(expected);
  });

  it('trims the spaces an editor leaves around a text', () => {
    const files = validFiles();
    files.hubs.features[1]!.properties['name'] = '  Mangyshlak \n';
    const corridor = buildCorridor(raw(files));
    expect(corridor.problems).toEqual([]);
    expect(corridor.hubs.find((h) => h.id === 'mangyshlak')?.name).toBe('Mangyshlak');
  });

  it('takes a forecast for a year ahead, and today as a date', () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(problemsOf((f) => (f.sources[0]!['date'] = today))).toEqual([]);
    const forecast = { kind: 'forecast', end: '2999', stated: '2025' };
    expect(problemsOf((f) => (f.figures[0]!['period'] = forecast))).toEqual([]);
  });

  it('takes a leap day, a month, a year and "n.d."', () => {
    for (const date of ['2024-02-29', '2025-10', '2025', 'n.d.'])
      expect(problemsOf((f) => (f.sources[0]!['date'] = date))).toEqual([]);
  });
});
