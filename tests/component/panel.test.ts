// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Focus } from '../../src/app/focus.svelte.ts';
import type { ContextEntry } from '../../src/data/schema.ts';
import ArticleContext from '../../src/panel/ArticleContext.svelte';
import Overview from '../../src/panel/Overview.svelte';
import Panel from '../../src/panel/Panel.svelte';
import SourcesView from '../../src/panel/SourcesView.svelte';
import { appContext, contextFor } from '../support/app-context.ts';

afterEach(cleanup);

const panelProps = (id: string, kind: 'segment' | 'hub' = 'segment') => ({
  selection: { kind, id },
  tourStep: null,
  focus: new Focus(),
  onselect: vi.fn(),
  onclose: vi.fn(),
});

describe('segment panel', () => {
  it('opens the ferry with its facts, context, quote, charts, table and sources', () => {
    render(Panel, { props: panelProps('aktau-alat'), context: contextFor() });
    const panel = screen.getByRole('complementary');
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe(
      'Caspian ferry: Aktau – Alat',
    );
    expect(screen.getByText('Ferry crossing')).toBeTruthy();
    expect(screen.getByTestId('segment-length').textContent).toMatch(/^\d+ km$/);
    expect(screen.getByText('Kazakhstan, Azerbaijan')).toBeTruthy();
    const quote = panel.querySelector('blockquote');
    expect(quote?.textContent?.replace(/\s+/g, ' ')).toContain(
      '— Madi Raimov, News.Az, 21 October 2025, paragraph 2',
    );
    expect(screen.getAllByRole('img').map((img) => img.getAttribute('aria-label'))).toEqual([
      expect.stringContaining('Kazakhstan–Azerbaijan trade turnover.'),
      expect.stringContaining('Cargo carried on the Middle Corridor.'),
      expect.stringContaining('Investment between the two countries.'),
    ]);
    const table = screen.getByRole('table');
    expect(within(table).getByText('Sources differ')).toBeTruthy();
    expect(within(table).getByText('18–24 hours')).toBeTruthy();
    const sources = within(screen.getByRole('region', { name: 'Sources' }));
    expect(sources.getByText('Source article')).toBeTruthy();
    expect(sources.getByText(/paragraphs 1, 2/)).toBeTruthy();
  });

  it('marks text not from the article and cites no article where it draws on none', () => {
    render(Panel, { props: panelProps('mangyshlak-aktau'), context: contextFor() });
    expect(screen.getByText('Not from the article')).toBeTruthy();
    expect(screen.queryByText('Source article')).toBeNull();
    expect(screen.getByRole('link').getAttribute('href')).toBe(
      'https://en.trend.az/business/4057288.html',
    );
  });

  it('shows a hub’s local name in its language and lets a segment link open', () => {
    const props = panelProps('aktau', 'hub');
    render(Panel, { props, context: contextFor() });
    expect(screen.getByText('Ақтау').getAttribute('lang')).toBe('kk');
    screen.getByRole('button', { name: 'Caspian ferry: Aktau – Alat' }).click();
    expect(props.onselect).toHaveBeenCalledWith({ kind: 'segment', id: 'aktau-alat' });
  });

  it('lets a hub link open that hub', () => {
    const props = panelProps('aktau-alat');
    render(Panel, { props, context: contextFor() });
    screen.getByRole('button', { name: 'Port of Baku (Alat)' }).click();
    expect(props.onselect).toHaveBeenCalledWith({ kind: 'hub', id: 'alat' });
  });

  it('puts the tour step’s note and question first while touring', () => {
    render(Panel, {
      props: { ...panelProps('aktau-alat'), tourStep: 3 },
      context: contextFor(),
    });
    const note = screen.getByRole('region', { name: 'Tour step 3: Ferry' });
    expect(note.textContent).toContain('Ask the class: How long?');
    expect(within(note).getByText('$470 million')).toBeTruthy();
  });
});

describe('content is text, never markup', () => {
  it('renders an injection payload in the data as plain text', () => {
    const payload = '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>';
    const entry: ContextEntry = {
      paragraphs: [],
      context: [{ text: payload, basis: 'other' }],
      quotes: [{ text: payload, speaker: '<b>Madi</b>', paragraph: 2 }],
      figures: [],
      sources: [],
    };
    const { container } = render(ArticleContext, { props: { entry }, context: contextFor() });
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(container.textContent).toContain(payload);
  });
});

describe('overview and sources', () => {
  it('gives the article’s main line, its headline figures and how to use the map', () => {
    const context = appContext();
    const onopenview = vi.fn();
    render(Overview, {
      props: { focus: new Focus(), onclose: vi.fn(), onopenview },
      context: contextFor(context),
    });
    expect(screen.getByText('A test summary.')).toBeTruthy();
    expect(screen.getByText('$470 million · article')).toBeTruthy();
    expect(screen.getByText('$225 million')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'How to use the map' })).toBeTruthy();
    screen.getByRole('button', { name: 'See every source this map cites' }).click();
    expect(onopenview).toHaveBeenCalledWith('sources');
  });

  it('lists every source with the figures it gives and the places that cite it', () => {
    render(SourcesView, {
      props: { focus: new Focus(), onclose: vi.fn(), onopenview: vi.fn() },
      context: contextFor(),
    });
    const items = screen.getByRole('list').querySelectorAll(':scope > li');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('News.Az');
    expect(items[0]!.textContent).toContain(
      'Kazakhstan–Azerbaijan trade turnover, 2024: $470 million',
    );
    expect(items[0]!.textContent).toMatch(/Cited in: Caspian ferry: Aktau – Alat, Port of Aktau/);
    expect(items[1]!.textContent).toMatch(/Cited in: .*Mangyshlak – Port of Aktau/);
  });
});
