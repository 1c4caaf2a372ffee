// @vitest-environment jsdom
/**
 * Keys and actions end to end: real key events on the page go through the controller to the app
 * state, as in App.svelte (`<svelte:window onkeydown>`), with a stand-in for presenter mode.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Presenter } from '../../src/tour/presenter.svelte.ts';

// The layout's media query needs matchMedia, which jsdom lacks: a wide screen.
vi.hoisted(() => {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }) as unknown as MediaQueryList;
});

const { Controller } = await import('../../src/app/controller.svelte.ts');
const { Focus } = await import('../../src/app/focus.svelte.ts');
const { AppState } = await import('../../src/state/app-state.svelte.ts');
const { appContext, LIVE_GEO } = await import('../support/app-context.ts');

const { corridor } = appContext();

let ui: InstanceType<typeof Controller>;
let toggle: ReturnType<typeof vi.fn>;
const onKeydown = (event: KeyboardEvent) => ui.onKeydown(event);

beforeEach(() => {
  toggle = vi.fn(async () => {});
  ui = new Controller(new AppState(corridor), new Focus(), { toggle } as unknown as Presenter);
  window.addEventListener('keydown', onKeydown);
});
afterEach(() => {
  window.removeEventListener('keydown', onKeydown);
  document.body.replaceChildren();
});

/** Presses a key where focus is (or on the page), as the browser would; returns the event. */
function press(key: string, target: Element = document.activeElement ?? document.body) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

function button(label: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.textContent = label;
  document.body.append(element);
  return element;
}

describe('keys during the tour', () => {
  it.each([
    { key: 'PageDown', from: 3, to: 4 },
    { key: 'ArrowRight', from: 3, to: 4 },
    { key: ' ', from: 3, to: 4 },
    { key: 'PageUp', from: 3, to: 2 },
    { key: 'ArrowLeft', from: 1, to: 1 },
    { key: 'PageDown', from: 8, to: 8 },
    { key: 'Home', from: 5, to: 1 },
    { key: 'End', from: 2, to: 8 },
  ])('$key on the page goes from step $from to $to', ({ key, from, to }) => {
    ui.app.goToStep(from);
    const event = press(key);
    expect(ui.app.tourStep).toBe(to);
    expect(event.defaultPrevented).toBe(true);
  });

  it('leaves Space on a focused button to the button, which it presses, and does not step', () => {
    ui.app.goToStep(3);
    const leave = button('Leave tour');
    leave.focus();
    const event = press(' ');
    expect(event.defaultPrevented).toBe(false);
    expect(ui.app.tourStep).toBe(3);
    // PageDown from a clicker still steps while the button has focus.
    expect(press('PageDown').defaultPrevented).toBe(true);
    expect(ui.app.tourStep).toBe(4);
  });

  it('leaves the arrows on the focused map to the map', () => {
    ui.app.goToStep(3);
    const canvas = document.createElement('canvas');
    canvas.tabIndex = 0;
    document.body.append(canvas);
    canvas.focus();
    expect(press('ArrowRight').defaultPrevented).toBe(false);
    expect(ui.app.tourStep).toBe(3);
  });

  it('keeps the tour on Escape, which closes the panel; the next clicker press goes on', () => {
    ui.app.goToStep(3);
    expect(press('Escape').defaultPrevented).toBe(true);
    expect(ui.app.panelOpen).toBe(false);
    expect(ui.app.tourStep).toBe(3);
    press('PageDown');
    expect(ui.app.tourStep).toBe(4);
  });

  it('with no tour running: the clicker starts it, Escape closes the panel, other keys pass', () => {
    ui.app.select({ kind: 'hub', id: 'alat' });
    expect(press('a').defaultPrevented).toBe(false);
    expect(press('PageUp').defaultPrevented).toBe(false);
    expect(ui.app.selection).toEqual({ kind: 'hub', id: 'alat' });
    expect(press('Escape').defaultPrevented).toBe(true);
    expect(ui.app.panelOpen).toBe(false);
    expect(press('PageDown').defaultPrevented).toBe(true);
    expect(ui.app.tourStep).toBe(1);
  });

  it('closes what the reader is in: from the panel the panel, else the route list first', () => {
    const panel = document.createElement('aside');
    panel.className = 'panel';
    const heading = document.createElement('h2');
    heading.tabIndex = -1;
    panel.append(heading);
    document.body.append(panel);
    ui.toggleList();
    ui.goTo({ kind: 'hub', id: 'alat' });
    heading.focus();
    press('Escape');
    expect(ui.app.panelOpen).toBe(false);
    expect(ui.listOpen).toBe(true);

    ui.goTo({ kind: 'hub', id: 'alat' });
    document.body.focus();
    press('Escape', document.body);
    expect(ui.listOpen).toBe(false);
    expect(ui.app.panelOpen).toBe(true);
    press('Escape', document.body);
    expect(ui.app.panelOpen).toBe(false);
  });

  it('closes the "Print & share" list before anything under it, wherever focus is', () => {
    ui.toggleList();
    ui.goTo({ kind: 'hub', id: 'alat' });
    const opener = button('Print & share');
    opener.focus();
    ui.toggleShare();
    press('Escape', document.body);
    expect(ui.shareOpen).toBe(false);
    expect(document.activeElement).toBe(opener);
    expect(ui.listOpen).toBe(true);
    expect(ui.app.panelOpen).toBe(true);
  });

  it('switches presenter mode with F, touring or not', () => {
    press('f');
    expect(toggle).toHaveBeenCalledTimes(1);
    ui.app.goToStep(2);
    press('F');
    expect(toggle).toHaveBeenCalledTimes(2);
    expect(ui.app.tourStep).toBe(2);
  });

  it('ignores F typed into a text field', () => {
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    press('f');
    expect(toggle).not.toHaveBeenCalled();
  });
});

