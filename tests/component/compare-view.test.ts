// @vitest-environment jsdom
/**
 * The "Compare routes" view as a reader sees it: the article's claim quoted and credited, the
 * routes side by side with distances measured from their drawn lines, every source's transit time,
 * and what the comparison does not show.
 */
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { length, lineString } from '@turf/turf';
import { afterEach, describe, expect, it } from 'vitest';
import { readGeoFolder } from '../../src/data/read-geo.ts';
import CompareView from '../../src/panel/CompareView.svelte';
import { appContext, contextFor, LIVE_GEO } from '../support/app-context.ts';
import { panelCallbacks } from '../support/panel-callbacks.ts';

afterEach(cleanup);

const live = readGeoFolder(LIVE_GEO);
const compare = live.alternatives!;

async function openView() {
  render(CompareView, { props: panelCallbacks(), context: contextFor(appContext(LIVE_GEO)) });
  // The comparison loads with the view: slower while other test files run beside this one.
  return screen.findByRole('table', undefined, { timeout: 10_000 });
}

// The first test waits for the comparison's module to be built: more than Vitest's 5 s when
// other test files run beside it.
describe('the Compare routes view', { timeout: 30_000 }, () => {
  it('quotes the article’s claim and credits it to the interview', async () => {
    await openView();
    const claim = screen.getByRole('region', { name: 'What the article claims' });
    expect(
      within(claim).getByText('“enables us to reduce dependence on other routes”'),
    ).toBeTruthy();
    expect(claim.textContent).toContain('— Madi Raimov, News.Az, 21 October 2025, paragraph 13');
  });

  it('sets the routes side by side, each distance measured along its drawn line', async () => {
    const table = await openView();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent!.trim())).toEqual([
      'Middle Corridor',
      'Northern route',
      'Suez route',
      'Cape route',
    ]);
    for (const [i, route] of ['middle-corridor', 'northern', 'suez', 'cape'].entries()) {
      const feature = compare.lines.find((l) => l.id === route)!;
      const km = length(lineString(feature.coordinates), { units: 'kilometers' });
      const cells = within(rows[i]!).getAllByRole('cell');
      expect(cells[0]!.textContent).toBe(`${Math.round(km).toLocaleString('en-GB')} km`);
    }
    // Transit time: from the lowest to the highest any source gives.
    const days = (i: number) => within(rows[i]!).getAllByRole('cell')[1]!.textContent;
    expect(days(0)).toBe('13–53 days');
    expect(days(3)).toBe('35–55 days');
  });

  it('charts every sourced transit time with its publisher and period', async () => {
    await openView();
    const chart = screen.getByRole('figure');
    const sourced = compare.figures.filter((f) => f.measure === 'transit-days' && f.source);
    expect(within(chart).getAllByRole('listitem')).toHaveLength(sourced.length);
    const publishers = sourced.map((f) => live.sources.find((s) => s.id === f.source)!.publisher);
    for (const publisher of publishers) expect(chart.textContent).toContain(publisher);
    expect(chart.textContent).toContain('31–34 days');
  });

  it('lists each route’s figures with their sources, and says what it does not show', async () => {
    await openView();
    const northern = screen.getByRole('region', { name: 'Northern route' });
    expect(northern.textContent).toContain('$9,300 per container');
    expect(within(northern).getAllByRole('link').length).toBeGreaterThan(0);
    expect(
      screen.getByRole('heading', { name: 'What this comparison does not show' }),
    ).toBeTruthy();
    expect(document.body.textContent).toContain(compare.caveat);
  });
});
