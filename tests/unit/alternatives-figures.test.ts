/**
 * The route comparison's figures (geo/alternatives/figures.json): the committed file validates,
 * every route has a sourced transit time, and a broken entry is reported by file, entry and field.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGeoFolder } from '../../src/data/read-geo.ts';
import { length, lineString } from '@turf/turf';
import { compareForScreen, forScreen } from '../../src/data/screen.ts';
import { isCompareText } from '../../src/data/texts.ts';
import { validateAlternativeFigures } from '../../src/data/alternatives/validate-figures.ts';
import { LIVE_GEO } from '../support/app-context.ts';

const FILE = 'geo/alternatives/figures.json';
type Entry = Record<string, unknown>;
const committed = () =>
  JSON.parse(readFileSync(join(LIVE_GEO, 'alternatives/figures.json'), 'utf8')) as {
    routes: { id: string; name: string }[];
    figures: Entry[];
  };
const sources = new Set(
  (JSON.parse(readFileSync(join(LIVE_GEO, 'sources.json'), 'utf8')) as { id: string }[]).map(
    (s) => s.id,
  ),
);
const article = { sourceId: 'newsaz-2025-10-21', paragraphCount: 18 };

describe('the committed route comparison figures', () => {
  const data = readGeoFolder(LIVE_GEO);

  it('validate with the rest of geo/', () => {
    expect(data.problems).toEqual([]);
    expect(data.alternatives?.figures.length).toBe(committed().figures.length);
  });

  it('give each route at least one transit time with a source', () => {
    const figures = data.alternatives!.figures;
    for (const route of ['middle-corridor', 'northern', 'suez', 'cape']) {
      const days = figures.filter((f) => f.route === route && f.measure === 'transit-days');
      expect(days.length, route).toBeGreaterThan(0);
      for (const f of days) expect(sources.has(f.source ?? ''), f.id).toBe(true);
    }
  });

  it('count borders and transfers as the length of the list a reader can check', () => {
    const counted = data.alternatives!.figures.filter((f) => f.counted);
    expect(counted.length).toBeGreaterThan(0);
    for (const f of counted) expect(f.value, f.id).toBe(f.counted!.length);
  });

  it('stay out of the first view’s data, which says only that there is a comparison', () => {
    const screen = forScreen(data);
    expect(JSON.stringify(screen)).not.toContain(data.alternatives!.caveat);
    expect(screen.hasComparison).toBe(true);
    expect(forScreen({ ...data, alternatives: undefined }).hasComparison).toBe(false);
  });

  it('ship with their view in each language, the article’s words verbatim beside their translation', () => {
    const kk = compareForScreen(data, data.translations!.kk)!;
    expect(kk.caveat).toBe(data.translations!.kk!['alternatives.caveat']);
    expect(kk.routes.map((r) => r.name)).toContain('Орта дәліз');
    expect(kk.claim.text).toBe('enables us to reduce dependence on other routes');
    expect(kk.claim.translation).toBe(data.translations!.kk!['alternatives.claim']);
    const en = compareForScreen(data)!;
    expect(en.caveat).toBe(data.alternatives!.caveat);
    expect(en.claim.translation).toBeUndefined();
  });

  it('come with a line for each route, measured with turf, in the order compared', () => {
    const lines = data.alternatives!.lines;
    expect(lines.map((l) => l.id)).toEqual(['middle-corridor', 'northern', 'suez', 'cape']);
    for (const line of lines)
      expect(line.lengthKm, line.id).toBe(
        length(lineString(line.coordinates), { units: 'kilometers' }),
      );
  });

  it('ship their lines thinned for a world map, at the lengths measured before thinning', () => {
    const shipped = compareForScreen(data)!.lines;
    const points = (lines: { coordinates: unknown[] }[]) =>
      lines.reduce((sum, l) => sum + l.coordinates.length, 0);
    expect(points(shipped)).toBeLessThan(points(data.alternatives!.lines) * 0.8);
    for (const [i, line] of data.alternatives!.lines.entries()) {
      expect(shipped[i]!.lengthKm).toBe(line.lengthKm);
      expect(shipped[i]!.provenance).toBeUndefined();
      expect(shipped[i]!.coordinates.length).toBeLessThanOrEqual(line.coordinates.length);
      expect(shipped[i]!.coordinates[0]).toEqual(
        line.coordinates[0]!.map((c) => Math.round(c * 1e4) / 1e4),
      );
    }
  });

  it('keep their words out of the first view’s and the panels’ words', () => {
    expect(isCompareText('alternatives.caveat')).toBe(true);
    expect(isCompareText('alternatives.route.suez.name')).toBe(true);
    expect(isCompareText('figure.trade-2024-article.label')).toBe(false);
  });
});

describe('a broken route comparison file', () => {
  const broken = (change: (figures: Entry[]) => void) => {
    const file = committed();
    change(file.figures);
    const problems: string[] = [];
    validateAlternativeFigures(file, { sources, article }, problems);
    return problems;
  };
  const id = String(committed().figures[0]!['id']);

  it('names an unknown source', () => {
    expect(broken((f) => (f[0]!['source'] = 'no-such-source'))).toEqual([
      `${FILE}: item "${id}": source: "no-such-source" is not in geo/sources.json`,
    ]);
  });

  it('names a range whose min is above its max', () => {
    expect(broken((f) => Object.assign(f[0]!, { min: 50, max: 40 }))).toEqual([
      `${FILE}: item "${id}": max: is below min (50)`,
    ]);
  });

  it('names an empty text', () => {
    expect(broken((f) => (f[0]!['note'] = '   '))).toEqual([
      `${FILE}: item "${id}": note: must not be blank`,
    ]);
  });

  it('names an unknown route', () => {
    expect(broken((f) => (f[0]!['route'] = 'silk-road'))).toEqual([
      `${FILE}: item "${id}": route: "silk-road" is not one of the routes compared (middle-corridor, northern, suez, cape)`,
    ]);
  });

  it('names a count that is not the length of its list', () => {
    const counted = committed().figures.find((f) => f['counted'])!;
    const problems = broken((f) => {
      const entry = f.find((e) => e['id'] === counted['id'])!;
      entry['value'] = (entry['value'] as number) + 1;
    });
    expect(problems).toEqual([
      `${FILE}: item "${String(counted['id'])}": value: must be the number of items counted (${(counted['counted'] as unknown[]).length}), as a single value`,
    ]);
  });

  it('names a route left without a sourced transit time', () => {
    const problems = broken((f) => {
      for (const e of f)
        if (e['route'] === 'cape' && e['measure'] === 'transit-days') e['route'] = 'suez';
    });
    expect(problems).toEqual([
      `${FILE}: file: figures: route "cape" has no transit-days figure with a source`,
    ]);
  });

  // The first figure is a range of days with a source; mc-borders-btk and mc-transfers-btk are
  // counts of what a box passes on the route as drawn.
  const edit = (figureId: string, change: (e: Entry) => void) => (f: Entry[]) =>
    change(f.find((e) => e['id'] === figureId)!);
  const first = (change: (e: Entry) => void) => edit(id, change);
  it.each([
    {
      what: 'neither a value nor a range',
      change: first((e) => (delete e['min'], delete e['max'])),
      problem: 'value: needs a value, or a range (min and max)',
    },
    {
      what: 'both a value and a range',
      change: first((e) => (e['value'] = 32)),
      problem: 'value: is a value or a range (min, max), not both',
    },
    {
      what: 'a range without its max',
      change: first((e) => delete e['max']),
      problem: 'max: a range needs both min and max',
    },
    {
      what: 'a range without its min',
      change: first((e) => delete e['min']),
      problem: 'min: a range needs both min and max',
    },
    {
      what: 'a unit its measure is not in',
      change: first((e) => (e['unit'] = 'USD per container')),
      problem: 'unit: a "transit-days" figure is in "days"',
    },
    {
      what: 'a cost in days',
      change: first((e) => (e['measure'] = 'cost-per-container')),
      problem:
        'unit: a "cost-per-container" figure is in "USD per container" or "percent more than via Russia"',
    },
    {
      what: 'neither a source nor a count',
      change: first((e) => delete e['source']),
      problem: 'source: needs a source, or the list of what was counted on the route (not both)',
    },
  ])('names $what', ({ change, problem }) => {
    expect(broken(change)).toEqual([`${FILE}: item "${id}": ${problem}`]);
  });

  it.each([
    {
      what: 'both a source and a count',
      figure: 'mc-borders-btk',
      change: (e: Entry) => (e['source'] = 'navis-2025-08-27'),
      problem: 'source: needs a source, or the list of what was counted on the route (not both)',
    },
    {
      what: 'a count of something other than borders or transfers',
      figure: 'mc-borders-btk',
      change: (e: Entry) => Object.assign(e, { measure: 'transit-days', unit: 'days' }),
      problem: 'counted: only border crossings and transshipments are counted on the route',
    },
    {
      what: 'a counted border without its two countries',
      figure: 'mc-borders-btk',
      change: (e: Entry) => delete (e['counted'] as Entry[])[2]!['between'],
      problem: 'counted[2].between: a counted border needs it',
    },
    {
      what: 'a counted transfer without its kind',
      figure: 'mc-transfers-btk',
      change: (e: Entry) => delete (e['counted'] as Entry[])[1]!['change'],
      problem: 'counted[1].change: a counted transfer needs it',
    },
  ])('names $what', ({ figure, change, problem }) => {
    expect(broken(edit(figure, change))).toEqual([`${FILE}: item "${figure}": ${problem}`]);
  });

  it('takes a range whose min and max are the same', () => {
    expect(broken(first((e) => Object.assign(e, { min: 31, max: 31 })))).toEqual([]);
  });

  describe('the claim and the routes', () => {
    const brokenFile = (change: (file: Entry) => void) => {
      const file = committed() as unknown as Entry;
      change(file);
      const problems: string[] = [];
      const result = validateAlternativeFigures(file, { sources, article }, problems);
      return { problems, result };
    };
    const claim = (change: Entry) => (file: Entry) => Object.assign(file['claim'] as Entry, change);

    it.each([
      {
        change: claim({ source: 'no-such-source' }),
        problem: 'claim: source: "no-such-source" is not in geo/sources.json',
      },
      {
        change: claim({ source: 'navis-2025-08-27' }),
        problem: 'claim: source: the claim quotes the article: use its source id',
      },
      {
        change: claim({ paragraph: 19 }),
        problem: 'claim: paragraph: the article has no paragraph 19',
      },
      {
        change: (file: Entry) => ((file['routes'] as Entry[])[2]!['id'] = 'northern'),
        problem: 'file: routes[2].id: repeats a route',
      },
    ])('names $problem', ({ change, problem }) => {
      const { problems } = brokenFile(change);
      expect(problems[0]).toBe(`${FILE}: ${problem}`);
    });

    it('takes a claim from the article’s last paragraph', () => {
      expect(brokenFile(claim({ paragraph: 18 })).problems).toEqual([]);
    });

    it('reads nothing from a file that is not the right shape, and says where', () => {
      const { problems, result } = brokenFile((file) => (file['routes'] = 'all of them'));
      expect(result).toBeNull();
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^${FILE}: file: routes: `));
    });
  });

  // Reads and checks a whole copy of geo/: seconds on a busy machine.
  it('names a drawn line of a route the file does not compare', () => {
    const folder = mkdtempSync(join(tmpdir(), 'alt-lines-'));
    cpSync(LIVE_GEO, folder, { recursive: true });
    const path = join(folder, 'alternatives/routes.geojson');
    const lines = JSON.parse(readFileSync(path, 'utf8')) as { features: { properties: Entry }[] };
    lines.features[3]!.properties['id'] = 'arctic';
    writeFileSync(path, JSON.stringify(lines));
    expect(readGeoFolder(folder).problems.slice(0, 2)).toEqual([
      `${folder}/alternatives/figures.json: file: routes[3].id: "cape" is not drawn in ${folder}/alternatives/routes.geojson`,
      `${folder}/alternatives/routes.geojson: feature "arctic": properties.id: is not one of the routes compared in ${folder}/alternatives/figures.json`,
    ]);
  }, 30_000);

  it('is reported by npm run validate, with the folder as the editor names it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'alt-figures-'));
    cpSync(LIVE_GEO, folder, { recursive: true });
    const file = committed();
    file.figures[0]!['source'] = 'no-such-source';
    writeFileSync(join(folder, 'alternatives/figures.json'), JSON.stringify(file));
    // The dropped entry's translations are then reported as stray too; the cause comes first.
    expect(readGeoFolder(folder).problems[0]).toBe(
      `${folder}/alternatives/figures.json: item "${id}": source: "no-such-source" is not in ${folder}/sources.json`,
    );
  }, 30_000);
});
