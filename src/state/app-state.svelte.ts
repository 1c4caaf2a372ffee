/** App state as a small class with runes: what is selected, which view or tour step is open. */
import { corridor, hubById, segmentById } from '../data/index.ts';
import type { TourCamera } from '../data/schema.ts';
import type { Selection } from './url.ts';

const CASPIAN = new Set(['segment:aktau-alat', 'segment:kuryk-alat']);

/** Panels that are not about one feature. */
export type View = 'overview' | 'sources';

export class AppState {
  selection = $state<Selection | null>(null);
  /**
   * Whether the camera should frame the selection. A click on the map leaves the camera where
   * the reader put it; a link or a list item takes the reader to what it names.
   */
  frameSelection = $state(false);
  /** A camera the tour asks for instead of framing; null otherwise. */
  camera = $state<Exclude<TourCamera, 'fit'> | null>(null);
  view = $state<View | null>(null);
  /** A short message for the reader, e.g. an unknown id in the URL. Always rendered as text. */
  notice = $state<string | null>(null);
  /** The tour step on screen (1-based), or null when not touring. */
  tourStep = $state<number | null>(null);
  /** The step to go back to after exploring freely. */
  lastTourStep = $state<number | null>(null);

  get tourLength(): number {
    return corridor.tour?.steps.length ?? 0;
  }

  select(selection: Selection | null, { frame = false } = {}): void {
    this.selection = selection;
    this.frameSelection = frame;
    this.camera = null;
    this.view = null;
    this.notice = null;
    this.tourStep = null;
  }

  open(view: View | null): void {
    this.select(null);
    this.view = view;
  }

  /** Shows step n (1-based) of the tour: its feature, its camera, its panel. */
  goToStep(n: number): void {
    const step = corridor.tour?.steps[n - 1];
    if (!step) return;
    this.select(step.target, { frame: step.camera === 'fit' });
    this.camera = step.camera === 'fit' ? null : step.camera;
    this.tourStep = n;
    this.lastTourStep = n;
  }

  leaveTour(): void {
    this.tourStep = null;
  }

  /** The investment arrows belong to the overview and to the Caspian crossings. */
  get showsInvestmentFlows(): boolean {
    if (this.view === 'overview') return true;
    const s = this.selection;
    return s !== null && CASPIAN.has(`${s.kind}:${s.id}`);
  }

  /** Opens what a URL names, or explains that it names nothing we know. */
  openFromUrl(selection: Selection | null, tourStep: number | null): void {
    if (tourStep !== null) {
      if (tourStep >= 1 && tourStep <= this.tourLength) return this.goToStep(tourStep);
      this.notice = `The link asks for tour step ${tourStep}, but the tour has ${this.tourLength} steps, so the whole corridor is shown instead.`;
      return;
    }
    if (!selection) return;
    const known = selection.kind === 'segment' ? segmentById(selection.id) : hubById(selection.id);
    if (known) this.select(selection, { frame: true });
    else
      this.notice = `The link asks for a ${selection.kind} that this map does not have, so the whole corridor is shown instead.`;
  }
}
