/** The project's own geo/ files: valid, complete, and drawn over the right ground. */
import {
  booleanIntersects,
  distance,
  feature as turfFeature,
  lineSlice,
  lineString,
} from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { readGeoFolder } from '../../src/data/read-geo.ts';
import { MAX_QUOTE_WORDS } from '../../src/data/schema.ts';

const data = readGeoFolder(fileURLToPath(new URL('../../geo/', import.meta.url)));
const figure = (id: string) => data.figures.find((f) => f.id === id);

describe('geo/ as committed', () => {
  it('passes validation with no problem at all', () => {
    expect(data.problems).toEqual([]);
  });

  it('covers the corridor end to end, East to West, with at least 10 segments and 15 hubs', () => {
    expect(data.segments.length).toBeGreaterThanOrEqual(10);
    expect(data.hubs.length).toBeGreaterThanOrEqual(15);
    expect(data.segments[0]!.from).toBe('xian');
    for (const id of [
      'aktau-alat',
      'kuryk-alat',
      'alashankou-dostyk',
      'khorgos-altynkol',
      'akhalkalaki-kars',
      'poti-constanta',
      'istanbul-kapikule',
    ])
      expect(data.segments.map((s) => s.id)).toContain(id);
  });

  it('draws the Caspian ferries as crossings of several hundred kilometres', () => {
    for (const id of ['aktau-alat', 'kuryk-alat']) {
      const ferry = data.segments.find((s) => s.id === id)!;
      expect(ferry.mode).toBe('sea');
      expect(ferry.lengthKm).toBeGreaterThan(400);
      expect(ferry.lengthKm).toBeLessThan(600);
    }
  });

  it('keeps ferries on water: no sea segment crosses land away from its ports', () => {
    const require = createRequire(import.meta.url);
    const topology = JSON.parse(
      readFileSync(require.resolve('world-atlas/land-50m.json'), 'utf8'),
    ) as Topology<{ land: GeometryCollection }>;
    const land = feature(topology, topology.objects.land).features.map((f) =>
      turfFeature(f.geometry as Polygon | MultiPolygon),
    );
    for (const ferry of data.segments.filter((s) => s.mode === 'sea')) {
      const line = lineString(ferry.coordinates);
      const first = ferry.coordinates[0]!;
      const last = ferry.coordinates.at(-1)!;
      // Leave out 5 km at each port, where the quay meets the coast.
      const along = ferry.coordinates.filter(
        (p) => distance(p, first) > 5 && distance(p, last) > 5,
      );
      const open = lineSlice(along[0]!, along.at(-1)!, line);
      expect(
        land.some((l) => booleanIntersects(open, l)),
        `${ferry.id} crosses land`,
      ).toBe(false);
    }
  });
});

