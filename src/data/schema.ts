/**
 * The one schema for everything in geo/. The TypeScript types the app uses are inferred from it,
 * so the data files and the code cannot drift apart silently.
 */
import { z } from 'zod';

/** Characters that draw nothing: a name made only of them would show as blank. */
const INVISIBLE = /[\s\u00ad\u200b-\u200f\u2060\ufeff]/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;
const INVISIBLE_RUN = /[\s\u00ad\u200b-\u200f\u2060\ufeff]+/u;
/** Control characters (line breaks and tabs included: every text is one line or paragraph). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
/** Bidirectional embeddings, overrides and isolates: they can show text in another order than it is stored. */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;
/** The start of an HTML tag, comment or declaration. The app never renders data as HTML, but a
 * teacher who pastes markup into a text would see it shown literally: it is refused instead. */
const MARKUP = /<[a-z/!?]/iu;

const codePoint = (char: string) =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Text a reader sees, without the spaces an editor may leave around it: something visible (not
 * only spaces or zero-width characters), and at most `max` characters, so one runaway paragraph
 * cannot ship megabytes or hang the panel; no character that would hide, reorder or break what is
 * shown, and no markup.
 */
export function shownText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `is longer than ${max} characters`)
    .refine((text) => text.replace(INVISIBLE, '').length > 0, 'must not be blank')
    .superRefine((text, ctx) => {
      const fail = (message: string) => ctx.addIssue({ code: 'custom', message });
      if (LONE_SURROGATE.test(text)) fail('has a broken character (a lone surrogate)');
      const control = CONTROL.exec(text)?.[0];
      if (control) fail(`has a control character (${codePoint(control)}); write plain text`);
      const bidi = BIDI_CONTROL.exec(text)?.[0];
      if (bidi)
        fail(
          `has a bidirectional control (${codePoint(bidi)}), which can show text in another order`,
        );
      const tag = MARKUP.exec(text);
      if (tag)
        fail(
          `holds markup ("${text.slice(tag.index, tag.index + 12)}…"); write the text without tags`,
        );
    });
}

/**
 * A list the app renders as a keyed list (Svelte's keyed each): a repeated key is reported here,
 * by the repeat's place, instead of blanking the page that shows the list.
 */
function unique<T extends z.ZodType>(
  list: z.ZodType<z.infer<T>[]>,
  keyOf: (item: z.infer<T>) => string,
  what: string,
) {
  return list.superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const key = keyOf(item);
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i], message: `repeats ${what}` });
      seen.add(key);
    });
  });
}

/** Names every JavaScript object already has: as ids they would find the object's own property. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id like "my-new-id"')
  .refine((id) => !RESERVED_KEYS.has(id), 'is a name JavaScript reserves; choose another id');

const longitude = z.number().min(-180, 'longitude below -180').max(180, 'longitude above 180');
const latitude = z.number().min(-90, 'latitude below -90').max(90, 'latitude above 90');
export const position = z.tuple([longitude, latitude]);

const REGIONS = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code like "KZ"')
  // Well-formed but no country ("ZZ", "XX"): Intl names every assigned code, and the panels use it.
  .refine((code) => REGIONS.of(code) !== code && code !== 'ZZ', 'is not a country code');

export const segmentModes = ['rail', 'sea', 'road'] as const;
export const hubKinds = ['port', 'border', 'junction', 'city'] as const;

// ---- Provenance: which OpenStreetMap data a line or hub was derived from (issue 10) ----

const osmId = z.number().int().positive();
const extractDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const extractFile = z.string().regex(/^geo\/osm\/[\w-]+\.geojson$/, 'must name a file in geo/osm/');
/** Named entries of geo/route-overrides.json, e.g. "waypoints.poti-quay" or "seaLanes.aktau-alat". */
const overrideNames = z.array(z.string().regex(/^(waypoints|seaLanes)\.[a-z0-9-]+$/)).min(1);

export const provenanceMethods = ['track', 'stations', 'sea-lane', 'mixed'] as const;

export const segmentProvenance = z.strictObject({
  /** track: along OSM track; stations: straight between OSM stations; mixed: both. */
  method: z.enum(provenanceMethods),
  osmWays: z.array(osmId).min(1).optional(),
  /** OSM station nodes the line passes, in order along it. */
  osmNodes: z.array(osmId),
  extract: extractFile,
  extractDate: extractDay,
  overrides: overrideNames.optional(),
});

