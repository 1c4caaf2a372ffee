/**
 * What the browser receives: the route simplified for the screen and without provenance. The
 * committed geometry follows the OSM track to about 50 m; at the zooms the map allows, a few
 * hundred metres are invisible, so the lines are thinned to SCREEN_METRES. Lengths were already
 * measured with turf on the committed geometry and are kept.
 */
import type { CorridorData } from './corridor.ts';
import type { Position } from './schema.ts';
import { simplifyMetres } from './simplify-metres.ts';
import type { AlternativeFigures } from './alternatives/figures-schema.ts';
import { alternativeTextFields } from './texts.ts';

export const SCREEN_METRES = 150;

/** Four decimals (about 10 m) are plenty once the lines are thinned to 150 m. */
const round4 = (p: Position): Position => [
  Math.round(p[0] * 1e4) / 1e4,
  Math.round(p[1] * 1e4) / 1e4,
];

export function forScreen(data: CorridorData): CorridorData {
  // Each language's content is a module of its own, loaded when chosen (vite-plugin.ts).
  const shared = { ...data };
  delete shared.translations;
  // The route comparison loads with its view (compareForScreen).
  delete shared.alternatives;
  return {
    ...shared,
    hasComparison: data.alternatives !== undefined,
    segments: data.segments.map((segment) => {
      const copy = {
        ...segment,
        coordinates: simplifyMetres(segment.coordinates, SCREEN_METRES).map(round4),
        // The panel names the stations a line is drawn through; the derivation notes and the
        // hubs' coordinate sources are for the downloads, which are written from the full data.
        sources: { via: segment.sources.via, refs: [] },
      };
      delete copy.provenance;
      return copy;
    }),
    hubs: data.hubs.map((hub) => {
      const copy = { ...hub, sources: [] };
      delete copy.provenance;
      return copy;
    }),
  };
}

/** The comparison is drawn at world scale, where a pixel is tens of kilometres: 5 km is unseen. */
export const COMPARE_SCREEN_METRES = 5000;

/**
 * The "Compare routes" view's data in one language (`virtual:compare/<lang>`): the comparison with
 * that language's words (English's where a translation is missing) and its lines thinned. Null for
 * a folder without a comparison.
 */
export function compareForScreen(
  data: CorridorData,
  texts: Readonly<Record<string, string>> = {},
): AlternativeFigures | null {
  if (!data.alternatives) return null;
  const compare = structuredClone(data.alternatives);
  for (const field of alternativeTextFields(compare)) {
    const value = Object.hasOwn(texts, field.key) ? texts[field.key] : undefined;
    if (value) field.set(value);
  }
  // The view draws and measures the lines; their waypoints and provenance go to the downloads.
  compare.lines = compare.lines.map(({ id, kind, from, to, lengthKm, coordinates }) => ({
    id,
    kind,
    from,
    to,
    lengthKm,
    coordinates: simplifyMetres(coordinates, COMPARE_SCREEN_METRES).map(round4),
  }));
  return compare;
}
