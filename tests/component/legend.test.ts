// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Legend from '../../src/map/Legend.svelte';
import { contextFor } from '../support/app-context.ts';

/** jsdom has no media queries: answer every one as `matches`. */
function legendOn({ small }: { small: boolean }) {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: small, media: query }));
  return Legend;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('legend', () => {
  it('tells rail from ferry by dash pattern as well as colour, and names every hub kind', () => {
    render(legendOn({ small: false }), { props: { touring: false }, context: contextFor() });
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

  it('is open on a large screen and folded on a small one', () => {
    const { container } = render(legendOn({ small: false }), {
      props: { touring: false },
      context: contextFor(),
    });
    expect(container.querySelector('details')?.open).toBe(true);
    cleanup();
    render(legendOn({ small: true }), { props: { touring: false }, context: contextFor() });
    expect(screen.getByText('Legend').closest('details')?.open).toBe(false);
  });
});