export const hubProvenance = z.strictObject({
  osmNode: osmId.optional(),
  osmWay: osmId.optional(),
  method: z.enum(['station-node', 'quay', 'override']),
  extract: extractFile,
  extractDate: extractDay,
  overrides: overrideNames.optional(),
});

export type SegmentProvenance = z.infer<typeof segmentProvenance>;
export type HubProvenance = z.infer<typeof hubProvenance>;

export const segmentProperties = z.strictObject({
  id: kebabId,
  name: shownText(80),
  mode: z.enum(segmentModes),
  countries: z.array(countryCode).min(1),
  from: kebabId,
  to: kebabId,
  order: z.number().int().positive(),
  /** The route list's section: an id in geo/groups.json. */
  group: kebabId,
  /** Whether selecting this segment shows the investment arrows across the Caspian. */
  showsFlows: z.boolean().optional(),
  sources: z.strictObject({
    via: z.array(z.string().min(1)).min(2, 'must name at least the two end stations'),
    refs: z.array(z.string().min(1)).min(1, 'must cite at least one reference'),
  }),
  provenance: segmentProvenance.optional(),
});

export const segmentFeature = z.strictObject({
  type: z.literal('Feature'),
  id: kebabId,
  properties: segmentProperties,
  geometry: z.strictObject({
    type: z.literal('LineString'),
    coordinates: z.array(position).min(2, 'a line needs at least two positions'),
  }),
});

export const hubProperties = z.strictObject({
  id: kebabId,
  name: shownText(80),
  /** The name in the country's own language and script, with its BCP 47 language code. */
  localName: z
    .strictObject({
      text: shownText(80),
      lang: z.string().regex(/^[a-z]{2,3}$/, 'must be a language code like "kk"'),
    })
    .optional(),
  kind: z.enum(hubKinds),
  country: countryCode,
  /**
   * `false` for a place the map shows for what the article says about it (a capital) although no
   * route segment passes it; only a city may be off the route (checked in validate-geometry.ts).
   */
  onRoute: z.boolean().optional(),
  sources: z.array(z.string().min(1)).min(1, 'must cite where the coordinate comes from'),
  provenance: hubProvenance.optional(),
});

export const hubFeature = z.strictObject({
  type: z.literal('Feature'),
  id: kebabId,
  properties: hubProperties,
  geometry: z.strictObject({ type: z.literal('Point'), coordinates: position }),
});

/** A collection is checked feature by feature, so one bad feature does not hide the others. */
export const featureCollection = z.strictObject({
  type: z.literal('FeatureCollection'),
  /** The OpenStreetMap licence and credit the derived files carry (README, licences). */
  license: z.string().optional(),
  attribution: z.string().optional(),
  note: z.string().optional(),
  features: z.array(z.unknown()),
});

export type Position = z.infer<typeof position>;
export type SegmentMode = (typeof segmentModes)[number];
export type HubKind = (typeof hubKinds)[number];
export type SegmentFeature = z.infer<typeof segmentFeature>;
export type HubFeature = z.infer<typeof hubFeature>;
export type Segment = z.infer<typeof segmentProperties>;
export type Hub = z.infer<typeof hubProperties>;

// ---- Content: the source article, other sources, figures and per-feature context (issue 3) ----

const isoDate = z
  .string()
  .regex(/^(\d{4}(-\d{2}(-\d{2})?)?|n\.d\.)$/, 'must be YYYY, YYYY-MM, YYYY-MM-DD or "n.d."')
  .refine(isCalendarDate, 'is not a date on the calendar')
  .refine((date) => !isFuture(date), 'is in the future; only forecasts and plans may be');

/** Whether a date as precise as the source gives it (a year, a month or a day) is after today. */
export function isFuture(date: string, today = new Date().toISOString().slice(0, 10)): boolean {
  return /^\d{4}/.test(date) && date > today.slice(0, date.length);
}

