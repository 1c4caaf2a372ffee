// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Focus } from '../../src/app/focus.svelte.ts';
import { Corridor } from '../../src/data/corridor-index.ts';
import Overview from '../../src/panel/Overview.svelte';
import Panel from '../../src/panel/Panel.svelte';
import SourcesView from '../../src/panel/SourcesView.svelte';
import { appContext, contextFor, LIVE_GEO } from '../support/app-context.ts';
import { panelCallbacks } from '../support/panel-callbacks.ts';

afterEach(cleanup);

const panelProps = (id: string, kind: 'segment' | 'hub' = 'segment') => ({
  selection: { kind, id },
  tourStep: null,
  focus: new Focus(),
  onselect: vi.fn(),
  onclose: vi.fn(),
  onopenarticle: vi.fn(),
});
const viewProps = panelCallbacks;
const section = (name: string) => screen.getByRole('region', { name });

describe('segment panel', () => {
  it('opens the ferry with its facts, the article’s points, quote, background, charts and sources', () => {
    render(Panel, { props: panelProps('aktau-alat'), context: contextFor() });
    const panel = screen.getByRole('complementary');
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe(
      'Caspian ferry: Aktau – Alat',
    );
    expect(screen.getByText('Ferry crossing')).toBeTruthy();
    expect(screen.getByTestId('segment-length').textContent).toMatch(/^\d+ km$/);
    expect(screen.getByText('Kazakhstan, Azerbaijan')).toBeTruthy();
    // A lane between ports, not a line through stations.
    expect(screen.getByText(/^Drawn as a schematic sea lane between the two ports/)).toBeTruthy();
    expect(screen.getAllByRole('img').map((img) => img.getAttribute('aria-label'))).toEqual([
      expect.stringContaining('Kazakhstan–Azerbaijan trade turnover'),
      expect.stringContaining('Cargo carried on the Middle Corridor'),
      expect.stringContaining('Investment between the two countries'),
    ]);
    const table = screen.getByRole('table');
    expect(within(table).getByText('Sources differ')).toBeTruthy();
    expect(within(table).getByText('18–24 hours')).toBeTruthy();
    const sources = within(section('Sources'));
    expect(sources.getByText('Source article')).toBeTruthy();
    expect(sources.getByText(/paragraphs 1, 2/)).toBeTruthy();
    expect(sources.getByText(/“Test article: a headline”/)).toBeTruthy();
  });

  it('puts the article’s points and quotes under “In the article”, and only those', () => {
    render(Panel, { props: panelProps('aktau-alat'), context: contextFor() });
    const article = section('In the article');
    expect(article.textContent).toContain('The article speaks of the route across the Caspian Sea');
    expect(within(article).getByRole('listitem').textContent).toMatch(
      /^¶2\s+A point about the sea crossing\.$/,
    );
    expect(article.querySelector('blockquote')?.textContent?.replace(/\s+/g, ' ')).toContain(
      '“a short test quote” — Madi Raimov, News.Az, 21 October 2025, paragraph 2',
    );
    // Not the overview's or the capital's points, and no Background text.
    expect(article.textContent).not.toContain('corridor as a whole');
    expect(article.textContent).not.toContain('takes most of a day');
    const background = section('Background');
    expect(background.textContent).toContain('The crossing takes most of a day.');
    expect(within(background).getByRole('link', { name: 'Trend, 16 June 2025' })).toBeTruthy();
    expect(background.textContent).not.toContain('sea crossing.');
  });

  it('shows no “In the article” and says so where the article does not name the place', () => {
    const props = panelProps('mangyshlak-aktau');
    render(Panel, { props, context: contextFor() });
    expect(screen.queryByRole('region', { name: 'In the article' })).toBeNull();
    expect(screen.queryByText(/Not from the article/)).toBeNull();
    const background = section('Background');
    expect(background.textContent).toContain('The article does not name this place.');
    within(background).getByRole('button', { name: 'Open the Article view' }).click();
    expect(props.onopenarticle).toHaveBeenCalled();
    expect(screen.queryByText('Source article')).toBeNull();
    expect(document.querySelector('.geometry-note')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Drawn through these stations, named as in OpenStreetMap: Mangyshlak, Aktau. Length measured along the drawn line.',
    );
    expect(
      within(section('Sources'))
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['https://en.trend.az/business/4057288.html']);
  });

  it('marks the stations OpenStreetMap names only in Chinese as Chinese, and no other', () => {
    render(Panel, {
      props: panelProps('xian-lanzhou'),
      context: contextFor(appContext(LIVE_GEO)),
    });
    const stations = [...document.querySelectorAll('.geometry-note span')];
    const chinese = stations.filter((s) => /\p{Script=Han}/u.test(s.textContent!));
    expect(chinese.length).toBeGreaterThan(0);
    expect(chinese.every((s) => s.getAttribute('lang') === 'zh')).toBe(true);
    const latin = stations.filter((s) => !chinese.includes(s));
    expect(latin.map((s) => s.textContent)).toContain('Lanzhouxi');
    expect(latin.every((s) => !s.hasAttribute('lang'))).toBe(true);
  });

  it('says the article does not cover a place, with no button to the article', () => {
    render(Panel, { props: panelProps('mangyshlak', 'hub'), context: contextFor() });
    expect(section('Background').textContent).toContain(
      'The article does not cover this part of the route.',
    );
    expect(screen.queryByRole('button', { name: 'Open the Article view' })).toBeNull();
  });

  it('shows a capital off the route with the article’s political points and why it is there', () => {
    render(Panel, { props: panelProps('astana', 'hub'), context: contextFor() });
    expect(
      screen.getByText('No: shown on the map for what the article says about it'),
    ).toBeTruthy();
    const article = section('In the article');
    expect(article.textContent).toContain('does not name this city');
    expect(article.textContent).toContain('A point about politics, at the capital.');
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
    // The key figure stands open, with its period, series and source; the full table is folded.
    const key = within(note).getByRole('region', { name: 'Key figures' });
    expect(within(key).getByText('$470 million')).toBeTruthy();
    expect(key.textContent).toMatch(/2024/);
    expect(key.textContent).toContain('Series: Trade turnover · News.Az, 21 October 2025');
    expect(key.textContent).toContain('News.Az');
    const more = note.querySelector('details')!;
    expect(more.open).toBe(false);
    expect(more.querySelector('summary')!.textContent).toBe(
      'This step’s figure in full, with its notes',
    );
  });
});

