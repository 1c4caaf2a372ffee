/** App state as a small class with runes: what is selected, which view or tour step is open. */
import type { Corridor, Selection, SelectionKind } from '../data/corridor-index.ts';
import type { TourCamera, TourStep } from '../data/schema.ts';
import type { Parameter, UrlState } from './url.ts';
import { yearRange } from '../data/timeline/years.ts';
import { VIEWS_WITH_FLOWS, type View } from './views.ts';

/** An explicit camera a tour step asks for. */
export type CameraView = Exclude<TourCamera, 'fit'>;

/**
 * What the camera should do about the current selection. A click on the map keeps the camera
 * where the reader put it (moving only if the selection is out of sight); a link or list item
 * frames what it names; a tour step may ask for its own camera. A new object each time, so the
 * map acts on it once.
 */
export type CameraIntent =
  | { kind: 'keep' }
  | { kind: 'frame' }
  | { kind: 'view'; camera: CameraView }
  /** A tour step's own frame: every place it names in sight (see map/step-frame.ts). */
  | { kind: 'places'; places: readonly string[] };

/** Why the map cannot give an image or a picture right now (see MapStatus in app/controller). */
export type NoImageReason = 'loading' | 'unsupported' | 'lost' | 'failed';

/** A short message for the reader, rendered from the message catalogue. */
export type Notice =
  | { kind: 'bad-tour-step'; asked: number }
  | { kind: 'unknown-feature'; feature: SelectionKind }
  | { kind: 'bad-link'; parameter: Parameter }
  | { kind: 'no-image'; status: NoImageReason }
  | { kind: 'install-from-file' };

export class AppState {
  readonly corridor: Corridor;
  selection = $state.raw<Selection | null>(null);
  view = $state<View | null>(null);
  camera = $state.raw<CameraIntent>({ kind: 'keep' });
  notice = $state.raw<Notice | null>(null);
  /** The tour step on screen (1-based), or null when not touring. */
  tourStep = $state<number | null>(null);
  /** The step to go back to after exploring freely. */
  lastTourStep = $state<number | null>(null);
  /** The year the timeline view shows; null when it is not open. */
  year = $state<number | null>(null);

  /** The investment arrows belong to some views and to segments marked `showsFlows`. */
  readonly showsFlows = $derived.by(() => {
    if (this.view !== null) return VIEWS_WITH_FLOWS.has(this.view);
    const s = this.selection;
    return s?.kind === 'segment' && this.corridor.segment(s.id)?.showsFlows === true;
  });

  readonly panelOpen = $derived(this.selection !== null || this.view !== null);

  /**
   * The year the map shows the corridor in (fading what had not opened): the timeline view's, or
   * the current tour step's while its own place shows; null for the corridor as it is.
   */
  readonly mapYear = $derived.by(() => {
    if (this.view === 'timeline') return this.year;
    return this.#step?.year ?? null;
  });

  /** Whether the map draws the compared routes: their view, or a tour step that asks for them. */
  readonly mapCompare = $derived(this.view === 'compare' || this.#step?.compare === true);

  /** The current tour step while its own place shows. */
  get #step(): TourStep | undefined {
    return this.onTourStep && this.tourStep !== null
      ? this.corridor.tourStep(this.tourStep)
      : undefined;
  }

  /**
   * The places whose names the map must draw, winning over every other name: the selected hub,
   * then the places the current step names while its own place shows.
   */
  readonly namedPlaces = $derived.by(() => {
    const s = this.selection;
    const step =
      this.onTourStep && this.tourStep !== null ? this.corridor.tourStep(this.tourStep) : undefined;
    return [...(s?.kind === 'hub' ? [s.id] : []), ...(step?.places ?? [])];
  });

  constructor(corridor: Corridor) {
    this.corridor = corridor;
  }

  /**
   * Shows a place (or nothing). A running tour keeps running: a stray click in front of a class
   * shows that place, the tour bar stays, and the next step is one clicker press away.
   */
  select(selection: Selection | null, { frame = false } = {}): void {
    this.selection = selection;
    this.camera = { kind: frame ? 'frame' : 'keep' };
    this.view = null;
    this.year = null;
    this.notice = null;
  }

  /** Opens a view; the timeline opens at its latest year. */
  open(view: View | null): void {
    this.select(null);
    this.view = view;
    const timeline = this.corridor.timeline;
    if (view === 'timeline' && timeline) this.year = yearRange(timeline).to;
  }

  /** Shows the corridor as it stood in `year`, in the timeline view; a year it does not cover is ignored. */
  showYear(year: number): void {
    const timeline = this.corridor.timeline;
    if (!timeline) return;
    const { from, to } = yearRange(timeline);
    if (year < from || year > to) return;
    if (this.view !== 'timeline') this.open('timeline');
    this.year = year;
  }

  /** Whether the panel shows the current tour step's own place (not a detour from it). */
  readonly onTourStep = $derived.by(() => {
    const step = this.tourStep !== null ? this.corridor.tourStep(this.tourStep) : undefined;
    const s = this.selection;
    return step !== undefined && s?.kind === step.target.kind && s.id === step.target.id;
  });

  /** Shows step n (1-based) of the tour: its feature, its camera, its panel. */
  goToStep(n: number): void {
    const step = this.corridor.tourStep(n);
    if (!step) return;
    this.select(step.target);
    this.camera =
      step.camera === 'fit'
        ? { kind: 'places', places: step.places }
        : { kind: 'view', camera: step.camera };
    this.tourStep = n;
    this.lastTourStep = n;
  }

  leaveTour(): void {
    this.tourStep = null;
  }

  /** Opens what a URL names, or explains that it names nothing we know. */
  openFromUrl(
    { selection, view, tour, year }: UrlState,
    rejected: readonly Parameter[] = [],
  ): void {
    this.leaveTour();
    // A link with a value we cannot read opens nothing of what it names: half a link misleads.
    const [refused] = rejected;
    if (refused !== undefined) {
      this.select(null);
      this.notice = { kind: 'bad-link', parameter: refused };
      return;
    }
    if (tour !== null) {
      if (tour >= 1 && tour <= this.corridor.tourLength) return this.goToStep(tour);
      this.select(null);
      this.notice = { kind: 'bad-tour-step', asked: tour };
      return;
    }
    if (selection) {
      if (this.corridor.has(selection)) return this.select(selection, { frame: true });
      this.select(null);
      this.notice = { kind: 'unknown-feature', feature: selection.kind };
      return;
    }
    this.open(view);
    if (year === null) return;
    this.showYear(year);
    // A year the timeline does not cover (or a folder without one) is a link we cannot follow.
    if (this.year !== year) {
      this.select(null);
      this.notice = { kind: 'bad-link', parameter: 'year' };
    }
  }

  /**
   * What the URL should say now: the tour step while its own place shows, else what shows (a detour
   * from the tour links to where the reader is, not to the step they left).
   */
  get url(): UrlState {
    if (this.onTourStep) return { tour: this.tourStep, selection: null, view: null, year: null };
    return { tour: null, selection: this.selection, view: this.view, year: this.year };
  }
}
