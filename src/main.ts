/**
 * The page's entry. The shell (the title and the route list as links, written into the HTML at
 * build time) paints first: the app's code and data run only once the browser has drawn a frame.
 * Imported here directly, they would run before the first paint, leaving the page blank until the
 * app had mounted.
 */
import './styles/index.css';

await afterFirstPaint();
const { openApp } = await import('./app/open-app.ts');
await openApp();

function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    // A frame, then a task after it: the browser paints in between. A tab in the background
    // gets no frames, hence the timer.
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });
}
