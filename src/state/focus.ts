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

/** Moves focus to the open panel's heading, so keyboard and screen-reader users land in it. */
export function focusPanel(): void {
  requestAnimationFrame(() => document.getElementById('panel-title')?.focus());
}
