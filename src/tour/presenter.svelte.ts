/**
 * Presenter mode: projector-sized type and no chrome (a class on <html>), in fullscreen where the
 * browser allows it. Where fullscreen is refused or missing, the type and layout still change.
 */

/** Map labels grow with the page type (about 1.6 × at 1920 px), so the back row reads them too. */
export const PRESENTER_LABEL_SCALE = 1.6;

export class Presenter {
  on = $state(false);
  /** Whether this mode entered fullscreen, so leaving fullscreen (the browser's Esc) ends it. */
  #enteredFullscreen = false;

  readonly labelScale = $derived(this.on ? PRESENTER_LABEL_SCALE : 1);

  /** Call once from a component: keeps <html> and fullscreen in step with `on`. */
  connect(): void {
    $effect(() => {
      document.documentElement.classList.toggle('presenter', this.on);
    });
    $effect(() => {
      const left = () => {
        if (!document.fullscreenElement && this.#enteredFullscreen) {
          this.#enteredFullscreen = false;
          this.on = false;
        }
      };
      document.addEventListener('fullscreenchange', left);
      return () => document.removeEventListener('fullscreenchange', left);
    });
  }

  async toggle(): Promise<void> {
    this.on = !this.on;
    try {
      if (this.on && !document.fullscreenElement) {
        await document.documentElement.requestFullscreen?.();
        this.#enteredFullscreen = document.fullscreenElement !== null;
      } else if (!this.on && document.fullscreenElement) {
        this.#enteredFullscreen = false;
        await document.exitFullscreen();
      }
    } catch {
      // Fullscreen needs a user gesture and permission; presenter type works without it.
    }
  }
}
