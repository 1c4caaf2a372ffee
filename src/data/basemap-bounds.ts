/** Where the embedded basemap has land drawn; the map never pans beyond it. */
export type Box = [number, number, number, number];

/** West, south, east, north: from the Balkans to beyond Xi'an, drawn at 1:50m. */
export const CORE_BOUNDS: Box = [18, 28, 114, 56];
/** Everything the map may show, drawn at 1:110m outside the core. */
export const BASEMAP_BOUNDS: Box = [-20, -58, 150, 84];