/** 2025-02-29 or 2025-13 would be shown as another date by Intl: only real ones pass. */
function isCalendarDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number);
  if (month === undefined || year === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const source = z.strictObject({
  id: kebabId,
  publisher: shownText(200),
  /** The item's real headline, or (with `descriptive`) our description of an untitled item. */
  title: shownText(400),
  /** The title is our description, not the item's headline: never shown in quotation marks. */
  descriptive: z.boolean().optional(),
  date: isoDate,
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  /** What a reader should know about the item (language, how it was dated). */
  note: shownText(1000).optional(),
});

/** Where the map shows an article point: the overview, a place's panel, or a tour step. */
export const pointPlace = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('overview') }),
    z.strictObject({ kind: z.literal('segment'), id: kebabId }),
    z.strictObject({ kind: z.literal('hub'), id: kebabId }),
    z.strictObject({ kind: z.literal('tour'), id: kebabId }),
  ],
  { error: 'must be {"kind":"overview"} or a segment, hub or tour step with its id' },
);

/** One point the article makes, in our own words, with the paragraphs it comes from. */
export const articlePoint = z.strictObject({
  id: kebabId,
  paragraphs: unique<z.ZodNumber>(
    z.array(z.number().int().positive()).min(1, 'must name its paragraph'),
    String,
    'a paragraph it names already',
  ),
  text: shownText(600),
  /** Where the map shows it; the first is its home. Empty is reported by validate-content.ts. */
  places: unique<typeof pointPlace>(
    z.array(pointPlace),
    (p) => (p.kind === 'overview' ? p.kind : `${p.kind}:${p.id}`),
    'an earlier place of this point',
  ),
});

export const article = z.strictObject({
  sourceId: kebabId,
  title: shownText(400),
  outlet: shownText(200),
  date: isoDate,
  interviewee: shownText(200),
  intervieweeRole: shownText(400),
  /** Who asked the questions, if the article names them. */
  interviewer: shownText(200).optional(),
  /** Paragraphs of the article's text, as its points and quotes number them. */
  paragraphCount: z.number().int().positive(),
  mainLine: shownText(1000),
  /** The article's own figures, as the Article view lists them. */
  headlineFigures: z.array(kebabId),
  /** Checked item by item in validate-content.ts, so one bad point does not hide the article. */
  points: z.array(z.unknown()).min(1, 'needs the points the article makes'),
});

export const figureUnits = [
  'USD million',
  'million tonnes',
  'million tonnes per year',
  'TEU',
  'TEU per year',
  'days',
  'hours',
  'km',
  'visits',
  'percent',
  'times',
  'year',
  'million passengers per year',
  'tonnes',
  'containers',
  'visitors',
  'metres',
  'centimetres per year',
  'train pairs per day',
  'hectares',
] as const;

/** A date as precise as the source gives it: a year, a month or a day. */
const datePart = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * What kind of period a figure covers. The label a reader sees ("January–August 2025",
 * "as of December 2024", "2030 target") is made from this, in the reader's language.
 */
export const periodKinds = [
  'year',
  'part-year',
  'cumulative',
  'span',
  'as-of',
  'from',
  'event',
  'forecast',
  'target',
  'planned',
  'undated',
] as const;

/** A stage of a project that a capacity figure refers to. */
export const periodStages = [
  'initial',
  'first-stage',
  'next-stage',
  'peak',
  'eventual',
  'phase-1',
  'after-phase-2',
  'after-phases-2-3',
] as const;

/** The kinds of period that may lie ahead. */
const FUTURE_KINDS: ReadonlySet<string> = new Set(['forecast', 'target', 'planned']);

/** Which dates each kind of period needs. */
const PERIOD_DATES: Record<
  (typeof periodKinds)[number],
  { start?: 'required' | 'optional'; end?: 'required' | 'optional'; year?: true }
> = {
  year: { end: 'required', year: true },
  'part-year': { start: 'required', end: 'required' },
  cumulative: { start: 'optional', end: 'required' },
  span: { start: 'required', end: 'required' },
  'as-of': { end: 'required' },
  from: { start: 'required' },
  event: { end: 'required' },
  forecast: { end: 'required' },
  target: { end: 'optional' },
  planned: { end: 'optional' },
  undated: {},
};

