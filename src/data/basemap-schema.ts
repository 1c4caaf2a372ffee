/**
 * The shape of the committed basemap extracts in geo/basemap/ (written by `npm run geo:basemap`),
 * checked at build time so that a hand edit that breaks a label fails with its file and feature.
 */
import { z } from 'zod';
import { position } from './schema.ts';

const line = z.array(position).min(2, 'a line needs at least two positions');
const ring = z.array(position).min(4, 'a ring needs at least four positions');

const multiLine = z.object({ type: z.literal('MultiLineString'), coordinates: z.array(line) });
const multiPolygon = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(ring).min(1)),
});

const name = z.string().trim().min(1, 'a labelled feature needs a name');
const labelId = z
  .string()
  .regex(/^[a-z]+:[A-Za-z0-9-]+$/, 'must be an id like "city:baku" or "country:KAZ"');

/** Fields beyond these (the other Natural Earth names) are kept as they are. */
export const shapeFeature = z.discriminatedUnion('layer', [
  z.looseObject({ layer: z.enum(['land', 'lake', 'coast']) }),
  z.looseObject({ layer: z.literal('border'), disputed: z.literal(true).optional() }),
  z.looseObject({ layer: z.literal('river'), id: labelId, name }),
]);

export const labelProperties = z.looseObject({
  layer: z.enum(['country', 'water', 'city', 'landform']),
  id: labelId,
  name,
  rank: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  kind: z.string().min(1),
  repeat: z.literal(true).optional(),
  minzoom: z.number().min(0).max(24).optional(),
  maxzoom: z.number().min(0).max(24).optional(),
});

export const shapeGeometry = z.union([multiLine, multiPolygon]);
export const pointGeometry = z.object({ type: z.literal('Point'), coordinates: position });

export const extractFile = z.object({
  type: z.literal('FeatureCollection'),
  source: z.looseObject({ data: z.string().min(1) }),
  features: z.array(z.unknown()),
});

export type LabelProperties = z.infer<typeof labelProperties>;
