/**
 * The "Whole corridor" button among the map's controls, and the camera's limits that go with the
 * first view: both follow the map's size, so a phone turned sideways gets its own first view.
 * The button only moves the camera: an open panel and the URL stay as they are.
 */
import type { IControl, Map } from 'maplibre-gl';
import { firstViewPadding, limitsFor, type Box } from './limits.ts';

/** A wider area the camera may show for now (the compared routes), by map. */
const widened = new WeakMap<Map, Box>();

/** Lets the camera show `area` too, until called with null; the limits follow at once. */
export function widenLimits(map: Map, area: Box | null, corridor: Box): void {
  if (area) widened.set(map, area);
  else widened.delete(map);
  applyLimits(map, corridor);
}

/** Sets the zoom range and bounds for the map's current size. */
export function applyLimits(map: Map, corridor: Box): void {
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  if (width === 0 || height === 0) return;
  const limits = limitsFor(widened.get(map) ?? corridor, { width, height });
  map.setMaxBounds(null);
  map.setMinZoom(limits.minZoom);
  map.setMaxZoom(limits.maxZoom);
  map.setMaxBounds(limits.maxBounds);
}

/** Back to the first view: the whole corridor framed as when the page opened. */
export function showWholeCorridor(map: Map, corridor: Box, duration: number): void {
  map.fitBounds(corridor, {
    padding: firstViewPadding(map.getContainer().clientWidth),
    bearing: 0,
    pitch: 0,
    duration,
  });
}

/**
 * Until the camera first moves, the first view follows the map's size: the page's top bar can
 * settle from two rows to one after the map is built (its font arrives), and the corridor must
 * fill the map it ends up with. The first move (the reader's, a link's, a tour step's) ends it.
 */
export function keepFirstViewUntilMoved(map: Map, corridor: Box): void {
  let refitting = false;
  const refit = () => {
    refitting = true;
    showWholeCorridor(map, corridor, 0);
    refitting = false;
  };
  const moved = () => {
    if (refitting) return;
    map.off('resize', refit);
    map.off('movestart', moved);
  };
  map.on('resize', refit);
  map.on('movestart', moved);
}

export class WholeCorridorControl implements IControl {
  #box: HTMLDivElement | null = null;
  constructor(
    private readonly label: string,
    private readonly onpress: () => void,
  ) {}

  onAdd(): HTMLElement {
    const box = document.createElement('div');
    box.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'whole-corridor';
    button.textContent = this.label;
    button.addEventListener('click', this.onpress);
    box.append(button);
    this.#box = box;
    return box;
  }

  onRemove(): void {
    this.#box?.remove();
    this.#box = null;
  }
}
