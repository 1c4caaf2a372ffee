/** The data a reader can download: what each file holds, computed from the data, never typed. */
import { length, lineString } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { csvRow, downloadFiles } from '../../src/data/downloads.ts';
import type { CorridorData } from '../../src/data/corridor.ts';
import { readGeoFolder } from '../../src/data/read-geo.ts';
import { FIXTURE, LIVE_GEO } from '../support/app-context.ts';

const data = readGeoFolder(FIXTURE);
/**
 * The files, built afresh inside each test rather than once when this file loads: Stryker
 * changes the code only while tests run, so files built at load would hide every change.
 */
const filesOf = (d: CorridorData) => new Map(downloadFiles(d).map((f) => [f.name, f.text]));
const text = (name: string) => filesOf(data).get(name) ?? '';

/** Reads CSV back (RFC 4180), to check what a spreadsheet would show. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      rows.at(-1)!.push(cell);
      cell = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      rows.at(-1)!.push(cell);
      cell = '';
      rows.push([]);
      i++;
    } else cell += c;
  }
  return rows.slice(0, -1);
}

describe('the route and hubs as GeoJSON', () => {
  const route = () => JSON.parse(text('middle-corridor-route.geojson'));

  it('carries the OpenStreetMap licence and every segment with its provenance', () => {
    const { license, attribution, features } = route();
    expect(license).toBe('ODbL-1.0');
    expect(attribution).toMatch(/^© OpenStreetMap contributors/);
    expect(features.map((f: { id: string }) => f.id)).toEqual(data.segments.map((s) => s.id));
    for (const feature of features)
      expect(feature.properties.sources.via.length).toBeGreaterThan(1);
  });

  it('gives each segment’s length as turf measures its line, to a tenth of a km', () => {
    for (const feature of route().features) {
      const km = length(lineString(feature.geometry.coordinates), { units: 'kilometers' });
      expect(feature.properties.lengthKm).toBeCloseTo(km, 1);
    }
  });

  it('lists every hub at its position', () => {
    const hubs = JSON.parse(text('middle-corridor-hubs.geojson'));
    expect(hubs.license).toBe('ODbL-1.0');
    expect(hubs.features).toHaveLength(data.hubs.length);
    expect(hubs.features[0].geometry.coordinates).toEqual(data.hubs[0]!.coordinates);
  });
});

describe('the figures and sources as CSV', () => {
  const figures = () => parseCsv(text('middle-corridor-figures.csv').replace(/^\ufeff/, ''));
  const row = (id: string) => {
    const [header, ...rows] = figures();
    const found = rows.find((r) => r[0] === id)!;
    return Object.fromEntries(header!.map((h, i) => [h, found[i]]));
  };

  it('has one row per figure, each with its value, unit, period, series and source', () => {
    expect(figures()).toHaveLength(data.figures.length + 1);
    expect(row('trade-2024-article')).toMatchObject({
      value: '470',
      unit: 'USD million',
      period: '2024',
      periodKind: 'year',
      fromArticle: 'yes',
      articleParagraph: '2',
      sourcePublisher: 'News.Az',
      sourceDate: '2025-10-21',
      sourceUrl: 'https://news.az/news/test',
    });
    expect(row('trade-2024-article')['measuredBy']).not.toBe('');
  });

  it('marks figures from other sources as not the article’s', () => {
    expect(row('trade-2023-kz')['fromArticle']).toBe('no');
  });

  it('starts with a byte-order mark so spreadsheets read it as UTF-8', () => {
    expect(
      text('middle-corridor-sources.csv').startsWith('\ufeffid,publisher,title,date,url,note\r\n'),
    ).toBe(true);
  });
});

describe('a CSV cell', () => {
  it('is quoted when it holds a comma, a quote or a line break', () => {
    expect(csvRow(['a', 'b,c', 'say "hi"', 'two\nlines'])).toBe(
      'a,"b,c","say ""hi""","two\nlines"',
    );
  });

  it('cannot run as a spreadsheet formula, while negative numbers stay numbers', () => {
    expect(csvRow(['=HYPERLINK("x")', '+1+1', '@SUM(A1)', '-12.5'])).toBe(
      `"'=HYPERLINK(""x"")",'+1+1,'@SUM(A1),-12.5`,
    );
  });
});

// The map's own data, read once for the tests below (a read takes seconds).
const live = readGeoFolder(LIVE_GEO);

describe('the data as built', () => {
  it('writes every figure of geo/ with a source that has a URL', () => {
    const csv = downloadFiles(live).find((f) => f.name.endsWith('figures.csv'))!.text;
    const rows = parseCsv(csv.replace(/^\ufeff/, ''));
    expect(rows).toHaveLength(live.figures.length + 1);
    const url = rows[0]!.indexOf('sourceUrl');
    for (const r of rows.slice(1)) expect(r[url]).toMatch(/^https?:\/\//);
  });
});

describe('the compared routes', () => {
  const liveText = (name: string) => filesOf(live).get(name)!;

  it('come as their four lines with the ODbL and each length as turf measures the line', () => {
    const routes = JSON.parse(liveText('compared-routes.geojson'));
    expect(routes.license).toBe('ODbL-1.0');
    expect(routes.features.map((f: { properties: { name: string } }) => f.properties.name)).toEqual(
      live.alternatives!.routes.map((r) => r.name),
    );
    for (const feature of routes.features) {
      const km = length(lineString(feature.geometry.coordinates), { units: 'kilometers' });
      expect(feature.properties.lengthKm).toBe(Math.round(km));
      // What each line is drawn through and where that comes from, for a reader to check.
      expect(feature.properties.waypoints.length).toBeGreaterThan(1);
      expect(feature.properties.provenance.places.length).toBeGreaterThan(0);
    }
  });

  it('come with every figure, each with its source’s URL or the list it was counted from', () => {
    const csv = liveText('compared-routes-figures.csv').replace(/^\ufeff/, '');
    const [header, ...rows] = parseCsv(csv);
    expect(rows).toHaveLength(live.alternatives!.figures.length);
    const at = (name: string) => header!.indexOf(name);
    for (const row of rows) {
      const counted = row[at('counted')] ? row[at('counted')]!.split('; ').length : 0;
      if (row[at('source')]) expect(row[at('sourceUrl')], row[at('id')]).toMatch(/^https?:\/\//);
      else expect(Number(row[at('value')]), row[at('id')]).toBe(counted);
    }
    const cape = rows.find((r) => r[at('id')] === 'cape-days-navis')!;
    expect([cape[at('route')], cape[at('min')], cape[at('max')], cape[at('unit')]]).toEqual([
      'Cape route',
      '40',
      '55',
      'days',
    ]);
    const borders = rows.find((r) => r[at('id')] === 'north-borders')!;
    expect(borders[at('counted')]).toMatch(/\(KZ–RU\)/);
  });

  it('are left out for data with no comparison', () => {
    expect([...filesOf(data).keys()].some((name) => name.startsWith('compared-'))).toBe(false);
  });
});

describe('the timeline', () => {
  const timeline = () => {
    const csv = filesOf(live)
      .get('middle-corridor-timeline.csv')!
      .replace(/^\ufeff/, '');
    const [header, ...rows] = parseCsv(csv);
    const at = (name: string) => header!.indexOf(name);
    return { rows, at, row: (id: string) => rows.find((r) => r[at('id')] === id)! };
  };

  it('has every place’s opening and every event, each dated one with its source’s URL', () => {
    const { rows, at } = timeline();
    const places = live.segments.length + live.hubs.length;
    expect(rows.filter((r) => r[at('kind')] === 'opened')).toHaveLength(places);
    expect(rows.filter((r) => r[at('kind')] === 'event')).toHaveLength(
      live.timeline!.events.length,
    );
    for (const r of rows)
      if (r[at('date')]) expect(r[at('sourceUrl')], r[at('id')]).toMatch(/^https?:\/\//);
      else expect(r[at('source')], r[at('id')]).toBe('');
  });

  it('reads as a reader expects: the BTK line opened on 30 October 2017, by Tabula', () => {
    const { at, row } = timeline();
    const btk = row('segment:akhalkalaki-kars');
    expect([btk[at('date')], btk[at('text')], btk[at('sourcePublisher')]]).toEqual([
      '2017-10-30',
      'Akhalkalaki – Kars (Baku–Tbilisi–Kars)',
      'Tabula',
    ]);
    expect(row('btk-opening-2017')[at('places')]).toContain('segment:akhalkalaki-kars');
  });

  it('is left out for data with no timeline', () => {
    expect(filesOf(data).has('middle-corridor-timeline.csv')).toBe(false);
  });
});
