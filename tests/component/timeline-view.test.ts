// @vitest-environment jsdom
/**
 * The timeline view as a reader sees it: the chosen year, how much of the route was in service,
 * what opened and happened that year with its source, the year control and "Play", the cargo
 * chart and the places no source dates.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import TimelineView from '../../src/panel/TimelineView.svelte';
import { appContext, contextFor, LIVE_GEO } from '../support/app-context.ts';
import { panelCallbacks } from '../support/panel-callbacks.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const context = appContext(LIVE_GEO);
const { timeline } = context.corridor;
const segments = context.corridor.data.segments.length;

/** The view at `year`; choosing another year re-renders it there, as the app does. */
async function openAt(year: number) {
  const props = { ...panelCallbacks(), year, onyear: vi.fn() };
  const view = render(TimelineView, { props, context: contextFor(context) });
  props.onyear.mockImplementation((next: number) => view.rerender({ ...props, year: next }));
  await screen.findByRole('slider', { name: 'Year' }, { timeout: 10_000 });
  return props.onyear;
}

describe('the timeline view', { timeout: 30_000 }, () => {
  it('says how much of the route was in service, what opened and what happened in 2017', async () => {
    await openAt(2017);
    const later = Object.values(timeline!.segments).filter(
      (o) => o.opened !== null && Number(o.opened.slice(0, 4)) > 2017,
    ).length;
    expect(
      screen.getByText(
        `In 2017, ${segments - later} of the route’s ${segments} sections were in service.`,
      ),
    ).toBeTruthy();
    const opened = screen.getByRole('heading', { name: 'Opened in 2017' }).nextElementSibling!;
    expect(
      within(opened as HTMLElement).getByRole('button', { name: /Akhalkalaki – Kars/ }),
    ).toBeTruthy();
    const btk = screen.getByText(/The Baku–Tbilisi–Kars railway opens at a ceremony in Baku/);
    const item = btk.closest('li')!;
    expect(item.textContent).toContain('30 October 2017');
    expect(
      within(item)
        .getByRole('link', { name: /^Tabula/ })
        .getAttribute('href'),
    ).toMatch(/^https?:\/\//);
  });

  it('moves a year with the buttons and the slider, never past either end', async () => {
    const onyear = await openAt(2010);
    expect(screen.getByRole('button', { name: 'Previous year' })).toHaveProperty('disabled', true);
    await fireEvent.click(screen.getByRole('button', { name: 'Next year' }));
    expect(onyear).toHaveBeenLastCalledWith(2011);
    const slider = screen.getByRole('slider', { name: 'Year' }) as HTMLInputElement;
    slider.value = '2014';
    await fireEvent.input(slider);
    expect(onyear).toHaveBeenLastCalledWith(2014);
    expect(screen.getByText(/Kazakhstan opens the Zhezkazgan–Beineu railway/)).toBeTruthy();
  });

  it('plays a year at a time to the last year, and stops there', async () => {
    vi.useFakeTimers();
    const last = new Date().getFullYear();
    const onyear = await openAt(last - 2);
    await fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('button', { name: 'Pause' }).getAttribute('aria-pressed')).toBe('true');
    await vi.advanceTimersByTimeAsync(1500);
    expect(onyear).toHaveBeenLastCalledWith(last - 1);
    await vi.advanceTimersByTimeAsync(3000);
    expect(onyear).toHaveBeenLastCalledWith(last);
    expect(screen.getByRole('button', { name: 'Play' }).getAttribute('aria-pressed')).toBe('false');
    expect(onyear).toHaveBeenCalledTimes(2);
  });

  it('starts over at the first year when played from the last', async () => {
    const onyear = await openAt(new Date().getFullYear());
    await fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(onyear).toHaveBeenCalledWith(2010);
  });

  it('charts the corridor’s cargo by year, and names the places no source dates', async () => {
    await openAt(2020);
    // Every cargo figure, from every source: 2023 alone has five.
    const chart = screen.getByRole('img', { name: /^Cargo/ });
    expect(
      chart
        .getAttribute('aria-label')!
        .match(/2023: ([^;]*)/)![1]!
        .split('), ').length,
    ).toBe(5);
    expect(screen.getByText(/Opening date not found in any source we read/).textContent).toContain(
      'Mangyshlak – Port of Aktau',
    );
  });
});
