/**
 * Presenter mode: projector-sized type and no chrome (a class on <html>), in fullscreen where the
 * browser allows it. Where fullscreen is refused or missing, the type and layout still change.
 */
/** Map labels grow with the page type (about 1.6 × at 1920 px), so the back row reads them too. */
export const PRESENTER_LABEL_SCALE = 1.6;

export async function setPresenter(on: boolean): Promise<void> {
  document.documentElement.classList.toggle('presenter', on);
  try {
    if (on && !document.fullscreenElement) await document.documentElement.requestFullscreen?.();
    if (!on && document.fullscreenElement) await document.exitFullscreen();
  } catch {
    // Fullscreen needs a user gesture and permission; presenter type works without it.
  }
}