export const period = z
  .strictObject({
    kind: z.enum(periodKinds, { error: `must be one of: ${periodKinds.join(', ')}` }),
    start: datePart.optional(),
    end: datePart.optional(),
    /** When a plan or target was stated, for periods with no date of their own. */
    stated: datePart.optional(),
    stage: z.enum(periodStages, { error: `must be one of: ${periodStages.join(', ')}` }).optional(),
  })
  .superRefine((p, ctx) => {
    const rule = PERIOD_DATES[p.kind];
    for (const field of ['start', 'end'] as const) {
      const need = rule[field];
      if (need === 'required' && p[field] === undefined)
        ctx.addIssue({ code: 'custom', path: [field], message: `a "${p.kind}" period needs it` });
      if (need === undefined && p[field] !== undefined)
        ctx.addIssue({ code: 'custom', path: [field], message: `a "${p.kind}" period has none` });
    }
    // A count, a total or an event has happened; only forecasts and plans look ahead. A plan
    // was still stated in the past.
    const ahead = FUTURE_KINDS.has(p.kind);
    for (const field of ['start', 'end', 'stated'] as const) {
      const date = p[field];
      if (date !== undefined && isFuture(date) && (field === 'stated' || !ahead))
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message:
            field === 'stated'
              ? 'is in the future: a plan is stated when it is made'
              : `is in the future; a "${p.kind}" period has happened (use forecast, target or planned)`,
        });
    }
    if (rule.year && p.end !== undefined && !/^\d{4}$/.test(p.end))
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: 'a "year" period ends in a year (YYYY)',
      });
    if (p.kind === 'part-year' && p.start && p.end && p.start.slice(0, 4) !== p.end.slice(0, 4))
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: 'a part-year ends in its start year',
      });
    if (p.start !== undefined && p.end !== undefined && p.start > p.end)
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'is before the start' });
  });

/** Where a flow of money or goods goes from and to (ISO 3166-1 alpha-2). */
export const direction = z.strictObject({ from: countryCode, to: countryCode });

export const figure = z
  .strictObject({
    id: kebabId,
    label: shownText(200),
    /** The statistical series it belongs to: an id in geo/series.json. */
    series: kebabId,
    value: z.number(),
    /** The top of a range ("3–5 days"): above `value`. */
    valueHigh: z.number().optional(),
    unit: z.enum(figureUnits, { error: `must be one of: ${figureUnits.join(', ')}` }),
    period,
    source: kebabId,
    paragraph: z.number().int().positive().optional(),
    direction: direction.optional(),
    notes: shownText(1000).optional(),
  })
  .superRefine((f, ctx) => {
    // Charts draw amounts from zero: only a percentage (a change) may be below it.
    if (f.value < 0 && f.unit !== 'percent')
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'must not be negative' });
    if (f.valueHigh !== undefined && f.valueHigh <= f.value)
      ctx.addIssue({ code: 'custom', path: ['valueHigh'], message: 'must be above value' });
  });

/** The charts a series can be drawn in; a series without one is listed in a table. */
export const seriesCharts = ['trade', 'investment', 'volume'] as const;

/** Who measured a quantity and what exactly it covers (rail only, all modes, …). */
export const series = z.strictObject({
  id: kebabId,
  label: shownText(200),
  measuredBy: shownText(200),
  scope: shownText(400),
  chart: z.enum(seriesCharts).optional(),
});

/** A section of the route list (a country, a border, a sea). */
export const routeGroup = z.strictObject({ id: kebabId, title: shownText(200) });

/** An investment arrow on the map: a figure with a direction, drawn between two points. */
export const flow = z.strictObject({ figure: kebabId, from: position, to: position });

export const MAX_QUOTE_WORDS = 25;

export const quote = z.strictObject({
  // Words split at invisible characters too: 300 words joined by zero-width spaces are 300.
  text: shownText(300).refine((t) => t.trim().split(INVISIBLE_RUN).length <= MAX_QUOTE_WORDS, {
    error: `is longer than ${MAX_QUOTE_WORDS} words`,
  }),
  speaker: shownText(200),
  paragraph: z.number().int().positive(),
});

/**
 * How a place's panel relates to the article. `place`, `country` and `sea` panels show article
 * points (and only they may); `corridor` and `none` panels say so in one fixed sentence.
 */
export const articleScopes = ['place', 'country', 'sea', 'corridor', 'none'] as const;

