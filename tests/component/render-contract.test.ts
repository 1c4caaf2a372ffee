// @vitest-environment jsdom
/**
 * The rendering contract: whatever passes validation renders. Every panel (each segment and hub,
 * with and without its tour step), every view and the handout are drawn from three data sets that
 * validate: the project's geo/, the small fixture, and the fixture at its edges (no quotes, no
 * figures, one paragraph of the longest allowed text, names of the longest allowed length, every
 * optional field left out). A keyed list with a repeated key, or a panel reading a field that
 * may be missing, throws here instead of blanking a reader's page.
 */
import { cleanup, render } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { VIEW_PANELS } from '../../src/app/panels.ts';
import { buildCorridor } from '../../src/data/corridor.ts';
import { Corridor, type Selection } from '../../src/data/corridor-index.ts';
import type { AppContext } from '../../src/data/context.ts';
import { I18n } from '../../src/i18n/i18n.svelte.ts';
import Panel from '../../src/panel/Panel.svelte';
import type { View } from '../../src/state/views.ts';
import Handout from '../../src/tour/Handout.svelte';
import Reference from '../../src/tour/Reference.svelte';
import { appContext, contextFor, LIVE_GEO } from '../support/app-context.ts';
import { panelCallbacks } from '../support/panel-callbacks.ts';
import { raw, validFiles } from '../support/geo-files.ts';

afterEach(cleanup);

/** Words up to `length` characters, as long as a field may be. */
const longest = (length: number) => 'word '.repeat(length).slice(0, length).trim();

/** The valid fixture at its edges; validated, so it is data an editor could ship. */
function edgeContext(): AppContext {
  const files = validFiles();
  for (const entry of [
    ...Object.values(files.context.segments),
    ...Object.values(files.context.hubs),
  ]) {
    entry['quotes'] = [];
    entry['figures'] = [];
    entry['background'] = [{ text: longest(1200), sources: ['trend-2025-06-16'] }];
  }
  for (const feature of [...files.route.features, ...files.hubs.features])
    feature.properties['name'] = longest(80);
  for (const feature of files.hubs.features) delete feature.properties['localName'];
  for (const figure of files.figures) {
    delete figure['notes'];
    delete figure['valueHigh'];
  }
  for (const step of files.tour.steps) {
    delete step['figures'];
    delete step['keyFigures'];
    step['note'] = longest(1500);
    step['question'] = longest(400);
  }
  const problems: string[] = [];
  const data = buildCorridor(raw(files), problems);
  expect(problems).toEqual([]);
  return { corridor: new Corridor(data), i18n: new I18n() };
}

const dataSets: [string, () => AppContext][] = [
  ['geo/', () => appContext(LIVE_GEO)],
  ['the fixture', () => appContext()],
  ['the fixture at its edges', edgeContext],
];

// Each case renders every place of geo/ (77 panels, the reference): seconds on a busy machine.
describe.each(dataSets)('from %s', { timeout: 60_000 }, (_, load) => {
  const context = load();
  const { corridor } = context;
  const places: Selection[] = [
    ...corridor.data.segments.map((s) => ({ kind: 'segment' as const, id: s.id })),
    ...corridor.data.hubs.map((h) => ({ kind: 'hub' as const, id: h.id })),
  ];

  it('renders every segment’s and hub’s panel, named by its heading', () => {
    for (const selection of places) {
      const { container, unmount } = render(Panel, {
        props: { ...panelCallbacks(), selection, tourStep: null },
        context: contextFor(context),
      });
      expect(container.querySelector('h2')?.textContent, selection.id).not.toBe('');
      unmount();
    }
  });

  it('renders every tour step’s panel with its note', () => {
    for (let n = 1; n <= corridor.tourLength; n++) {
      const step = corridor.tourStep(n)!;
      const { container, unmount } = render(Panel, {
        props: { ...panelCallbacks(), selection: step.target, tourStep: n },
        context: contextFor(context),
      });
      expect(container.textContent, step.id).toContain(step.title);
      unmount();
    }
  });

  it.each(Object.keys(VIEW_PANELS) as View[])('renders the %s view', async (view) => {
    const { default: ViewPanel } = await VIEW_PANELS[view]();
    const { container } = render(ViewPanel, {
      props: panelCallbacks(),
      context: contextFor(context),
    });
    expect(container.querySelector('h2')?.textContent).not.toBe('');
  });

  it('renders the handout with every tour question', () => {
    const { container } = render(Handout, {
      props: { picture: null },
      context: contextFor(context),
    });
    for (const step of corridor.data.tour?.steps ?? [])
      expect(container.textContent).toContain(step.question);
  });

  it('renders the reference with every segment', () => {
    const { container } = render(Reference, { context: contextFor(context) });
    for (const segment of corridor.data.segments)
      expect(container.textContent).toContain(segment.name);
  });
});
