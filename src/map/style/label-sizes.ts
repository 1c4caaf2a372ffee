/**
 * Label sizes by layer, as a type scale: 1 on screens, larger in presenter mode so the back row
 * of a classroom can read the map as well as the panel.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { LAYER } from '../ids.ts';
import { growWithZoom } from './expressions.ts';

export type ScaledLabelLayer =
  typeof LAYER.countryLabels | typeof LAYER.flowLabels | typeof LAYER.hubLabels;
export type LabelSizes = Record<ScaledLabelLayer, ExpressionSpecification | number>;

export function labelSizes(scale: number): LabelSizes {
  return {
    [LAYER.countryLabels]: growWithZoom(3, 11 * scale, 6, 15 * scale),
    [LAYER.flowLabels]: 12 * scale,
    [LAYER.hubLabels]: growWithZoom(3, 11 * scale, 7, 14 * scale),
  };
}
