/** Every callback a panel or view takes, as spies, with a fresh focus: for rendering any of them. */
import { vi } from 'vitest';
import { Focus } from '../../src/app/focus.svelte.ts';

export const panelCallbacks = () => ({
  focus: new Focus(),
  onclose: vi.fn(),
  onselect: vi.fn(),
  onopenview: vi.fn(),
  ontourstep: vi.fn(),
  onopenarticle: vi.fn(),
  // The timeline view's year (the other views ignore it): one with openings and events.
  year: 2017,
  onyear: vi.fn(),
});