describe('actions', () => {
  it('returns focus to the control that opened the panel when Escape closes it', () => {
    const opener = button('Kuryk');
    opener.focus();
    ui.goTo({ kind: 'hub', id: 'alat' });
    expect(ui.focus.pending).toBe('panel');
    expect(ui.app.camera).toEqual({ kind: 'frame' });
    button('Somewhere in the panel').focus();
    press('Escape');
    expect(ui.app.panelOpen).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it('keeps the camera for a click on the map and folds the phone sheet', () => {
    ui.sheetExpanded = true;
    ui.selectOnMap({ kind: 'segment', id: 'aktau-alat' });
    expect(ui.app.camera).toEqual({ kind: 'keep' });
    expect(ui.sheetExpanded).toBe(false);
  });

  it('steps along the route with [ and ], framing each segment', () => {
    ui.stepSegment(1);
    expect(ui.app.selection).toEqual({ kind: 'segment', id: 'mangyshlak-aktau' });
    ui.stepSegment(1);
    expect(ui.app.selection).toEqual({ kind: 'segment', id: 'aktau-alat' });
    expect(ui.app.camera).toEqual({ kind: 'frame' });
  });

  it('starts the tour where the reader left it, or at the first step', () => {
    ui.next();
    expect(ui.app.tourStep).toBe(1);
    ui.app.goToStep(5);
    ui.app.leaveTour();
    ui.next();
    expect(ui.app.tourStep).toBe(5);
  });

  it('opens a view and moves focus into it; the route list takes focus when opened', () => {
    ui.openView('sources');
    expect(ui.app.view).toBe('sources');
    expect(ui.focus.pending).toBe('panel');
    ui.toggleList();
    expect(ui.listOpen).toBe(true);
    expect(ui.focus.pending).toBe('list');
    ui.toggleList();
    expect(ui.listOpen).toBe(false);
  });
});

describe('printing', () => {
  it('loads the print sheets before the browser prints, once, and prints what was asked for', async () => {
    const printed: (string | null)[] = [];
    vi.spyOn(window, 'print').mockImplementation(() => {
      printed.push(ui.printSheets ? ui.printing : null);
    });
    expect(ui.printSheets).toBeNull();
    await ui.print('reference');
    const sheets = ui.printSheets;
    await ui.print('handout');
    expect(printed).toEqual(['reference', 'handout']);
    expect(ui.printSheets).toBe(sheets);
  });
});

describe('printing the handout of a tour that compares the routes', () => {
  // The map's own data, with its comparison: read once, and the comparison's module built for it.
  const live = appContext(LIVE_GEO).corridor;

  it('loads the comparison in the reader’s language first, so the table is on the page', async () => {
    expect(live.data.tour?.steps.some((s) => s.compare)).toBe(true);
    const words = { complete: () => Promise.resolve(), current: 'kk' as const };
    ui = new Controller(new AppState(live), new Focus(), { toggle } as unknown as Presenter, words);
    const atPrint: unknown[] = [];
    vi.spyOn(window, 'print').mockImplementation(() => atPrint.push(ui.comparison));
    await ui.print('handout');
    const [comparison] = atPrint as (typeof ui.comparison)[];
    expect(comparison?.data.routes.map((r) => r.name)).toContain('Солтүстік бағыт');
    expect(comparison?.words.table).toBe('Бағыттар қатар');
  }, 60_000);

  it('loads nothing for a tour that does not', async () => {
    vi.spyOn(window, 'print').mockImplementation(() => {});
    await ui.print('handout');
    expect(ui.comparison).toBeNull();
  });
});
