// @vitest-environment jsdom
/** The address bar follows the app without adding history, and Back / Forward open what they name. */
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppState } from '../../src/state/app-state.svelte.ts';
import { syncUrl } from '../../src/state/url-sync.svelte.ts';
import { appContext } from '../support/app-context.ts';

const { corridor } = appContext();
const address = () => `${location.pathname}${location.search}${location.hash}`;

let app: AppState;
let stop: () => void;
beforeEach(() => {
  history.replaceState(null, '', '/map/?ref=kk#legend');
  app = new AppState(corridor);
  stop = $effect.root(() => syncUrl(app));
  flushSync();
});
afterEach(() => {
  stop();
  vi.restoreAllMocks();
});

describe('the URL follows the app', () => {
  it('writes the selection, the view and the tour step, keeping other parameters and the hash', () => {
    const start = history.length;
    app.select({ kind: 'segment', id: 'aktau-alat' });
    flushSync();
    expect(address()).toBe('/map/?ref=kk&segment=aktau-alat#legend');
    app.open('sources');
    flushSync();
    expect(address()).toBe('/map/?ref=kk&view=sources#legend');
    app.goToStep(2);
    flushSync();
    expect(address()).toBe('/map/?ref=kk&tour=2#legend');
    // A detour from the tour links to where the reader is.
    app.select({ kind: 'hub', id: 'alat' });
    flushSync();
    expect(address()).toBe('/map/?ref=kk&hub=alat#legend');
    app.open(null);
    flushSync();
    expect(address()).toBe('/map/?ref=kk#legend');
    expect(history.length).toBe(start);
  });

  it('leaves the address alone when it already says what is open', () => {
    // Back to an entry that names a hub: the app opens it and writes its state, which the
    // address already says.
    history.pushState(null, '', '/map/?ref=kk&hub=alat#legend');
    const replace = vi.spyOn(history, 'replaceState');
    window.dispatchEvent(new PopStateEvent('popstate'));
    flushSync();
    expect(app.selection).toEqual({ kind: 'hub', id: 'alat' });
    expect(replace).not.toHaveBeenCalled();
  });

  it('keeps the history entry’s state', () => {
    history.replaceState({ scroll: 3 }, '', location.href);
    app.select({ kind: 'hub', id: 'alat' });
    flushSync();
    expect(history.state).toEqual({ scroll: 3 });
  });
});

describe('Back and Forward', () => {
  it('open what the URL they land on names', () => {
    history.pushState(null, '', '/map/?hub=alat');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(app.selection).toEqual({ kind: 'hub', id: 'alat' });
    history.pushState(null, '', '/map/?tour=4');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(app.tourStep).toBe(4);
    history.pushState(null, '', '/map/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(app.panelOpen).toBe(false);
  });

  it('drop refused values from the entry they land on and say so', () => {
    history.pushState(null, '', '/map/?tour=abc&ref=1#legend');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(address()).toBe('/map/?ref=1#legend');
    expect(app.notice).toEqual({ kind: 'bad-link', parameter: 'tour' });
    expect(app.panelOpen).toBe(false);
  });

  it('stop being followed once the app is gone', () => {
    stop();
    history.pushState(null, '', '/map/?hub=alat');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(app.selection).toBeNull();
  });
});
