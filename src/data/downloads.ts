/**
 * The data behind the map as files a reader can take away: the route and hubs as GeoJSON at full
 * detail with their provenance (OpenStreetMap-derived, so under the ODbL), and the figures and
 * sources as CSV, each row naming its source. Built from the validated data at build time; the
 * Sources view links to them.
 */
import type { FeatureCollection } from 'geojson';
import type { AlternativeFigures } from './alternatives/figures-schema.ts';
import type { CorridorData } from './corridor.ts';
import type { Timeline } from './timeline/timeline-schema.ts';
import { DOWNLOAD_NAMES } from './download-names.ts';
import { en } from '../i18n/en.ts';
import { Format } from '../i18n/format.ts';

export { DOWNLOAD_FOLDER } from './download-names.ts';

export interface DownloadFile {
  name: string;
  type: string;
  text: string;
}

const OSM_LICENCE = {
  license: 'ODbL-1.0',
  attribution:
    '© OpenStreetMap contributors (openstreetmap.org/copyright), under the Open Database License',
};

export function downloadFiles(data: CorridorData): DownloadFile[] {
  return [
    geojson(DOWNLOAD_NAMES.route, {
      ...OSM_LICENCE,
      note: en.downloads.routeNote,
      type: 'FeatureCollection',
      features: data.segments.map(({ coordinates, ...segment }) => ({
        type: 'Feature',
        id: segment.id,
        properties: {
          ...segment,
          lengthKm: Math.round(segment.lengthKm * 10) / 10,
          // How the map draws it, not a fact about the route.
          lane: undefined,
        },
        geometry: { type: 'LineString', coordinates },
      })),
    }),
    geojson(DOWNLOAD_NAMES.hubs, {
      ...OSM_LICENCE,
      note: en.downloads.hubsNote,
      type: 'FeatureCollection',
      features: data.hubs.map(({ coordinates, ...hub }) => ({
        type: 'Feature',
        id: hub.id,
        properties: { ...hub },
        geometry: { type: 'Point', coordinates },
      })),
    }),
    csvFile(DOWNLOAD_NAMES.figures, figureRows(data)),
    csvFile(DOWNLOAD_NAMES.sources, [
      ['id', 'publisher', 'title', 'date', 'url', 'note'],
      ...data.sources.map((s) => [s.id, s.publisher, s.title, s.date, s.url, s.note ?? '']),
    ]),
    ...(data.alternatives ? compareFiles(data.alternatives, data) : []),
    ...(data.timeline ? [timelineFile(data.timeline, data)] : []),
  ];
}

/**
 * The timeline in one table: a row for each segment's and hub's opening (its date blank where no
 * source gives one), then a row for each event with the places it concerns; each with its source.
 */
function timelineFile(timeline: Timeline, data: CorridorData): DownloadFile {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const names = new Map([
    ...data.segments.map((s) => [`segment:${s.id}`, s.name] as const),
    ...data.hubs.map((h) => [`hub:${h.id}`, h.name] as const),
  ]);
  const cited = (id: string | undefined) => {
    const source = id === undefined ? undefined : sources.get(id);
    return [id ?? '', source?.publisher ?? '', source?.date ?? '', source?.url ?? ''];
  };
  const openings = (kind: 'segment' | 'hub', list: Timeline['segments']) =>
    Object.entries(list).map(([id, opening]) => [
      'opened',
      `${kind}:${id}`,
      opening.opened ?? '',
      names.get(`${kind}:${id}`) ?? id,
      `${kind}:${id}`,
      ...cited(opening.opened === null ? undefined : opening.source),
    ]);
  return csvFile(DOWNLOAD_NAMES.timeline, [
    [
      'kind',
      'id',
      'date',
      'text',
      'places',
      'source',
      'sourcePublisher',
      'sourceDate',
      'sourceUrl',
    ],
    ...openings('segment', timeline.segments),
    ...openings('hub', timeline.hubs),
    ...timeline.events.map((e) => [
      'event',
      e.id,
      e.date,
      e.text,
      [...e.segments.map((id) => `segment:${id}`), ...e.hubs.map((id) => `hub:${id}`)].join(' '),
      ...cited(e.source),
    ]),
  ]);
}