describe('content as committed', () => {
  const series = (id: string) => data.series.find((s) => s.id === id);
  const inSeries = (id: string) => data.figures.filter((f) => f.series === id);

  it('gives the overview, every segment and every hub its text', () => {
    expect(data.context.overview).not.toBeNull();
    expect(Object.keys(data.context.segments).sort()).toEqual(
      data.segments.map((s) => s.id).sort(),
    );
    expect(Object.keys(data.context.hubs).sort()).toEqual(data.hubs.map((h) => h.id).sort());
  });

  it('cites the article by its real headline and address', () => {
    const article = data.article!;
    const source = data.sources.find((s) => s.id === article.sourceId)!;
    expect(article.title).toBe(
      'Kazakhstan–Azerbaijan relations: a strategic bridge between East and West',
    );
    expect(source).toMatchObject({
      publisher: 'News.Az',
      title: article.title,
      date: '2025-10-21',
      url: 'https://news.az/news/-kazakhstan-azerbaijan-relations-a-strategic-bridge-between-east-and-west',
    });
    expect(source.descriptive).toBeUndefined();
  });

  it('gives every one of the article’s 37 points a place, covering all 18 paragraphs', () => {
    const { points, paragraphCount } = data.article!;
    expect(points).toHaveLength(37);
    expect(paragraphCount).toBe(18);
    expect(new Set(points.flatMap((p) => p.paragraphs))).toEqual(
      new Set(Array.from({ length: 18 }, (_, i) => i + 1)),
    );
    for (const point of points) expect(point.places.length, point.id).toBeGreaterThan(0);
  });

  it('ties the political and identity points to the capitals, off the route', () => {
    const astana = data.hubs.find((h) => h.id === 'astana')!;
    const baku = data.hubs.find((h) => h.id === 'baku')!;
    // Natural Earth populated places, Admin-0 capitals.
    expect(astana).toMatchObject({
      kind: 'city',
      onRoute: false,
      coordinates: [71.42777, 51.18113],
    });
    expect(baku).toMatchObject({ kind: 'city', onRoute: false, coordinates: [49.86027, 40.39722] });
    const at = (id: string) =>
      data.article!.points.filter((p) => p.places.some((pl) => pl.kind === 'hub' && pl.id === id));
    expect(
      at('astana')
        .map((p) => p.text)
        .join(' '),
    ).toMatch(/Organization of Turkic States/);
    expect(
      at('astana')
        .map((p) => p.text)
        .join(' '),
    ).toMatch(/political trust/);
    expect(at('baku').length).toBeGreaterThan(0);
    expect(data.context.hubs['astana']!.articleScope).toBe('country');
  });

  it('shows article points only on the overview, the two capitals and the two Caspian crossings', () => {
    const placed = new Set(
      data.article!.points.flatMap((p) =>
        p.places.flatMap((pl) => (pl.kind === 'segment' || pl.kind === 'hub' ? [pl.id] : [])),
      ),
    );
    expect([...placed].sort()).toEqual(['aktau-alat', 'astana', 'baku', 'kuryk-alat']);
  });

  it.each([
    {
      id: 'trade-2024-article',
      value: 470,
      series: 'az-scc-trade-kz',
      period: { kind: 'year', end: '2024' },
    },
    {
      id: 'trade-2025-jan-aug-article',
      value: 547,
      series: 'az-scc-trade-kz',
      period: { kind: 'part-year', start: '2025-01', end: '2025-08' },
    },
    {
      id: 'investment-az-in-kz',
      value: 225,
      series: 'inv-article-raimov',
      period: { kind: 'as-of', end: '2025-10' },
    },
    {
      id: 'investment-kz-in-az',
      value: 136,
      series: 'inv-article-raimov',
      period: { kind: 'as-of', end: '2025-10' },
    },
    {
      id: 'aliyev-visits',
      value: 7,
      series: 'visits-article',
      period: { kind: 'as-of', end: '2025-10' },
    },
  ])('carries the article’s figure $id', ({ id, ...expected }) => {
    expect(figure(id)).toMatchObject({ ...expected, source: data.article!.sourceId });
    expect(figure(id)!.paragraph).toBeGreaterThan(0);
    expect(data.article!.headlineFigures).toContain(id);
  });

  it('keeps the Azerbaijani and Kazakh trade series apart, each with who measured it', () => {
    const az = series('az-scc-trade-kz')!;
    const kz = series('kz-stat-trade-az')!;
    expect(az).toMatchObject({
      chart: 'trade',
      measuredBy: expect.stringMatching(/Azerbaijan State Customs Committee/),
    });
    expect(kz).toMatchObject({
      chart: 'trade',
      measuredBy: expect.stringMatching(/Kazakhstan.*Statistics/),
    });
    expect(inSeries(az.id).map((f) => f.value)).toEqual(
      expect.arrayContaining([229.6, 470, 501, 517.1, 547]),
    );
    expect(inSeries(kz.id).map((f) => f.value)).toEqual(
      expect.arrayContaining([194.1, 460, 463.3, 529.4, 280.6]),
    );
    // AzerNews names no source: listed, never charted beside the official series.
    expect(series(figure('kz-az-trade-2023-azernews')!.series)!.chart).toBeUndefined();
  });

  it('keeps every value where sources disagree, each with its own source', () => {
    const volume = (year: string) =>
      data.figures.filter(
        (f) =>
          series(f.series)?.chart === 'volume' && f.period.kind === 'year' && f.period.end === year,
      );
    expect(
      volume('2023')
        .map((f) => f.value)
        .sort(),
    ).toEqual([2.7, 2.7, 2.75, 2.764, 3]);
    expect(new Set(volume('2023').map((f) => f.source)).size).toBe(5);
    expect(
      volume('2024')
        .map((f) => f.value)
        .sort(),
    ).toEqual([3.3, 4.484, 4.5, 4.5]);
    const investment = data.figures.filter((f) => series(f.series)?.chart === 'investment');
    expect(new Set(investment.map((f) => f.series)).size).toBe(5);
    expect(
      investment
        .filter((f) => f.direction?.from === 'AZ')
        .map((f) => f.value)
        .sort(),
    ).toEqual([204, 205.2, 211.4, 215, 225, 306, 306.5]);
  });

  it('credits transit times to who gave them, official guidance and stock lines apart', () => {
    expect(series(figure('transit-navis-constanta')!.series)!.measuredBy).toMatch(
      /Official TITR guidance/,
    );
    expect(series(figure('transit-avg-trend')!.series)!.measuredBy).toMatch(
      /not an official figure/,
    );
    expect(figure('transit-navis-constanta')).toMatchObject({ value: 31, valueHigh: 34 });
  });

  it('sets what Baku–Tbilisi–Kars carried beside what was announced', () => {
    expect(figure('btk-capacity-initial-trend')).toMatchObject({ value: 6.5 });
    expect(figure('btk-cargo-2022')).toMatchObject({ value: 432284, unit: 'tonnes' });
    expect(figure('btk-cargo-2020')).toMatchObject({ value: 396778, unit: 'tonnes' });
  });

  it('names the places of every tour step, and one step covers the article’s politics', () => {
    for (const step of data.tour!.steps) expect(step.places.length, step.id).toBeGreaterThan(0);
    const step = data.tour!.steps.find((s) => s.target.id === 'astana')!;
    expect(step.places).toEqual(expect.arrayContaining(['astana', 'baku']));
    expect(step.note).toMatch(/Organization of Turkic States/);
  });

  it('quotes Madi Raimov only in short phrases', () => {
    const quotes = [
      data.context.overview!,
      ...Object.values(data.context.segments),
      ...Object.values(data.context.hubs),
    ].flatMap((e) => e.quotes);
    expect(quotes.length).toBeGreaterThanOrEqual(10);
    for (const q of quotes) {
      expect(q.speaker).toBe('Madi Raimov');
      expect(q.text.split(/\s+/).length).toBeLessThanOrEqual(MAX_QUOTE_WORDS);
    }
  });
});
