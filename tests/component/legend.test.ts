// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Legend from '../../src/Legend.svelte';

/** jsdom has no media queries: answer every one as `matches`. */
function screenMatches(matches: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches, media: query }));
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('legend', () => {
  it('tells rail from ferry by dash pattern as well as colour, and names every hub kind', () => {
    screenMatches(false);
    render(Legend);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent?.trim());
    expect(items).toEqual([
      'Railway',
      'Ferry (dashed)',
      'Port',
      'Border crossing',
      'Junction',
      'City',
    ]);
    const line = (label: string) =>
      screen.getByText(label, { selector: 'li' }).querySelector('line');
    expect(line('Railway')?.getAttribute('stroke-dasharray')).toBeNull();
    expect(line('Ferry (dashed)')?.getAttribute('stroke-dasharray')).toBe('6 3.6');
    expect(line('Railway')?.getAttribute('stroke')).not.toBe(
      line('Ferry (dashed)')?.getAttribute('stroke'),
    );
  });

  it('is open on a large screen and folded on a phone', () => {
    screenMatches(false);
    const { container, unmount } = render(Legend);
    expect(container.querySelector('details')?.open).toBe(true);
    unmount();
    screenMatches(true);
    render(Legend);
    expect(screen.getByText('Legend').closest('details')?.open).toBe(false);
  });
});