/**
 * The compared routes: their lines (the rail routes partly follow the corridor's OpenStreetMap
 * track, so the file is under the ODbL too) and their figures with sources or what was counted.
 */
function compareFiles(compare: AlternativeFigures, data: CorridorData): DownloadFile[] {
  const f = new Format(en);
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const names = new Map(compare.routes.map((r) => [r.id, r.name]));
  return [
    geojson(DOWNLOAD_NAMES.compareRoutes, {
      ...OSM_LICENCE,
      note: en.downloads.compareRoutesNote,
      type: 'FeatureCollection',
      features: compare.lines.map(({ coordinates, lengthKm, ...line }) => ({
        type: 'Feature',
        id: line.id,
        properties: { ...line, name: names.get(line.id), lengthKm: Math.round(lengthKm) },
        geometry: { type: 'LineString', coordinates },
      })),
    }),
    csvFile(DOWNLOAD_NAMES.compareFigures, [
      [
        'id',
        'route',
        'measure',
        'value',
        'min',
        'max',
        'unit',
        'stretch',
        'period',
        'note',
        'source',
        'sourcePublisher',
        'sourceDate',
        'sourceUrl',
        'counted',
      ],
      ...compare.figures.map((g) => {
        const source = g.source ? sources.get(g.source) : undefined;
        const number = (n: number | undefined) => (n === undefined ? '' : String(n));
        return [
          g.id,
          names.get(g.route) ?? g.route,
          g.measure,
          number(g.value),
          number(g.min),
          number(g.max),
          g.unit,
          g.stretch,
          f.period(g.period),
          g.note,
          g.source ?? '',
          source?.publisher ?? '',
          source?.date ?? '',
          source?.url ?? '',
          (g.counted ?? [])
            .map((c) => (c.between ? `${c.at} (${c.between.join('–')})` : c.at))
            .join('; '),
        ];
      }),
    ]),
  ];
}

function figureRows(data: CorridorData): string[][] {
  const f = new Format(en);
  const series = new Map(data.series.map((s) => [s.id, s]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const articleSource = data.article?.sourceId;
  const header = [
    'id',
    'label',
    'value',
    'valueHigh',
    'unit',
    'period',
    'periodKind',
    'periodStart',
    'periodEnd',
    'series',
    'measuredBy',
    'fromArticle',
    'articleParagraph',
    'source',
    'sourcePublisher',
    'sourceDate',
    'sourceUrl',
    'notes',
  ];
  return [
    header,
    ...data.figures.map((g) => {
      const source = sources.get(g.source);
      return [
        g.id,
        g.label,
        String(g.value),
        g.valueHigh === undefined ? '' : String(g.valueHigh),
        g.unit,
        f.period(g.period),
        g.period.kind,
        g.period.start ?? '',
        g.period.end ?? '',
        series.get(g.series)?.label ?? g.series,
        series.get(g.series)?.measuredBy ?? '',
        g.source === articleSource ? 'yes' : 'no',
        g.paragraph === undefined ? '' : String(g.paragraph),
        g.source,
        source?.publisher ?? '',
        source?.date ?? '',
        source?.url ?? '',
        g.notes ?? '',
      ];
    }),
  ];
}

function geojson(name: string, collection: FeatureCollection & Record<string, unknown>) {
  return { name, type: 'application/geo+json', text: `${JSON.stringify(collection, null, 1)}\n` };
}

function csvFile(name: string, rows: string[][]): DownloadFile {
  // A byte-order mark so spreadsheet programs read the file as UTF-8 (Türkiye, Ақтау, Ələt).
  return { name, type: 'text/csv', text: `\ufeff${rows.map(csvRow).join('\r\n')}\r\n` };
}

/**
 * One CSV line (RFC 4180): a cell with a comma, quote or line break is quoted. A text cell that
 * starts like a formula (=, +, -, @) gets a leading apostrophe, so a spreadsheet shows it rather
 * than running it; numbers are left as they are.
 */
export function csvRow(cells: string[]): string {
  return cells
    .map((cell) => {
      const safe = /^[=+\-@\t\r]/.test(cell) && Number.isNaN(Number(cell)) ? `'${cell}` : cell;
      return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
    })
    .join(',');
}
