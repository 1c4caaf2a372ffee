/**
 * What the reader's actions do: each button, key and click of the page goes through here, so the
 * components only render and call back. Owns the small pieces of UI state (phone sheet, route
 * list drawer, the handout picture, whether the map can draw) that belong to no one component.
 */
import { tick } from 'svelte';
import type { Selection } from '../data/corridor-index.ts';
import type { AppState } from '../state/app-state.svelte.ts';
import { stepSegment } from '../state/steps.ts';
import type { View } from '../state/views.ts';
import type { Presenter } from '../tour/presenter.svelte.ts';
import type { Language } from '../i18n/languages.ts';
import type { HandoutComparison } from '../tour/handout-comparison.ts';
import type PrintSheets from '../tour/PrintSheets.svelte';
import type { Focus } from './focus.svelte.ts';
import { layout } from './layout.ts';
import { Offline } from './offline.svelte.ts';
import { shortcutFor, stepAfter } from './shortcuts.ts';

/** The element that holds the open panel (PanelHost renders it). */
export const PANEL_SELECTOR = 'aside.panel';

/** What the map component offers the rest of the page once it is drawn. */
export interface MapActions {
  /** Saves a PNG of the current view. */
  downloadImage(): Promise<void>;
  /** A PNG (object URL) of the whole corridor for the handout. */
  picture(): Promise<string>;
}

/** What the print buttons print: the class handout, or the full per-segment reference. */
export type PrintKind = 'handout' | 'reference';

/**
 * Whether the map can draw: its code is still loading, it is drawn, the browser has no WebGL 2,
 * the browser took the GPU context back (it may return), or its code failed to load.
 */
export type MapStatus = 'loading' | 'ready' | 'unsupported' | 'lost' | 'failed';

export class Controller {
  readonly app: AppState;
  readonly focus: Focus;
  readonly presenter: Presenter;
  sheetExpanded = $state(false);
  listOpen = $state(false);
  /** The screen blacked out, as presentation software does on B or "."; any key ends it. */
  blackout = $state(false);
  /** A PNG (object URL) of the whole corridor for the handout, made when printing starts. */
  picture = $state<string | null>(null);
  /** What is printed; the browser's own print (Ctrl+P) prints the last one chosen. */
  printing = $state<PrintKind>('handout');
  /** The handout and reference, once their code has loaded (loadPrintSheets). */
  printSheets = $state.raw<typeof PrintSheets | null>(null);
  #printSheetsLoading: Promise<void> | null = null;
  map: MapActions | null = null;
  mapStatus = $state<MapStatus>('loading');
  /** Whether the dialog with the embed snippet is open. */
  embedOpen = $state(false);
  /** The top bar's "Print & share" list. */
  shareOpen = $state(false);
  readonly offline = new Offline();

  /** The reader's language, whose panels' words a printed page needs whole. */
  readonly #words: { complete(): Promise<void>; readonly current: Language };
  /**
   * The compared routes and their words for the handout: loaded when the handout of a tour with
   * a step that compares the routes is printed (the table is then on the handout).
   */
  comparison = $state.raw<HandoutComparison | null>(null);

  constructor(
    app: AppState,
    focus: Focus,
    presenter: Presenter,
    words: { complete(): Promise<void>; readonly current: Language } = {
      complete: () => Promise.resolve(),
      current: 'en',
    },
  ) {
    this.app = app;
    this.focus = focus;
    this.presenter = presenter;
    this.#words = words;
  }

  /** A click on the map: keep the camera, keep focus where it is. */
  selectOnMap(selection: Selection | null): void {
    if (selection && !this.app.panelOpen) this.focus.remember();
    this.app.select(selection);
    this.sheetExpanded = false;
  }

  /** A list item, a link in a panel or a key: go there and move focus into the panel. */
  goTo(selection: Selection): void {
    if (!this.app.panelOpen) this.focus.remember();
    this.app.select(selection, { frame: true });
    if (layout.phone.current) this.listOpen = false;
    this.focus.request('panel');
  }

  /** A link to a tour step, e.g. from the Article view: open the tour there, focus its panel. */
  goToStep(n: number): void {
    this.app.goToStep(n);
    this.focus.request('panel');
  }

  openView(view: View): void {
    if (!this.app.panelOpen) this.focus.remember();
    this.app.open(view);
    this.focus.request('panel');
  }

  close(): void {
    this.app.open(null);
    this.focus.restore();
  }

  /** The "Print & share" list; Escape returns focus to the button that opened it. */
  toggleShare(): void {
    this.shareOpen = !this.shareOpen;
    if (this.shareOpen) this.focus.remember();
  }

  /** Opening the list moves focus to it, so the next Tab reaches its first item. */
  toggleList(): void {
    this.listOpen = !this.listOpen;
    if (this.listOpen) this.focus.request('list');
  }

  /** `[` and `]` on the focused map: the previous or next segment in route order. */
  stepSegment(direction: 1 | -1): void {
    const order = this.app.corridor.data.segments.map((s) => s.id);
    this.app.select(stepSegment(order, this.app.selection, direction), { frame: true });
  }

