/**
 * The installable, offline app. The build writes a service worker (src/build/service-worker.ts)
 * that keeps every file the map needs; it is registered only once the map has had its turn at the
 * network. When a newer version has been downloaded, `updateReady` turns true and `reload()`
 * switches to it. Install uses the browser's own prompt where it offers one; a file:// copy
 * cannot be installed, and says so.
 */

import { openedFromFile } from './from-file.ts';

/** Chromium's install prompt, not in TypeScript's DOM types. */
interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
}

export class Offline {
  updateReady = $state(false);
  #prompt = $state.raw<InstallPromptEvent | null>(null);
  #switch: (() => void) | null = null;
  #started = false;
  readonly fromFile = openedFromFile();

  /** Whether the Install button has something to do (or to explain). */
  readonly canInstall = $derived(this.fromFile || this.#prompt !== null);

  constructor() {
    window.addEventListener('beforeinstallprompt', (event) => {
      // Offered by our Install button instead of the browser's banner over the map.
      event.preventDefault();
      this.#prompt = event as InstallPromptEvent;
    });
  }

  /** Registers the service worker (once; served builds only). */
  start(): void {
    if (this.#started || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    if (!/^https?:$/.test(window.location.protocol)) return;
    this.#started = true;
    const workers = navigator.serviceWorker;
    workers
      .register('./sw.js')
      .then((registration) => {
        const offer = (worker: ServiceWorker) => {
          this.#switch = () => {
            workers.addEventListener('controllerchange', () => window.location.reload(), {
              once: true,
            });
            worker.postMessage({ type: 'SKIP_WAITING' });
          };
          this.updateReady = true;
        };
        // A newer version installed on an earlier visit, or one that installs now.
        if (registration.waiting && workers.controller) offer(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed' && workers.controller) offer(installing);
          });
        });
      })
      .catch(() => {
        // No offline copy (e.g. plain http on another host): the page works online as before.
      });
  }

  reload(): void {
    this.#switch?.();
  }

  /** Shows the browser's install prompt; false where there is none (a file:// copy). */
  async install(): Promise<boolean> {
    const prompt = this.#prompt;
    if (!prompt) return false;
    this.#prompt = null;
    await prompt.prompt();
    return true;
  }
}
