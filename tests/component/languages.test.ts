// @vitest-environment jsdom
/**
 * Every language is whole: each segment's and hub's panel, each tour step, each view, the handout
 * and the reference, rendered from geo/ in each language, leave no English where a translation is
 * due. What stays English by design is taken out first: the article's quotes and title (shown
 * verbatim, marked lang="en", with a translation beside them), real headlines, publishers' and
 * people's names, station names, URLs and the OpenStreetMap credit.
 */
import { cleanup, render, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { VIEW_PANELS } from '../../src/app/panels.ts';
import { Corridor, type Selection } from '../../src/data/corridor-index.ts';
import type { AppContext } from '../../src/data/context.ts';
import { readGeoFolder } from '../../src/data/read-geo.ts';
import { applyTexts } from '../../src/data/texts.ts';
import { TRANSLATED } from '../../src/data/translations.ts';
import { I18n } from '../../src/i18n/i18n.svelte.ts';
import { loadMessages } from '../../src/i18n/load-messages.ts';
import Panel from '../../src/panel/Panel.svelte';
import type { View } from '../../src/state/views.ts';
import Handout from '../../src/tour/Handout.svelte';
import Reference from '../../src/tour/Reference.svelte';
import { contextFor, LIVE_GEO } from '../support/app-context.ts';
import { panelCallbacks } from '../support/panel-callbacks.ts';

afterEach(cleanup);

const english = readGeoFolder(LIVE_GEO);

/** Words that stay as they are in every language. */
const kept = [
  ...english.sources.flatMap((s) => [s.publisher, s.url, ...(s.descriptive ? [] : [s.title])]),
  // OpenStreetMap's station names, which a railway's panel lists as OSM has them.
  ...english.segments.filter((s) => s.mode !== 'sea').flatMap((s) => s.sources.via),
  ...english.hubs.flatMap((h) => (h.localName ? [h.localName.text] : [])),
  ...(english.article
    ? [english.article.title, english.article.outlet, english.article.interviewee]
    : []),
  // The interviewee's book, which a translation may name in English beside its own title.
  'The Turks of the South Caucasus',
  'OpenStreetMap contributors',
  'OpenStreetMap',
  'Natural Earth',
  'ODbL',
  'News.Az',
]
  .filter((word) => word.length > 0)
  .sort((a, b) => b.length - a.length);

/** English words that no Russian, Kazakh, Azerbaijani or Turkish sentence uses. */
const ENGLISH =
  /(?<!\p{L})(the|and|of|with|from|for|is|are|was|were|this|that|which|paragraphs?|sources?|figures?|million|tonnes|days|route|segment|tour|step|article)(?!\p{L})/giu;

/** The English left in what a reader sees, with a few words around each. */
function englishIn(container: HTMLElement): string[] {
  const copy = container.cloneNode(true) as HTMLElement;
  for (const verbatim of copy.querySelectorAll('[lang="en"]')) verbatim.remove();
  let text = copy.textContent ?? '';
  for (const word of kept) text = text.replaceAll(word, ' ');
  return [...text.matchAll(ENGLISH)].map((m) =>
    text.slice(Math.max(0, m.index - 30), m.index + 30).replace(/\s+/g, ' '),
  );
}

describe.each(TRANSLATED)('in %s', { timeout: 120_000 }, (language) => {
  const load = async (): Promise<AppContext> => {
    const texts = english.translations?.[language] ?? {};
    return {
      corridor: new Corridor(applyTexts(english, texts)),
      i18n: new I18n(await loadMessages(language)),
    };
  };

  it('every segment’s and hub’s panel, and every tour step’s, is in the language', async () => {
    const context = await load();
    const { corridor } = context;
    const places: [Selection, number | null][] = [
      ...corridor.data.segments.map((s) => [{ kind: 'segment', id: s.id }, null] as const),
      ...corridor.data.hubs.map((h) => [{ kind: 'hub', id: h.id }, null] as const),
      ...(corridor.data.tour?.steps ?? []).map((s, i) => [s.target, i + 1] as const),
    ] as [Selection, number | null][];
    const left: string[] = [];
    for (const [selection, tourStep] of places) {
      const { container, unmount } = render(Panel, {
        props: { ...panelCallbacks(), selection, tourStep },
        context: contextFor(context),
      });
      left.push(...englishIn(container).map((t) => `${selection.id}: ${t}`));
      unmount();
    }
    expect(left).toEqual([]);
  });

  it.each(Object.keys(VIEW_PANELS) as View[])('the %s view is in the language', async (view) => {
    const { default: ViewPanel } = await VIEW_PANELS[view]();
    const { container } = render(ViewPanel, {
      props: panelCallbacks(),
      context: contextFor(await load()),
    });
    // A view whose data loads with it (the route comparison) says so until it is in; the first
    // load builds the comparison's module, which takes longer on a busy machine.
    await waitFor(() => expect(container.querySelector('[role="status"]')).toBeNull(), {
      timeout: 60_000,
    });
    expect(englishIn(container)).toEqual([]);
  });

  it('the handout and the reference are in the language', async () => {
    const context = await load();
    const handout = render(Handout, { props: { picture: null }, context: contextFor(context) });
    expect(englishIn(handout.container)).toEqual([]);
    handout.unmount();
    const reference = render(Reference, { context: contextFor(context) });
    expect(englishIn(reference.container)).toEqual([]);
  });
});
