/**
 * Focus for keyboard and screen-reader users: a panel or list opened from a control takes focus
 * (so the next key lands in it), and closing it returns focus to that control.
 */
import type { Attachment } from 'svelte/attachments';

export type FocusTarget = 'panel' | 'list';

export class Focus {
  /** Where focus should go once it is rendered. */
  pending = $state<FocusTarget | null>(null);
  #opener: HTMLElement | null = null;

  /** Remembers the focused control, to return to it when what it opened closes. */
  remember(): void {
    const active = document.activeElement;
    this.#opener = active instanceof HTMLElement && active !== document.body ? active : null;
  }

  restore(): void {
    if (this.#opener?.isConnected) this.#opener.focus();
    this.#opener = null;
  }

  request(target: FocusTarget): void {
    this.pending = target;
  }

  /** `{@attach focus.lands('panel')}` on the heading that should take focus. */
  lands(target: FocusTarget): Attachment<HTMLElement> {
    return (element) => {
      if (this.pending !== target) return;
      element.focus();
      this.pending = null;
    };
  }
}
