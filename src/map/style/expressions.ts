/** Small expression builders shared by the style's parts. */
import type { ExpressionSpecification } from 'maplibre-gl';

export type Value = number | string | ExpressionSpecification;

/** One value for the selected feature, one for the hovered one, one for the rest (feature-state). */
export const selectedOr = (
  selected: Value,
  hover: Value,
  otherwise: Value,
): ExpressionSpecification => [
  'case',
  ['boolean', ['feature-state', 'selected'], false],
  selected,
  ['boolean', ['feature-state', 'hover'], false],
  hover,
  otherwise,
];

/** How much of a line or hub that had not opened yet still shows: there, but not yet. */
export const NOT_YET_OPACITY = 0.2;

/**
 * One value for a place that had not opened in the year the map shows (feature-state `notYet`,
 * set by keep-year.svelte.ts for the timeline view or a tour step's year), one for the rest.
 */
export const notYetOr = (notYet: Value, otherwise: Value): ExpressionSpecification => [
  'case',
  ['boolean', ['feature-state', 'notYet'], false],
  notYet,
  otherwise,
];

/** A size that grows linearly with zoom between two stops. */
export const growWithZoom = (
  zoomA: number,
  sizeA: number,
  zoomB: number,
  sizeB: number,
): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], zoomA, sizeA, zoomB, sizeB];
