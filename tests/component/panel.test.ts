// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { corridor } from '../../src/data/index.ts';
import type { ContextEntry } from '../../src/data/schema.ts';
import ArticleContext from '../../src/panel/ArticleContext.svelte';
import Overview from '../../src/panel/Overview.svelte';
import Panel from '../../src/panel/Panel.svelte';
import SourcesView from '../../src/panel/SourcesView.svelte';

afterEach(cleanup);

describe('segment panel', () => {
  it('opens the Caspian crossing with its facts, article context, quotes, charts and sources', () => {
    render(Panel, {
      selection: { kind: 'segment', id: 'aktau-alat' },
      onselect: vi.fn(),
      onclose: vi.fn(),
    });
    const panel = screen.getByRole('complementary');
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe(
      'Caspian ferry: Aktau – Alat',
    );
    expect(screen.getByText('Ferry crossing')).toBeTruthy();
    expect(screen.getByTestId('segment-length').textContent).toMatch(/^\d+ km$/);
    const quotes = panel.querySelectorAll('blockquote');
    expect(quotes).toHaveLength(2);
    expect(quotes[0]!.textContent?.replace(/\s+/g, ' ')).toContain(
      '— Madi Raimov, News.Az, 21 October 2025, paragraph 9',
    );
    expect(screen.getAllByRole('img').map((img) => img.getAttribute('aria-label'))).toEqual([
      expect.stringContaining('Kazakhstan–Azerbaijan trade turnover.'),
      expect.stringContaining('Investment between the two countries.'),
      expect.stringContaining('Cargo carried on the Middle Corridor'),
    ]);
    const sources = within(screen.getByRole('region', { name: 'Sources' }));
    expect(sources.getByText('Source article')).toBeTruthy();
    expect(sources.getAllByRole('link').length).toBeGreaterThan(5);
  });

  it('says plainly when the article does not discuss a stretch', () => {
    render(Panel, {
      selection: { kind: 'segment', id: 'xian-lanzhou' },
      onselect: vi.fn(),
      onclose: vi.fn(),
    });
    expect(screen.getAllByText('Not from the article').length).toBeGreaterThan(0);
    expect(screen.getByText(/The article does not discuss/)).toBeTruthy();
    expect(screen.queryByText('Source article')).toBeNull();
  });

  it('lets a hub link open that hub', async () => {
    const onselect = vi.fn();
    render(Panel, { selection: { kind: 'segment', id: 'kuryk-alat' }, onselect, onclose: vi.fn() });
    screen.getByRole('button', { name: 'Port of Kuryk' }).click();
    expect(onselect).toHaveBeenCalledWith({ kind: 'hub', id: 'kuryk' });
  });
});

describe('content is text, never markup', () => {
  it('renders an injection payload in the data as plain text', () => {
    const payload = '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>';
    const entry: ContextEntry = {
      paragraphs: [],
      context: [{ text: payload, basis: 'other' }],
      quotes: [{ text: payload, speaker: '<b>Madi</b>', paragraph: 9 }],
      figures: [],
      sources: [],
    };
    const { container } = render(ArticleContext, { entry });
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(container.textContent).toContain(payload);
  });
});

describe('overview and sources', () => {
  it('gives the article’s main line, its headline figures and how to use the map', () => {
    render(Overview, { onclose: vi.fn(), onshowsources: vi.fn() });
    expect(screen.getByText(corridor.article!.mainLine)).toBeTruthy();
    expect(screen.getAllByText('$470 million').length).toBeGreaterThan(0);
    expect(screen.getByText('$225 million')).toBeTruthy();
    expect(screen.getByText('7 visits')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'How to use the map' })).toBeTruthy();
  });

  it('lists every source with what it supports', () => {
    render(SourcesView, { onclose: vi.fn() });
    const items = screen.getByRole('list').querySelectorAll(':scope > li');
    expect(items).toHaveLength(corridor.sources.length);
    expect(items[0]!.textContent).toContain('News.Az');
    expect(items[0]!.textContent).toContain(
      'Kazakhstan–Azerbaijan trade turnover, 2024: $470 million',
    );
    expect(items[0]!.textContent).toMatch(/Cited in: .*Caspian ferry: Aktau – Alat/);
  });
});
