/**
 * The content's translations: each text under its key, laid over the data; validation names each
 * missing, empty or stray translation with the file, the item and the field.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorridor } from '../../src/data/corridor.ts';
import { readGeoFolder } from '../../src/data/read-geo.ts';
import { applyTexts, englishTexts, splitTexts, translationProblems } from '../../src/data/texts.ts';
import { FIXTURE } from '../support/app-context.ts';
import { raw, validFiles } from '../support/geo-files.ts';

const data = buildCorridor(raw(validFiles()));
// Worked out inside each test, not when the file loads: Stryker changes the code only while
// tests run, so texts worked out at load would hide every change to texts.ts.
const english = () => englishTexts(data);
/** Every text "translated" by marking it, which keeps its source references. */
const marked = () => Object.fromEntries(Object.entries(english()).map(([k, v]) => [k, `«${v}»`]));

describe('the texts to translate', () => {
  it('are the words a reader sees, not ids, sources, numbers or real headlines', () => {
    const segment = data.segments[0]!;
    expect(english()[`segment.${segment.id}.name`]).toBe(segment.name);
    const figure = data.figures.find((f) => f.notes)!;
    expect(english()[`figure.${figure.id}.notes`]).toBe(figure.notes);
    const step = data.tour!.steps[0]!;
    expect(english()[`tour.step.${step.id}.question`]).toBe(step.question);
    const keys = Object.keys(english());
    expect(keys.some((k) => k.endsWith('.id') || k.endsWith('.url'))).toBe(false);
    for (const source of data.sources)
      expect(Object.hasOwn(english(), `source.${source.id}.title`)).toBe(
        source.descriptive === true,
      );
  });

  it('are laid over a copy of the data, the quotes kept verbatim with their translation beside', () => {
    const translated = applyTexts(data, marked());
    expect(translated.segments[0]!.name).toBe(`«${data.segments[0]!.name}»`);
    expect(translated.tour!.title).toBe(`«${data.tour!.title}»`);
    const entry = Object.values(data.context.segments).find((e) => e.quotes.length > 0)!;
    const id = Object.keys(data.context.segments).find((k) => data.context.segments[k] === entry)!;
    const quote = translated.context.segments[id]!.quotes[0]!;
    expect(quote.text).toBe(entry.quotes[0]!.text);
    expect(quote.translation).toBe(`«${entry.quotes[0]!.text}»`);
    expect(translated.article!.title).toBe(data.article!.title);
    expect(translated.article!.titleTranslation).toBe(`«${data.article!.title}»`);
    // The original is untouched: English is still there to switch back to.
    expect(data.segments[0]!.name).not.toContain('«');
  });

  it('ship apart from the data: the first view’s data has none, English lays them back', () => {
    const { bare, texts } = splitTexts(data);
    expect(bare.segments[0]!.name).toBe('');
    expect(bare.tour!.steps[0]!.note).toBe('');
    expect(JSON.stringify(bare)).not.toContain(data.figures[0]!.label);
    // Quotes and the article's title are verbatim in every language: they stay in the data.
    expect(bare.article!.title).toBe(data.article!.title);
    expect(applyTexts(bare, texts)).toEqual(data);
  });

  it('keep the English where a translation is missing', () => {
    const segment = data.segments[0]!;
    const translated = applyTexts(data, {});
    expect(translated.segments[0]!.name).toBe(segment.name);
  });
});

describe('a translation file', () => {
  const file = 'geo/i18n/kk.json';
  it('is complete when it translates every text', () => {
    expect(translationProblems(data, 'kk', file, marked())).toEqual([]);
  });

  it('names each missing or empty text by file, item and field', () => {
    const figure = data.figures[0]!;
    const step = data.tour!.steps[1]!;
    const texts = { ...marked() };
    delete texts[`figure.${figure.id}.label`];
    texts[`tour.step.${step.id}.note`] = '  ';
    expect(translationProblems(data, 'kk', file, texts)).toEqual([
      `geo/figures.json: "${figure.id}": label: missing in kk (${file}: "figure.${figure.id}.label")`,
      `geo/tour.json: "${step.id}": note: missing in kk (${file}: "tour.step.${step.id}.note")`,
    ]);
  });

  it('must cite the sources the English cites, and hold no stray keys', () => {
    const [key, text] = Object.entries(english()).find(([, v]) => /\{[a-z0-9-]+\}/.test(v))!;
    const ref = /\{[a-z0-9-]+\}/.exec(text)![0];
    const texts = { ...marked(), [key]: marked()[key]!.replace(ref, ''), 'figure.gone.label': 'x' };
    expect(translationProblems(data, 'kk', file, texts)).toEqual([
      expect.stringMatching(
        new RegExp(`^${file}: "${key}": must cite the sources the English cites \\(.*\\)$`),
      ),
      `${file}: "figure.gone.label": is no text of the data; remove it`,
    ]);
  });
});

describe('a data folder', () => {
  function folderWith(files: Record<string, unknown> | null): string {
    const folder = mkdtempSync(join(tmpdir(), 'corridor-i18n-'));
    cpSync(FIXTURE, folder, { recursive: true });
    if (files) {
      mkdirSync(join(folder, 'i18n'));
      for (const [name, content] of Object.entries(files))
        writeFileSync(join(folder, 'i18n', name), JSON.stringify(content));
    }
    return folder;
  }

  it('without i18n/ is in English only, with no problem', () => {
    expect(readGeoFolder(folderWith(null)).problems).toEqual([]);
  });

  it('with i18n/ must carry every language whole', () => {
    const folder = folderWith({ 'ru.json': marked(), 'kk.json': marked(), 'az.json': marked() });
    const read = readGeoFolder(folder);
    expect(read.problems).toEqual(['geo/i18n/tr.json: file: (root): is missing']);
    expect(read.translations?.ru?.[`segment.${data.segments[0]!.id}.name`]).toBe(
      marked()[`segment.${data.segments[0]!.id}.name`],
    );
  });
});
