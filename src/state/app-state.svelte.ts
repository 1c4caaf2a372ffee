/** App state as a small class with runes: what is selected and what the reader should be told. */
import { hubById, segmentById } from '../data/index.ts';
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
  view = $state<View | null>(null);
  /** A short message for the reader, e.g. an unknown id in the URL. Always rendered as text. */
  notice = $state<string | null>(null);

  select(selection: Selection | null, { frame = false } = {}): void {
    this.selection = selection;
    this.frameSelection = frame;
    this.view = null;
    this.notice = null;
  }

  open(view: View | null): void {
    this.selection = null;
    this.view = view;
  }

  /** The investment arrows belong to the overview and to the Caspian crossings. */
  get showsInvestmentFlows(): boolean {
    if (this.view === 'overview') return true;
    const s = this.selection;
    return s !== null && CASPIAN.has(`${s.kind}:${s.id}`);
  }

  /** Opens what a URL names, or explains that it names nothing we know. */
  openFromUrl(selection: Selection | null): void {
    if (!selection) return;
    const known = selection.kind === 'segment' ? segmentById(selection.id) : hubById(selection.id);
    if (known) this.select(selection, { frame: true });
    else
      this.notice = `The link asks for a ${selection.kind} that this map does not have, so the whole corridor is shown instead.`;
  }
}
