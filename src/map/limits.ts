/**
 * How far the reader may move the camera, worked out in Web Mercator without a map so it can be
 * tested: zoom from the first view (or 3, whichever is wider) to 10, where the data's detail ends,
 * and never further than the first view's area and the corridor with a margin around it.
 */
export type Box = [number, number, number, number];
export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
export interface Size {
  width: number;
  height: number;
}

export const MIN_ZOOM = 3;
export const MAX_ZOOM = 10;
/** Degrees around the corridor the reader may still pan to: its neighbours stay in sight. */
const MARGIN = 8;
const TILE = 512;

/**
 * Pixels around the first view: room for the end labels and the controls. On a phone the west
 * end needs only its circle (names sit to the right of their circles) and the east end room for
 * "Xi'an" after its circle; the corridor still spans 86 % of a 390 px screen.
 */
export function firstViewPadding(width: number): Padding {
  return width <= 480
    ? { top: 40, bottom: 40, left: 8, right: 46 }
    : { top: 40, bottom: 40, left: 30, right: 60 };
}

const x = (lng: number) => (lng + 180) / 360;
const y = (lat: number) =>
  (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
const lng = (x: number) => x * 360 - 180;
const lat = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/** The zoom at which the box fills the padded map, as MapLibre's fitBounds chooses it. */
export function fitZoom([west, south, east, north]: Box, size: Size, padding: Padding): number {
  const width = size.width - padding.left - padding.right;
  const height = size.height - padding.top - padding.bottom;
  const scale = Math.min(
    width / ((x(east) - x(west)) * TILE),
    height / ((y(south) - y(north)) * TILE),
  );
  return Math.log2(scale);
}

/** What the map shows when the box is fitted into it with the padding. */
export function firstViewArea(box: Box, size: Size, padding: Padding): Box {
  const [west, south, east, north] = box;
  const world = TILE * 2 ** fitZoom(box, size, padding);
  // fitBounds centres the box in the padded part of the map.
  const cx = ((x(west) + x(east)) / 2) * world + (padding.right - padding.left) / 2;
  const cy = ((y(north) + y(south)) / 2) * world + (padding.bottom - padding.top) / 2;
  return [
    lng((cx - size.width / 2) / world),
    lat(Math.min(1, (cy + size.height / 2) / world)),
    lng((cx + size.width / 2) / world),
    lat(Math.max(0, (cy - size.height / 2) / world)),
  ];
}

export interface Limits {
  minZoom: number;
  maxZoom: number;
  maxBounds: Box;
}

/** The camera's limits for a map of this size: the first view always fits inside them. */
export function limitsFor(corridor: Box, size: Size): Limits {
  const padding = firstViewPadding(size.width);
  const [w, s, e, n] = firstViewArea(corridor, size, padding);
  const [cw, cs, ce, cn] = corridor;
  return {
    minZoom: Math.min(MIN_ZOOM, Math.floor(fitZoom(corridor, size, padding) * 10) / 10),
    maxZoom: MAX_ZOOM,
    maxBounds: [
      Math.max(-180, Math.min(w, cw - MARGIN) - 1),
      Math.max(-85, Math.min(s, cs - MARGIN) - 1),
      Math.min(180, Math.max(e, ce + MARGIN) + 1),
      Math.min(85, Math.max(n, cn + MARGIN) + 1),
    ],
  };
}
