/**
 * The map's credits line (MapLibre's attribution control) in the reader's language. The words
 * come from the catalogue and are escaped; only the two links are markup. MapLibre writes the
 * line once, so a language switch puts a new control in the old one's place.
 */
import { AttributionControl, type Map } from 'maplibre-gl';
import { escapeHtml } from '../data/escape-html.ts';

/** Each text holds `{link}` where the credited project's linked name goes. */
export interface CreditWords {
  basemap: string;
  route: string;
}

const LINKS: Record<keyof CreditWords, { name: string; href: string }> = {
  basemap: { name: 'Natural Earth', href: 'https://www.naturalearthdata.com/' },
  route: { name: 'OpenStreetMap', href: 'https://www.openstreetmap.org/copyright' },
};

export function creditsHtml(words: CreditWords): string[] {
  return (Object.keys(LINKS) as (keyof CreditWords)[]).map((key) => {
    const { name, href } = LINKS[key];
    const [before = '', after = ''] = words[key].split('{link}');
    return `${escapeHtml(before)}<a href="${href}">${name}</a>${escapeHtml(after)}`;
  });
}

const shown = new WeakMap<Map, AttributionControl>();

/**
 * Adds the credits, or replaces them with `words`' in the same state: a reader who opened them
 * keeps them open, folded ones stay folded. (They are replaced when the reader switches language,
 * and when the panels' words arrive, which may be just after the reader opened them.)
 */
export function showCredits(map: Map, words: CreditWords): void {
  const old = shown.get(map);
  const wasFolded = folded(map);
  if (old) map.removeControl(old);
  // Without `compact` the line is full on wide maps and an "i" button at 640 px or less.
  const control = new AttributionControl({ customAttribution: creditsHtml(words) });
  map.addControl(control, 'bottom-right');
  shown.set(map, control);
  if (wasFolded) foldCredits(map);
}

function folded(map: Map): boolean {
  const control = map.getContainer().querySelector('.maplibregl-ctrl-attrib');
  return !!control?.matches('.maplibregl-compact:not(.maplibregl-compact-show)');
}

/** On phones the credits, shown while the map loads, fold into the "i" button once it is drawn. */
export function foldCredits(map: Map): void {
  map
    .getContainer()
    .querySelector('.maplibregl-compact-show')
    ?.classList.remove('maplibregl-compact-show');
}