describe('content is text, never markup', () => {
  it('renders an injection payload in the data as plain text', () => {
    const payload = '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>';
    const context = appContext();
    const data = structuredClone(context.corridor.data);
    data.context.segments['aktau-alat']!.background[0]!.text = payload;
    data.context.segments['aktau-alat']!.quotes[0]!.text = payload;
    data.article!.points[1]!.text = payload;
    const { container } = render(Panel, {
      props: panelProps('aktau-alat'),
      context: contextFor({ ...context, corridor: new Corridor(data) }),
    });
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.textContent?.split(payload).length).toBe(4);
  });
});

describe('overview and sources', () => {
  it('gives the article with its real headline, its points for the whole route and how to use the map', () => {
    const props = viewProps();
    render(Overview, { props, context: contextFor() });
    expect(
      screen.getAllByText(/News\.Az, 21 October 2025: “Test article: a headline”/)[0]!.textContent,
    ).toMatch(/an interview with Madi Raimov, Kazakh political observer\.$/);
    expect(screen.getByText('A test summary.')).toBeTruthy();
    const article = section('In the article');
    expect(article.textContent).toContain('The first point, about the corridor as a whole.');
    expect(article.textContent).toContain('A point about politics, at the capital.');
    expect(article.textContent).not.toContain('sea crossing');
    expect(section('Background').textContent).toContain('Background for the whole route.');
    expect(screen.getByText('$225 million · article')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'How to use the map' })).toBeTruthy();
    screen.getByRole('button', { name: /Every point of the article/ }).click();
    expect(props.onopenview).toHaveBeenCalledWith('article');
    screen.getByRole('button', { name: 'See every source this map cites' }).click();
    expect(props.onopenview).toHaveBeenCalledWith('sources');
    // Data with no route comparison offers none.
    expect(screen.queryByRole('button', { name: /^Compare the Middle Corridor/ })).toBeNull();
  });

  it('leads to the route comparison where the data has one (on a phone, the way there)', () => {
    const props = viewProps();
    render(Overview, { props, context: contextFor(appContext(LIVE_GEO)) });
    screen.getByRole('button', { name: /^Compare the Middle Corridor with the Northern/ }).click();
    expect(props.onopenview).toHaveBeenCalledWith('compare');
  });

  it('offers the data as files, each named for what it holds, with the licence', () => {
    render(SourcesView, { props: viewProps(), context: contextFor() });
    const downloads = screen.getByRole('region', { name: 'Download the data' });
    const link = within(downloads).getByRole('link', { name: 'Figures with their sources (CSV)' });
    expect(link.getAttribute('href')).toBe('./data/middle-corridor-figures.csv');
    expect(link.getAttribute('download')).toBe('middle-corridor-figures.csv');
    expect(within(downloads).getAllByRole('link')).toHaveLength(4);
    expect(downloads.textContent).toContain('Open Database License (ODbL 1.0)');
  });

  it('lists every source with its title as a headline or a description, its figures and who cites it', () => {
    render(SourcesView, { props: viewProps(), context: contextFor() });
    const items = screen.getByRole('list', { name: 'Sources' }).querySelectorAll(':scope > li');
    expect(items).toHaveLength(3);
    expect(items[0]!.textContent).toContain('News.Az');
    expect(items[0]!.textContent).toContain('“Test article: a headline”');
    expect(items[0]!.textContent).toContain(
      'Kazakhstan–Azerbaijan trade turnover, 2024: $470 million',
    );
    expect(items[0]!.textContent).toMatch(
      /Cited in: About this map, Caspian ferry: Aktau – Alat, Astana\./,
    );
    expect(items[2]!.textContent).toContain('[Test source]');
    expect(items[2]!.textContent).toMatch(/Cited in: About this map, Mangyshlak – Port of Aktau/);
  });
});
