/**
 * The words of the content a reader sees, each under a stable key ("figure.trade-2024.label"),
 * so a language other than English is a flat file of keys and their translations
 * (geo/i18n/<lang>.json) laid over the same data. Ids, numbers, dates, publishers, the real
 * headlines of sources, station names and URLs are not words to translate: they stay as geo/
 * writes them.
 *
 * The article's quotes stay verbatim in English; their translation goes beside them
 * (`Quote.translation`), shown marked as one. The same for the article's title.
 */
import type { CorridorData } from './corridor.ts';
import type { ContextEntry } from './schema.ts';
import type { AlternativeFigures } from './alternatives/figures-schema.ts';

/** One text: its key, the English, and where a translation goes in a copy of the data. */
export interface TextField {
  key: string;
  /** Where the English is, as a data editor finds it: `geo/figures.json: "trade-2024": label`. */
  where: string;
  text: string;
  set: (value: string) => void;
  /** Shown verbatim in every language (a quote, the article's title): its translation goes beside. */
  verbatim?: true;
}

function contextFields(place: string, entry: ContextEntry | null | undefined): TextField[] {
  if (!entry) return [];
  return [
    ...entry.background.map((paragraph, i) => ({
      key: `context.${place}.background.${i}`,
      where: `geo/context.json: "${place}": background[${i}].text`,
      text: paragraph.text,
      set: (value: string) => (paragraph.text = value),
    })),
    ...entry.quotes.map((quote, i) => ({
      key: `context.${place}.quote.${i}`,
      where: `geo/context.json: "${place}": quotes[${i}].text`,
      text: quote.text,
      set: (value: string) => (quote.translation = value),
      verbatim: true as const,
    })),
  ];
}

/**
 * The route comparison's texts (geo/alternatives/figures.json). Its claim is the article's words:
 * verbatim, with the translation beside it. A stretch ("Xi'an – Małaszewicze") is a text: many
 * name places only, but others say "or", "via" and "end points not stated".
 */
export function alternativeTextFields(alternatives: AlternativeFigures): TextField[] {
  const where = (id: string | null, name: string) =>
    `geo/alternatives/figures.json: ${id === null ? name : `"${id}": ${name}`}`;
  const fields: TextField[] = [
    {
      key: 'alternatives.caveat',
      where: where(null, 'caveat'),
      text: alternatives.caveat,
      set: (value) => (alternatives.caveat = value),
    },
  ];
  for (const r of alternatives.routes)
    fields.push({
      key: `alternatives.route.${r.id}.name`,
      where: where(r.id, 'name'),
      text: r.name,
      set: (value) => (r.name = value),
    });
  for (const f of alternatives.figures)
    for (const name of ['stretch', 'note'] as const)
      fields.push({
        key: `alternatives.figure.${f.id}.${name}`,
        where: where(f.id, name),
        text: f[name],
        set: (value) => (f[name] = value),
      });
  fields.push({
    key: 'alternatives.claim',
    where: where(null, 'claim: text'),
    text: alternatives.claim.text,
    set: (value) => (alternatives.claim.translation = value),
    verbatim: true,
  });
  return fields;
}

/** Every translatable text of `data`; the setters write into `data` itself. */
export function textFields(data: CorridorData): TextField[] {
  const fields: TextField[] = [];
  const add = <T extends object>(
    file: string,
    prefix: string,
    id: string | null,
    item: T,
    names: (keyof T & string)[],
  ) => {
    for (const name of names) {
      const text = item[name];
      if (typeof text !== 'string') continue;
      fields.push({
        key: `${prefix}${id === null ? '' : `.${id}`}.${name}`,
        where: `geo/${file}: ${id === null ? prefix : `"${id}"`}: ${name}`,
        text,
        set: (value) => ((item as Record<string, unknown>)[name] = value),
      });
    }
  };
  for (const s of data.segments) add('route.geojson', 'segment', s.id, s, ['name']);
  for (const h of data.hubs) add('hubs.geojson', 'hub', h.id, h, ['name']);
  for (const g of data.groups) add('groups.json', 'group', g.id, g, ['title']);
  for (const f of data.figures) add('figures.json', 'figure', f.id, f, ['label', 'notes']);
  for (const s of data.series)
    add('series.json', 'series', s.id, s, ['label', 'measuredBy', 'scope']);
  // A real headline stays as published; a title the project wrote for an untitled item is ours.
  for (const s of data.sources)
    add('sources.json', 'source', s.id, s, s.descriptive ? ['title', 'note'] : ['note']);
  const article = data.article;
  if (article) {
    fields.push({
      key: 'article.title',
      where: 'geo/article.json: article: title',
      text: article.title,
      set: (value) => (article.titleTranslation = value),
      verbatim: true,
    });
    add('article.json', 'article', null, article, ['intervieweeRole', 'mainLine']);
    for (const p of article.points) add('article.json', 'article.point', p.id, p, ['text']);
  }
  fields.push(...contextFields('overview', data.context.overview));
  for (const [id, entry] of Object.entries(data.context.segments))
    fields.push(...contextFields(`segment:${id}`, entry));
  for (const [id, entry] of Object.entries(data.context.hubs))
    fields.push(...contextFields(`hub:${id}`, entry));
  if (data.alternatives) fields.push(...alternativeTextFields(data.alternatives));
  for (const e of data.timeline?.events ?? [])
    add('timeline.json', 'timeline.event', e.id, e, ['text']);
  const tour = data.tour;
  if (tour) {
    add('tour.json', 'tour', null, tour, ['title']);
    for (const step of tour.steps)
      add('tour.json', 'tour.step', step.id, step, ['title', 'note', 'question']);
  }
  return fields;
}

