/** The basemap's 10m level: a source from the fetched file and its layers, from zoom 6. */
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { LAYER, SOURCE } from '../ids.ts';
import { shapeLayers } from './basemap.ts';
import { riverLabelLayer } from './basemap-labels.ts';
import type { LabelSizes } from './label-sizes.ts';

/** Where the overview gives way to the 10m detail. */
export const DETAIL_FROM_ZOOM = 6;

export function detailSource(url: string): SourceSpecification {
  return { type: 'geojson', data: url };
}

/**
 * The 10m shapes, to go below the basemap's names, and the river names to go with them, drawn at
 * `riverLabelSize` (the overview's river names' size when the detail arrives).
 */
export function detailLayers(riverLabelSize: LabelSizes[typeof LAYER.riverLabels]): {
  shapes: LayerSpecification[];
  riverLabels: LayerSpecification;
} {
  return {
    shapes: shapeLayers(
      SOURCE.basemapDetail,
      {
        land: LAYER.landDetail,
        lakes: LAYER.lakesDetail,
        rivers: LAYER.riversDetail,
        borders: LAYER.countryBordersDetail,
        disputed: LAYER.disputedBordersDetail,
        coast: LAYER.coastDetail,
      },
      DETAIL_FROM_ZOOM,
    ),
    riverLabels: riverLabelLayer(LAYER.riverLabelsDetail, SOURCE.basemapDetail, riverLabelSize, {
      minzoom: DETAIL_FROM_ZOOM,
    }),
  };
}
