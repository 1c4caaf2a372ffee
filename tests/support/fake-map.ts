/**
 * A plain object standing in for a MapLibre map, for the map modules that only call a few of its
 * methods (feature-state, events, rendered features, projection, camera). It draws the corridor's
 * features on a flat screen: x grows east and y south, SCALE pixels a degree from ORIGIN.
 * maplibre-contract.test.ts checks that the real Map still has every method this imitates.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Corridor } from '../../src/data/corridor-index.ts';
import { LAYER } from '../../src/map/ids.ts';
import type { ScreenPoint } from '../../src/map/pick.ts';

const ORIGIN = { lng: 49, lat: 44.5 };
const SCALE = 200;

type Handler = (event: unknown) => void;

/** Distance from p to a polyline (or point), on its own so a mutant in pick.ts cannot bend it. */
function distance(p: ScreenPoint, points: ScreenPoint[]): number {
  if (points.length === 1) return Math.hypot(p.x - points[0]!.x, p.y - points[0]!.y);
  let nearest = Infinity;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const [dx, dy] = [b.x - a.x, b.y - a.y];
    const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)));
    nearest = Math.min(nearest, Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy));
  }
  return nearest;
}
interface Drawn {
  layer: string;
  id: string;
  points: ScreenPoint[];
}

export class FakeMap {
  /** Feature-state by `source/id`, merged as MapLibre merges it. */
  readonly states = new Map<string, Record<string, unknown>>();
  readonly handlers = new Map<string, Set<Handler>>();
  readonly canvas = document.createElement('canvas');
  readonly container = document.createElement('div');
  readonly calls: { method: string; args: unknown[] }[] = [];
  #drawn: Drawn[] = [];

  constructor(corridor?: Corridor, size = { width: 1000, height: 1000 }) {
    this.container.append(this.canvas);
    Object.defineProperty(this.container, 'clientWidth', { value: size.width });
    Object.defineProperty(this.container, 'clientHeight', { value: size.height });
    if (!corridor) return;
    const layerOf = { rail: LAYER.routeRail, sea: LAYER.routeSea, road: LAYER.routeRoad };
    for (const s of corridor.data.segments)
      this.#drawn.push({
        layer: layerOf[s.mode],
        id: s.id,
        points: s.coordinates.map((c) => this.project(c)),
      });
    for (const h of corridor.data.hubs)
      this.#drawn.push({
        layer: LAYER.hubCircles,
        id: h.id,
        points: [this.project(h.coordinates)],
      });
  }

  /** The map as the code sees it. */
  get map(): MaplibreMap {
    return this as unknown as MaplibreMap;
  }

  /** About the zoom at which MapLibre draws SCALE pixels a degree. */
  getZoom(): number {
    return 8;
  }

  project([lng, lat]: [number, number]): ScreenPoint {
    return { x: (lng - ORIGIN.lng) * SCALE, y: (ORIGIN.lat - lat) * SCALE };
  }

  unproject([x, y]: [number, number]): { lng: number; lat: number } {
    return { lng: ORIGIN.lng + x / SCALE, lat: ORIGIN.lat - y / SCALE };
  }

  setFeatureState(feature: { source: string; id: string }, state: Record<string, unknown>): void {
    const key = `${feature.source}/${feature.id}`;
    this.states.set(key, { ...this.states.get(key), ...state });
  }

  /** The features whose state has `name` set to true, as `source/id`. */
  featuresWith(name: string): string[] {
    return [...this.states].filter(([, state]) => state[name] === true).map(([key]) => key);
  }

  /** Features drawn in `layers` that reach into the box, as MapLibre's query returns them. */
  queryRenderedFeatures(
    [[left, top], [right, bottom]]: [[number, number], [number, number]],
    { layers }: { layers: string[] },
  ): { properties: { id: string } }[] {
    const centre = { x: (left + right) / 2, y: (top + bottom) / 2 };
    const reach = Math.hypot(right - left, bottom - top) / 2;
    return this.#drawn
      .filter((d) => layers.includes(d.layer) && distance(centre, d.points) <= reach)
      .map((d) => ({ properties: { id: d.id } }));
  }

  on(type: string, handler: Handler): void {
    if (!this.handlers.has(type)) this.handlers.set(type, new Set());
    this.handlers.get(type)!.add(handler);
  }

  off(type: string, handler: Handler): void {
    this.handlers.get(type)?.delete(handler);
  }

  /** Fires a map event, e.g. `fire('mousemove', { point })`. */
  fire(type: string, event: unknown = {}): void {
    for (const handler of this.handlers.get(type) ?? []) handler(event);
  }

  listenerCount(): number {
    return [...this.handlers.values()].reduce((sum, set) => sum + set.size, 0);
  }

  getCanvas(): HTMLCanvasElement {
    return this.canvas;
  }

  getContainer(): HTMLElement {
    return this.container;
  }

  fitBounds(...args: unknown[]): void {
    this.calls.push({ method: 'fitBounds', args });
  }

  flyTo(...args: unknown[]): void {
    this.calls.push({ method: 'flyTo', args });
  }

  resize(): void {
    this.calls.push({ method: 'resize', args: [] });
  }

  triggerRepaint(): void {
    this.calls.push({ method: 'triggerRepaint', args: [] });
  }
}
