/**
 * Resolves once the page's shell (title, intro, route list: src/data/shell.ts) has painted, so
 * the app's own downloads (its words, MapLibre, the map data) start after the reader sees
 * something and do not compete with that first paint. Resolves at once where there is nothing
 * to wait for: a hidden tab paints nothing, and a browser without paint timing cannot say.
 */
/** How long to wait at most: a slow device still starts the map. */
const LONGEST_WAIT_MS = 1500;

export function shellPainted(): Promise<void> {
  const canTell = globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint') ?? false;
  if (!canTell || document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) done();
    });
    const timer = setTimeout(done, LONGEST_WAIT_MS);
    observer.observe({ type: 'paint', buffered: true });
  });
}
