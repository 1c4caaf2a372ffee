/**
 * Label sizes by layer, as a type scale: 1 on screens, larger in presenter mode so the back row
 * of a classroom can read the map as well as the panel.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { LAYER } from '../ids.ts';
import { growWithZoom } from './expressions.ts';

export type ScaledLabelLayer =
  | typeof LAYER.countryLabels
  | typeof LAYER.waterLabels
  | typeof LAYER.landformLabels
  | typeof LAYER.riverLabels
  | typeof LAYER.cityLabels
  | typeof LAYER.flowLabels
  | typeof LAYER.hubLabels;
export type LabelSizes = Record<ScaledLabelLayer, ExpressionSpecification | number>;

/** Rank 0 (the corridor's countries, the Caspian and the Black Sea) one step larger. */
const byRank = (first: number, rest: number): ExpressionSpecification => [
  'match',
  ['get', 'rank'],
  0,
  first,
  rest,
];

export function labelSizes(scale: number): LabelSizes {
  const s = (size: number) => Math.round(size * scale * 10) / 10;
  return {
    [LAYER.countryLabels]: [
      'interpolate',
      ['linear'],
      ['zoom'],
      2,
      byRank(s(11), s(9.5)),
      6,
      byRank(s(16), s(13)),
    ],
    [LAYER.waterLabels]: [
      'interpolate',
      ['linear'],
      ['zoom'],
      2,
      byRank(s(11), s(9.5)),
      7,
      byRank(s(17), s(13)),
    ],
    [LAYER.landformLabels]: growWithZoom(3, s(10), 7, s(13)),
    [LAYER.riverLabels]: growWithZoom(5, s(10), 9, s(12)),
    [LAYER.cityLabels]: growWithZoom(3, s(10.5), 8, s(13)),
    [LAYER.flowLabels]: s(12),
    [LAYER.hubLabels]: growWithZoom(3, s(11), 7, s(14)),
  };
}
