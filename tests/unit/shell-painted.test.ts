// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shellPainted } from '../../src/app/shell-painted.ts';

type Entries = { getEntries: () => { name: string }[] };

/** A stand-in for the browser's PerformanceObserver that can report paint entries. */
function fakePaintTiming() {
  const observers: { callback: (list: Entries) => void; connected: boolean }[] = [];
  class FakeObserver {
    static supportedEntryTypes = ['paint', 'resource'];
    private readonly record: (typeof observers)[number];
    constructor(callback: (list: Entries) => void) {
      this.record = { callback, connected: false };
      observers.push(this.record);
    }
    observe() {
      this.record.connected = true;
    }
    disconnect() {
      this.record.connected = false;
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return {
    paint: (name: string) =>
      observers
        .filter((o) => o.connected)
        .forEach((o) => o.callback({ getEntries: () => [{ name }] })),
    connected: () => observers.filter((o) => o.connected).length,
  };
}

const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the app starts once the shell has painted', () => {
  it('waits for the first contentful paint, not any paint', async () => {
    vi.useFakeTimers();
    const timing = fakePaintTiming();
    const painted = shellPainted();
    expect(await settled(painted)).toBe(false);
    timing.paint('first-paint');
    expect(await settled(painted)).toBe(false);
    timing.paint('first-contentful-paint');
    expect(await settled(painted)).toBe(true);
    expect(timing.connected()).toBe(0);
  });

  it('starts anyway after a second and a half without a paint', async () => {
    vi.useFakeTimers();
    const timing = fakePaintTiming();
    const painted = shellPainted();
    await vi.advanceTimersByTimeAsync(1499);
    expect(await settled(painted)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(painted)).toBe(true);
    expect(timing.connected()).toBe(0);
  });

  it('does not wait in a hidden tab, nor where the browser cannot report paints', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('PerformanceObserver', undefined);
    expect(await settled(shellPainted())).toBe(true);
    fakePaintTiming();
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    expect(await settled(shellPainted())).toBe(true);
  });
});
