// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ArticleView from '../../src/panel/ArticleView.svelte';
import { contextFor } from '../support/app-context.ts';
import { panelCallbacks } from '../support/panel-callbacks.ts';

afterEach(cleanup);

const props = panelCallbacks;

describe('the Article view', () => {
  it('heads the panel with the article’s headline, outlet, date, interviewee and link', () => {
    render(ArticleView, { props: props(), context: contextFor() });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Test article: a headline');
    expect(screen.getByText('News.Az, 21 October 2025')).toBeTruthy();
    expect(
      screen.getByText(/Interview with Madi Raimov, Kazakh political observer\./),
    ).toBeTruthy();
    expect(screen.getByText(/does not name the interviewer/)).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Read the article at News.Az' }).getAttribute('href'),
    ).toBe('https://news.az/news/test');
  });

  it('lists every point in the article’s order with its paragraph and where the map shows it', () => {
    render(ArticleView, { props: props(), context: contextFor() });
    const points = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(
      points.map((p) => p.querySelector('p')?.textContent?.replace(/\s+/g, ' ').trim()),
    ).toEqual([
      '¶1 The first point, about the corridor as a whole.',
      '¶2 A point about the sea crossing.',
      '¶2 A point about politics, at the capital.',
    ]);
    expect(
      within(points[1]!)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Caspian ferry: Aktau – Alat', 'Tour step 3: Ferry']);
  });

  it('opens the panel, the overview or the tour step a point links to', () => {
    const p = props();
    render(ArticleView, { props: p, context: contextFor() });
    screen.getByRole('button', { name: 'Caspian ferry: Aktau – Alat' }).click();
    expect(p.onselect).toHaveBeenCalledWith({ kind: 'segment', id: 'aktau-alat' });
    screen.getByRole('button', { name: 'Astana' }).click();
    expect(p.onselect).toHaveBeenCalledWith({ kind: 'hub', id: 'astana' });
    screen.getByRole('button', { name: 'Tour step 3: Ferry' }).click();
    expect(p.ontourstep).toHaveBeenCalledWith(3);
    screen.getAllByRole('button', { name: 'About this map' })[0]!.click();
    expect(p.onopenview).toHaveBeenCalledWith('overview');
  });

  it('ends with the article’s own figures, credited to their paragraph', () => {
    render(ArticleView, { props: props(), context: contextFor() });
    const table = within(screen.getByRole('table', { name: 'The article’s figures' }));
    expect(table.getByText('$470 million')).toBeTruthy();
    expect(table.getByText('$225 million')).toBeTruthy();
    expect(table.getAllByText(/News\.Az, 21 October 2025, paragraph 2/)).toHaveLength(2);
  });
});