  /**
   * Starts the tour at step n (or goes back to it). Focus moves to the step's panel, so a
   * clicker's Space steps the tour instead of pressing the button that started it again.
   */
  startTour(n: number): void {
    if (!this.app.panelOpen) this.focus.remember();
    this.app.goToStep(n);
    this.focus.request('panel');
  }

  /** Saves the view as an image, or says why the map cannot give one right now. */
  async downloadImage(): Promise<void> {
    const status = this.mapStatus;
    if (status === 'ready' && this.map) {
      try {
        return await this.map.downloadImage();
      } catch {
        // The GPU context can be lost while the image is made.
      }
    }
    const now = this.mapStatus;
    this.app.notice = { kind: 'no-image', status: now === 'ready' ? 'failed' : now };
  }

  /**
   * The "Print handout" button: a picture of the whole corridor is made now (not at start-up,
   * where nobody asked for it), then the browser prints. The browser's own print (Ctrl+P) uses
   * whatever picture is ready and never waits. "Print reference" needs no picture.
   */
  async print(kind: PrintKind = 'handout'): Promise<void> {
    await Promise.all([
      this.loadPrintSheets(),
      this.#words.complete(),
      kind === 'handout' ? this.#loadComparison() : null,
    ]);
    this.printing = kind;
    await tick();
    if (kind === 'handout' && this.mapStatus === 'ready' && this.map) {
      try {
        const next = await this.map.picture();
        if (this.picture) URL.revokeObjectURL(this.picture);
        this.picture = next;
        await tick();
        await document.querySelector<HTMLImageElement>('.handout-map')?.decode();
      } catch {
        // No picture (the map was lost meanwhile): the handout prints without it.
      }
    }
    window.print();
  }

  async #loadComparison(): Promise<void> {
    if (!this.app.corridor.data.tour?.steps.some((step) => step.compare)) return;
    const language = this.#words.current;
    const [{ loadCompare }, { loadCompareMessages }] = await Promise.all([
      import('../data/compare.ts'),
      import('../i18n/compare/load.ts'),
    ]);
    const [data, words] = await Promise.all([
      loadCompare(language),
      loadCompareMessages(language),
    ]).catch(() => [null, null] as const);
    // Without them (offline, never loaded) the handout prints without the table.
    this.comparison = data && words ? { data, words } : null;
  }

  /**
   * The print sheets' code is not needed to draw the map, so it is not in the start-up bundle: it
   * loads once the map has had its turn (so the browser's own print finds the handout) or when a
   * print button is pressed first. A failed load is tried again on the next print.
   */
  loadPrintSheets(): Promise<void> {
    this.#printSheetsLoading ??= import('../tour/PrintSheets.svelte').then(
      (module) => {
        this.printSheets = module.default;
      },
      () => {
        this.#printSheetsLoading = null;
      },
    );
    return this.#printSheetsLoading;
  }

  /** Install as an app: the browser's prompt, or why a file:// copy cannot be installed. */
  async install(): Promise<void> {
    if (!(await this.offline.install())) this.app.notice = { kind: 'install-from-file' };
  }

  /**
   * Escape: closes what the reader is in, else what is on top (the route list, a drawer over the
   * panel on a phone, before the panel). Never ends the tour.
   */
  closeTop(focused: EventTarget | null = null): void {
    const inPanel = focused instanceof Element && focused.closest(PANEL_SELECTOR) !== null;
    if (this.shareOpen) {
      this.shareOpen = false;
      this.focus.restore();
    } else if (inPanel && this.app.panelOpen) this.close();
    else if (this.listOpen) {
      this.listOpen = false;
      this.focus.restore();
    } else if (this.app.panelOpen) this.close();
  }

  /**
   * The next step. With no tour running it starts the tour (or resumes the last step); after a
   * detour to another place it goes on from the step the class was at.
   */
  next(): void {
    const { app } = this;
    if (app.tourStep === null) return this.startTour(app.lastTourStep ?? 1);
    app.goToStep(stepAfter('next', app.tourStep, app.corridor.tourLength));
  }

  /** The previous step; after a detour, first back to the step the class was at. */
  previous(): void {
    const { app } = this;
    if (app.tourStep === null) return;
    if (!app.onTourStep) return app.goToStep(app.tourStep);
    app.goToStep(stepAfter('previous', app.tourStep, app.corridor.tourLength));
  }

  /** Presenter mode on or off; turning it on with no tour running starts the tour. */
  togglePresenter(): void {
    void this.presenter.toggle();
    if (this.presenter.on && this.app.tourStep === null) this.startTour(this.app.lastTourStep ?? 1);
  }

  onKeydown(event: KeyboardEvent): void {
    // A dialog handles its own keys (Escape closes it, and only it).
    if (this.embedOpen) return;
    const { app } = this;
    if (this.blackout) {
      event.preventDefault();
      this.blackout = false;
      return;
    }
    const action = shortcutFor(event, { touring: app.tourStep !== null });
    if (!action) return;
    event.preventDefault();
    if (action === 'next') this.next();
    else if (action === 'previous') this.previous();
    else if (action === 'first' || action === 'last')
      app.goToStep(stepAfter(action, app.tourStep ?? 1, app.corridor.tourLength));
    else if (action === 'close-top') this.closeTop(event.target);
    else if (action === 'presenter') this.togglePresenter();
    else this.blackout = true;
  }
}
