/** App state as a small class with runes: what is selected and what the reader should be told. */
import { hubById, segmentById } from '../data/index.ts';
import type { Selection } from './url.ts';

export class AppState {
  selection = $state<Selection | null>(null);
  /** A short message for the reader, e.g. an unknown id in the URL. Always rendered as text. */
  notice = $state<string | null>(null);

  select(selection: Selection | null): void {
    this.selection = selection;
    this.notice = null;
  }

  /** Opens what a URL names, or explains that it names nothing we know. */
  openFromUrl(selection: Selection | null): void {
    if (!selection) return;
    const known = selection.kind === 'segment' ? segmentById(selection.id) : hubById(selection.id);
    if (known) this.select(selection);
    else
      this.notice = `The link asks for a ${selection.kind} that this map does not have, so the whole corridor is shown instead.`;
  }
}