/** A paragraph in our voice, never the article's, with the sources it rests on. */
export const backgroundParagraph = z.strictObject({
  text: shownText(1200),
  sources: unique<typeof kebabId>(
    z.array(kebabId).min(1, 'must cite at least one source'),
    (id) => id,
    'a source this paragraph already cites',
  ),
});

export const contextEntry = z.strictObject({
  articleScope: z.enum(articleScopes, { error: `must be one of: ${articleScopes.join(', ')}` }),
  background: unique<typeof backgroundParagraph>(
    z
      .array(backgroundParagraph)
      .min(1, 'needs at least one paragraph of background')
      .max(3, 'has more than three paragraphs'),
    (p) => p.text,
    'an earlier paragraph word for word',
  ),
  quotes: unique<typeof quote>(
    z.array(quote).max(2, 'has more than two quotes'),
    (q) => q.text,
    'an earlier quote word for word',
  ),
  figures: unique<typeof kebabId>(z.array(kebabId), (id) => id, 'a figure listed already'),
});

export const contextFile = z.strictObject({
  overview: z.unknown(),
  segments: z.record(z.string(), z.unknown()),
  hubs: z.record(z.string(), z.unknown()),
});

export type Source = z.infer<typeof source>;
export type PointPlace = z.infer<typeof pointPlace>;
export type ArticlePoint = z.infer<typeof articlePoint>;
/** The article with its points parsed. */
export type Article = Omit<z.infer<typeof article>, 'points'> & {
  points: ArticlePoint[];
  /** The title in the reader's language, shown beside the original (see texts.ts). */
  titleTranslation?: string;
};
export type ArticleScope = (typeof articleScopes)[number];
export type BackgroundParagraph = z.infer<typeof backgroundParagraph>;
export type FigureUnit = (typeof figureUnits)[number];
export type Figure = z.infer<typeof figure>;
export type Period = z.infer<typeof period>;
export type PeriodKind = (typeof periodKinds)[number];
export type PeriodStage = (typeof periodStages)[number];
export type Series = z.infer<typeof series>;
export type SeriesChart = (typeof seriesCharts)[number];
export type RouteGroup = z.infer<typeof routeGroup>;
export type Flow = z.infer<typeof flow>;
/** `translation`: the quote in the reader's language, beside the verbatim English (texts.ts). */
export type Quote = z.infer<typeof quote> & { translation?: string };
export type ContextEntry = Omit<z.infer<typeof contextEntry>, 'quotes'> & { quotes: Quote[] };

// ---- The classroom tour (issue 5) ----

export const tourCamera = z.union([
  z.literal('fit'),
  z.strictObject({
    center: position,
    zoom: z.number().min(0).max(22),
    bearing: z.number().min(-180).max(180).optional(),
    pitch: z.number().min(0).max(85).optional(),
  }),
]);

export const tourStep = z.strictObject({
  id: kebabId,
  title: shownText(200),
  target: z.strictObject({ kind: z.enum(['segment', 'hub']), id: kebabId }),
  camera: tourCamera,
  note: shownText(1500),
  question: shownText(400),
  figures: z.array(kebabId).optional(),
  /**
   * The figures the class needs for the step's question, shown with it on a projector without
   * scrolling; the step's other figures wait behind "More figures". Each is one of `figures`.
   */
  keyFigures: z
    .array(kebabId)
    .max(2, 'at most 2 key figures fit beside the note on a projector')
    .optional(),
  /**
   * The places the step talks about: hub and segment ids, and ids of the basemap's names
   * (country:KAZ, sea:caspian-sea, city:baku). The camera frames them all and their names are drawn.
   */
  places: z.array(z.string().min(1, 'must not be empty')).min(1, 'must name at least one place'),
  /**
   * A year of geo/timeline.json: the map shows the corridor as it stood then, fading what had
   * not opened, while the step is on screen.
   */
  year: z.number().int().min(1900).max(2100).optional(),
  /** The map draws the compared routes (geo/alternatives) beside the corridor at this step. */
  compare: z.literal(true).optional(),
});

export const tour = z.strictObject({
  title: shownText(200),
  steps: z.array(z.unknown()).min(8, 'needs at least 8 steps'),
});

export type TourCamera = z.infer<typeof tourCamera>;
export type TourStep = z.infer<typeof tourStep>;
export interface Tour {
  title: string;
  steps: TourStep[];
}
