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

/** How much of a line or hub the timeline's year comes before still shows: there, but not yet. */
export const NOT_YET_OPACITY = 0.2;

/**
 * One value for a place the timeline's year comes before (feature-state `notYet`, set while the
 * timeline view is open), one for the rest.
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
