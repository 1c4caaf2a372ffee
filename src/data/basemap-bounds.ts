/** Where the embedded basemap has land drawn; the map never pans beyond it. */
export type Box = [number, number, number, number];

/**
 * West, south, east, north: from the Balkans to beyond Xi'an, the box Natural Earth's 10m layers
 * were cut to (see the geodata README), drawn generalised on the overview and at 10m from zoom 6.
 */
export const CORE_BOUNDS: Box = [18, 28, 112, 56];
/** Everything the map may show, drawn at 1:110m outside the core. */
export const BASEMAP_BOUNDS: Box = [-20, -58, 150, 84];
