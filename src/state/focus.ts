import { tick } from 'svelte';

/** Where focus goes back to when a panel closes: the control that opened it. */
let opener: HTMLElement | null = null;

export function rememberFocus(): void {
  const active = document.activeElement;
  opener = active instanceof HTMLElement && active !== document.body ? active : null;
}

export function restoreFocus(): void {
  if (opener?.isConnected) opener.focus();
  opener = null;
}

/**
 * Moves focus to an element once Svelte has rendered it (a panel or list heading), so keyboard
 * and screen-reader users land in what they opened. `tick` rather than a frame: a key pressed
 * right after must already find focus there.
 */
export function focusWhenRendered(id: string): void {
  void tick().then(() => document.getElementById(id)?.focus());
}
