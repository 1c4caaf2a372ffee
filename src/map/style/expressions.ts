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

/** A size that grows linearly with zoom between two stops. */
export const growWithZoom = (
  zoomA: number,
  sizeA: number,
  zoomB: number,
  sizeB: number,
): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], zoomA, sizeA, zoomB, sizeB];
