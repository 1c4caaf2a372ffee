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
  it.each([
    {
      id: 'trade-2024-article',
      value: 470,
      unit: 'USD million',
      period: { kind: 'year', end: '2024' },
    },
    {
      id: 'trade-2025-jan-aug-article',
      value: 547,
      unit: 'USD million',
      period: { kind: 'part-year', start: '2025-01', end: '2025-08' },
    },
    { id: 'investment-az-in-kz', value: 225, unit: 'USD million' },
    { id: 'investment-kz-in-az', value: 136, unit: 'USD million' },
    { id: 'aliyev-visits', value: 7, unit: 'visits' },
  ])('carries the article’s figure $id', ({ id, ...expected }) => {
    expect(figure(id)).toMatchObject({ ...expected, source: data.article!.sourceId });
    expect(figure(id)!.paragraph).toBeGreaterThan(0);
  });

  it('keeps every value where sources disagree, each with its own source', () => {
    const inYear = (series: string, year: string) =>
      data.figures.filter(
        (f) => f.series === series && f.period.kind === 'year' && f.period.end === year,
      );
    const cargo2023 = inYear('titr-cargo', '2023');
    expect(cargo2023.map((f) => f.value).sort()).toEqual([2.7, 2.75, 3]);
    expect(new Set(cargo2023.map((f) => f.source)).size).toBe(3);
    const trade2023 = inYear('kz-az-trade', '2023');
    expect(trade2023.map((f) => f.value).sort()).toEqual([529.4, 598.47]);
  });

  it('quotes Madi Raimov only in short phrases', () => {
    const quotes = [
      ...Object.values(data.context.segments),
      ...Object.values(data.context.hubs),
    ].flatMap((e) => e.quotes);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      expect(q.speaker).toBe('Madi Raimov');
      expect(q.text.split(/\s+/).length).toBeLessThanOrEqual(MAX_QUOTE_WORDS);
    }
  });
});