/**
 * The texts the first view shows (the map's hub names, the route list's sections and lines, the
 * tour's title and steps); the rest, a panel's words, load once the map has had its turn.
 */
export function isFirstViewText(key: string): boolean {
  return /^(segment|hub|group)\.[^.]+\.(name|title)$|^tour\.(title|step\.[^.]+\.title)$/.test(key);
}

/**
 * The route comparison's texts: they ship inside the comparison's own module for each language
 * (`virtual:compare/<lang>`, loaded with its view), not with the first view's or the panels' words.
 */
export function isCompareText(key: string): boolean {
  return key.startsWith('alternatives.');
}

/** The English texts by key: what a translator translates. */
export function englishTexts(data: CorridorData): Record<string, string> {
  return Object.fromEntries(textFields(data).map((f) => [f.key, f.text]));
}

/**
 * The data without its words, and the words apart (verbatim quotes and title stay): what ships as
 * the first view's data and as English's own texts, so a reader of any language downloads the
 * words of that language only.
 */
export function splitTexts(data: CorridorData): {
  bare: CorridorData;
  texts: Record<string, string>;
} {
  const bare = structuredClone(data);
  const texts: Record<string, string> = {};
  for (const field of textFields(bare)) {
    if (field.verbatim) continue;
    texts[field.key] = field.text;
    field.set('');
  }
  return { bare, texts };
}

/** A copy of `data` with every text that `texts` translates replaced by its translation. */
export function applyTexts(
  data: CorridorData,
  texts: Readonly<Record<string, string>>,
): CorridorData {
  const copy = structuredClone(data);
  for (const field of textFields(copy)) {
    const value = Object.hasOwn(texts, field.key) ? texts[field.key] : undefined;
    if (value) field.set(value);
  }
  return copy;
}

/** Source references in a text ("{worldbank-2023}"): a translation must keep every one. */
const REFS = /\{[a-z0-9-]+\}/g;
const refsOf = (text: string) => [...text.matchAll(REFS)].map((m) => m[0]).sort();

/**
 * What is wrong with a language's translations: each text missing or empty, each translation that
 * dropped or invented a source reference, each key that is no text of the data (left behind when
 * the English was removed or renamed). `file` is where the translations are, e.g. geo/i18n/kk.json.
 */
export function translationProblems(
  data: CorridorData,
  language: string,
  file: string,
  texts: Readonly<Record<string, unknown>>,
): string[] {
  const problems: string[] = [];
  const fields = textFields(data);
  for (const field of fields) {
    const value = Object.hasOwn(texts, field.key) ? texts[field.key] : undefined;
    if (typeof value !== 'string' || value.trim() === '')
      problems.push(`${field.where}: missing in ${language} (${file}: "${field.key}")`);
    else if (refsOf(value).join() !== refsOf(field.text).join())
      problems.push(
        `${file}: "${field.key}": must cite the sources the English cites (${refsOf(field.text).join(', ') || 'none'})`,
      );
  }
  const known = new Set(fields.map((f) => f.key));
  for (const key of Object.keys(texts))
    if (!known.has(key)) problems.push(`${file}: "${key}": is no text of the data; remove it`);
  return problems;
}
