// @vitest-environment jsdom
/**
 * The handout of a tour that compares the routes: the routes side by side, each distance as
 * drawn, and the sources of the table's figures in the handout's sources.
 */
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, expect, it } from 'vitest';
import { readGeoFolder } from '../../src/data/read-geo.ts';
import { compareForScreen } from '../../src/data/screen.ts';
import { en } from '../../src/i18n/compare/en.ts';
import Handout from '../../src/tour/Handout.svelte';
import { appContext, contextFor, LIVE_GEO } from '../support/app-context.ts';

afterEach(cleanup);

const data = compareForScreen(readGeoFolder(LIVE_GEO))!;
const live = appContext(LIVE_GEO);
const context = contextFor(live);

it('prints the routes side by side, and the sources of their figures', () => {
  const { container } = render(Handout, {
    props: { picture: null, comparison: { data, words: en } },
    context,
  });
  const table = screen.getByRole('table', { hidden: true });
  const rows = within(table).getAllByRole('row', { hidden: true }).slice(1);
  expect(rows.map((r) => r.querySelector('th')!.textContent!.trim())).toEqual([
    'Middle Corridor',
    'Northern route',
    'Suez route',
    'Cape route',
  ]);
  expect(rows[3]!.textContent).toContain('35–55 days');
  const sources = container.querySelector('.sources')!.textContent!;
  for (const id of new Set(
    data.figures.filter((g) => g.measure === 'transit-days').map((g) => g.source),
  ))
    if (id) expect(sources).toContain(live.corridor.source(id)!.publisher);
});

it('prints no table without a comparison', () => {
  render(Handout, { props: { picture: null }, context });
  expect(screen.queryByRole('table', { hidden: true })).toBeNull();
});
