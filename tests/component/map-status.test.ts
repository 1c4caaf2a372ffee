// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import MapStatusMessage from '../../src/app/MapStatusMessage.svelte';
import { contextFor } from '../support/app-context.ts';

afterEach(cleanup);

describe('what the map area says while the map is not drawn', () => {
  it.each([
    ['unsupported', 'This browser cannot draw the map'],
    ['lost', 'The map is not drawn right now'],
    ['failed', 'The map could not be loaded'],
  ] as const)('%s: a clear message and the way to the route list', (status, title) => {
    const onopenlist = vi.fn();
    render(MapStatusMessage, {
      props: { status, listOpen: false, onopenlist },
      context: contextFor(),
    });
    const alert = screen.getByRole('alert');
    expect(alert.querySelector('h2')?.textContent).toBe(title);
    expect(alert.textContent).toContain('the panels and the tour');
    screen.getByRole('button', { name: 'Open the route list' }).click();
    expect(onopenlist).toHaveBeenCalledOnce();
  });

  it('says nothing once the map is drawn, and offers no button when the list is open', () => {
    const { rerender } = render(MapStatusMessage, {
      props: { status: 'ready', listOpen: false, onopenlist: () => {} },
      context: contextFor(),
    });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
    rerender({ status: 'lost', listOpen: true, onopenlist: () => {} });
    expect(screen.queryByRole('button')).toBeNull();
  });
});
