/**
 * Every word true to the article: quotations are the article's exact words, and no run of eight
 * or more of its words appears anywhere else in what the map shows. Compared against hashed word
 * runs of the article (tests/fixtures/article-fingerprint.json), since the repository must not
 * carry the article's text; `npm run content:fingerprint` rebuilds them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COPY_RUN,
  MIN_QUOTE_WORDS,
  hashRun,
  runs,
  splitQuotes,
  words,
  type Fingerprint,
} from '../support/article-words.ts';
import { LIVE_GEO } from '../support/app-context.ts';

const fingerprint = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/article-fingerprint.json'), 'utf8'),
) as Fingerprint;
const copied = new Set(fingerprint.runs8);
const shortRuns = Object.fromEntries(
  Object.entries(fingerprint.short).map(([n, hashes]) => [n, new Set(hashes)]),
);

/** Runs of COPY_RUN words of `text` that the article also has. */
function copiedRuns(text: string): string[] {
  return runs(words(text), COPY_RUN)
    .filter((run) => copied.has(hashRun(run)))
    .map((run) => run.join(' '));
}

/** Why a quotation is not the article's exact words, or null if it is. */
function notVerbatim(quote: string): string | null {
  const list = words(quote);
  if (list.length < MIN_QUOTE_WORDS)
    return `has ${list.length} words; quote at least ${MIN_QUOTE_WORDS} or paraphrase`;
  if (list.length < COPY_RUN)
    return shortRuns[list.length]?.has(hashRun(list)) ? null : 'is not in the article';
  // Long quotes: their runs must follow each other in the article, not just occur somewhere.
  const hashes = runs(list, COPY_RUN).map(hashRun);
  const starts = fingerprint.runs8.flatMap((h, i) => (h === hashes[0] ? [i] : []));
  const inOrder = starts.some((start) =>
    hashes.every((h, k) => fingerprint.runs8[start + k] === h),
  );
  return inOrder ? null : 'is not in the article word for word';
}

/** Every string in a JSON value, with where it is. */
function strings(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

const geoTexts = readdirSync(LIVE_GEO)
  .filter((name) => /\.(json|geojson)$/.test(name))
  .flatMap((name) => strings(JSON.parse(readFileSync(join(LIVE_GEO, name), 'utf8')), name));
/** The content files, whose quotation marks only ever quote the article (the geometry files
 * quote OpenStreetMap's names in their provenance notes). */
const contentTexts = geoTexts.filter(({ path }) => !path.includes('.geojson'));
const isPanelQuote = (path: string) => /\.quotes\[\d+\]\.text$/.test(path);
const context = JSON.parse(readFileSync(join(LIVE_GEO, 'context.json'), 'utf8')) as Record<
  string,
  unknown
>;
/** The quotes panels show as block quotes; they are stored without quotation marks. */
const panelQuotes = strings(context, 'context.json').filter((s) => isPanelQuote(s.path));
const enSource = readFileSync(join(import.meta.dirname, '../../src/i18n/en.ts'), 'utf8');

describe('the fingerprint', () => {
  it('holds hashed runs of the article, not its words', () => {
    expect(fingerprint.words).toBeGreaterThan(800);
    expect(fingerprint.runs8).toHaveLength(fingerprint.words - COPY_RUN + 1);
    expect(JSON.stringify(fingerprint)).not.toMatch(/Kazakhstan|Azerbaijan|corridor/i);
  });
});

describe('quotations', () => {
  const quoted = [
    ...panelQuotes,
    ...contentTexts.flatMap(({ path, text }) =>
      splitQuotes(text).quoted.map((quote) => ({ path, text: quote })),
    ),
  ];

  it('finds the quotations to check', () => {
    expect(panelQuotes.length).toBeGreaterThanOrEqual(10);
    expect(quoted.length).toBeGreaterThan(panelQuotes.length);
  });

  it.each(quoted)('$path: “$text” is the article’s exact words', ({ text }) => {
    expect(notVerbatim(text)).toBeNull();
  });

  it('would catch a changed word, a stitched quote and a fragment too short to check', () => {
    const quote = panelQuotes.find((q) => words(q.text).length > COPY_RUN + 2)!.text;
    const list = words(quote);
    expect(notVerbatim(quote)).toBeNull();
    expect(notVerbatim([...list.slice(0, -1), 'banana'].join(' '))).not.toBeNull();
    const other = panelQuotes.find((q) => q.text !== quote && words(q.text).length >= COPY_RUN)!;
    expect(notVerbatim(`${quote} ${other.text}`)).not.toBeNull();
    expect(notVerbatim(list.slice(0, 3).join(' '))).toMatch(/quote at least/);
  });
});

describe('no copied prose', () => {
  it('would catch a quotation that lost its quotation marks', () => {
    const quote = panelQuotes.find((q) => words(q.text).length >= COPY_RUN)!.text;
    expect(copiedRuns(`As he put it, ${quote}.`)).not.toEqual([]);
    expect(copiedRuns(`As he put it, “${quote}”.`.split(/“[^”]*”/).join(' '))).toEqual([]);
  });

  it.each(readdirSync(LIVE_GEO).filter((name) => /\.(json|geojson)$/.test(name)))(
    'geo/%s has no run of 8 of the article’s words outside quotation marks',
    (name) => {
      const found = geoTexts
        .filter(({ path }) => path.startsWith(name) && !isPanelQuote(path))
        .flatMap(({ path, text }) =>
          splitQuotes(text)
            .outside.flatMap(copiedRuns)
            .map((run) => `${path}: ${run}`),
        );
      expect(found).toEqual([]);
    },
  );

  it('src/i18n/en.ts has no run of 8 of the article’s words outside quotation marks', () => {
    expect(splitQuotes(enSource).outside.flatMap(copiedRuns)).toEqual([]);
  });
});
