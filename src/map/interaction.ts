/**
 * The pointer on the map: hover highlights what a click would pick (and is cleared when the
 * pointer leaves the map), a click or tap selects it, or, where lines about as near tie, offers
 * them to choose from; `[` and `]` step along the route.
 * Returns a function that removes every listener.
 */
import type { Map, MapMouseEvent } from 'maplibre-gl';
import type { Corridor, Selection } from '../data/corridor-index.ts';
import { Highlight } from './highlight.ts';
import type { PickResult, ScreenPoint } from './pick.ts';
import { pickAt, REACH } from './picking.ts';

export interface InteractionHandlers {
  onselect: (selection: Selection | null) => void;
  /** Lines about as near the pointer, nearest first: the reader chooses (else the nearest). */
  onchoose?: ((segments: string[], point: ScreenPoint) => void) | undefined;
  onstep?: ((direction: 1 | -1) => void) | undefined;
}

export function attachInteraction(
  map: Map,
  corridor: Corridor,
  { onselect, onchoose, onstep }: InteractionHandlers,
): () => void {
  const hover = new Highlight(map, 'hover');
  let pointer: keyof typeof REACH = 'mouse';
  const canvas = map.getCanvas();
  const container = map.getContainer();
  // While the browser has taken the GPU context back, MapLibre has no style to pick from.
  let lost = false;
  const onLost = () => (lost = true);
  const onRestored = () => (lost = false);

  const setHover = (selection: Selection | null) => {
    hover.set(selection);
    canvas.style.cursor = selection ? 'pointer' : '';
  };
  // A tie hovers the nearest line: something is there, and a click will ask which.
  const asSelection = (picked: PickResult | null): Selection | null =>
    picked?.kind === 'choice' ? { kind: 'segment', id: picked.ids[0] ?? '' } : picked;
  const onMove = (event: MapMouseEvent) => {
    if (!lost) setHover(asSelection(pickAt(map, corridor, event.point, REACH.mouse)));
  };
  const onLeave = () => {
    if (!lost) setHover(null);
  };
  const onClick = (event: MapMouseEvent) => {
    if (lost) return;
    const picked = pickAt(map, corridor, event.point, REACH[pointer]);
    if (picked?.kind === 'choice' && onchoose) onchoose(picked.ids, event.point);
    else onselect(asSelection(picked));
  };
  const onPointerDown = (event: PointerEvent) => {
    pointer = event.pointerType === 'mouse' ? 'mouse' : 'touch';
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== '[' && event.key !== ']') return;
    event.preventDefault();
    onstep?.(event.key === ']' ? 1 : -1);
  };

  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  map.on('click', onClick);
  map.on('webglcontextlost', onLost);
  map.on('webglcontextrestored', onRestored);
  container.addEventListener('pointerdown', onPointerDown);
  canvas.addEventListener('keydown', onKeyDown);
  return () => {
    map.off('mousemove', onMove);
    map.off('mouseout', onLeave);
    map.off('click', onClick);
    map.off('webglcontextlost', onLost);
    map.off('webglcontextrestored', onRestored);
    container.removeEventListener('pointerdown', onPointerDown);
    canvas.removeEventListener('keydown', onKeyDown);
  };
}
