/**
 * The page's entry. The shell (the title and the route list as links, written into the HTML at
 * build time) paints first: the app's code and data are fetched and run only once the browser has
 * painted it. Imported here directly, they would run before the first paint and leave the page
 * blank until the app had mounted.
 */
import './styles/index.css';

await afterFirstPaint();
const { openApp } = await import('./app/open-app.ts');
await openApp();

/** Resolves once the browser has painted the shell (or after a moment where it never reports it). */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (performance.getEntriesByName('first-contentful-paint').length > 0) return resolve();
    new PerformanceObserver((_, observer) => {
      observer.disconnect();
      resolve();
    }).observe({ type: 'paint' });
    // A tab in the background paints nothing, and not every browser reports paints.
    setTimeout(resolve, 200);
  });
}
