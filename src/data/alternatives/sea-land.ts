/**
 * Land along the sea routes, and the check that a sea line stays on water. The land extract keeps
 * only the 1° cells a sea line passes through, each cell's Natural Earth land (1:50m, from
 * world-atlas) clipped to it: every piece of land a line could cross is in it, and nothing else.
 * Pure; `npm run geo:alternatives` writes the extract to geo/alternatives/sea-land-50m.geojson.
 */
import { bbox, bboxClip, booleanPointInPolygon, distance, point } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export const SEA_LAND_FILE = 'geo/alternatives/sea-land-50m.geojson';
/** Samples on a line at least this often when finding its cells and checking it. */
export const SAMPLE_KM = 2;
const CELL = 1;
const DIGITS = 4;

type Box = [number, number, number, number];
export type LandFeature = Feature<MultiPolygon, { cell: string }>;

export interface SeaLand {
  type: 'FeatureCollection';
  license: string;
  source: string;
  note: string;
  features: LandFeature[];
}

const km = (a: Position, b: Position) => distance(point(a), point(b), { units: 'kilometers' });

/** Points along a line no more than SAMPLE_KM apart (straight in lon/lat between vertices). */
export function samples(line: Position[], stepKm = SAMPLE_KM): Position[] {
  const out: Position[] = [];
  line.forEach((b, i) => {
    const a = line[i - 1];
    if (!a) {
      out.push(b);
      return;
    }
    const n = Math.max(1, Math.ceil(km(a, b) / stepKm));
    for (let k = 1; k <= n; k++)
      out.push([a[0]! + ((b[0]! - a[0]!) * k) / n, a[1]! + ((b[1]! - a[1]!) * k) / n]);
  });
  return out;
}

const cellOf = ([lon = 0, lat = 0]: Position) =>
  [Math.floor(lon / CELL) * CELL, Math.floor(lat / CELL) * CELL] as const;

/** The cells the lines pass through, sorted so the extract is written in a stable order. */
export function cellsOf(lines: Position[][]): [number, number][] {
  const keys = new Set<string>();
  for (const line of lines) for (const p of samples(line)) keys.add(cellOf(p).join(','));
  return [...keys]
    .map((k) => k.split(',').map(Number) as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

const overlaps = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
const round = (v: number) => Number(v.toFixed(DIGITS));

function roundRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const [lon = 0, lat = 0] of ring) {
    const p: Position = [round(lon), round(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/**
 * A ring made continuous across the antimeridian (Chukotka, Fiji go on past 180°), so that it has
 * no edge round the whole world to leave slivers in the cells it would cross; null for a ring
 * round a pole (Antarctica), far from any sea route.
 */
function unwrapRing(ring: Position[]): Position[] | null {
  let offset = 0;
  const out: Position[] = [];
  for (const [lon = 0, lat = 0] of ring) {
    const previous = out[out.length - 1];
    if (previous && lon + offset - previous[0]! > 180) offset -= 360;
    else if (previous && lon + offset - previous[0]! < -180) offset += 360;
    out.push([lon + offset, lat]);
  }
  if (offset !== 0) return null;
  // A ring that starts east of the antimeridian has its bulk shifted a turn west: shift it back.
  const west = Math.min(...out.map((p) => p[0]!));
  return west < -180 ? out.map(([lon = 0, lat = 0]) => [lon + 360, lat]) : out;
}

/** Each cell's land, clipped to the cell; cells without land are left out. */
export function landAlong(
  land: Feature<Polygon | MultiPolygon>[],
  lines: Position[][],
  source: string,
): SeaLand {
  const polygons: { rings: Position[][]; box: Box }[] = land
    .flatMap((f) =>
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
    )
    .flatMap((rings) => {
      const unwrapped = rings.map(unwrapRing);
      return unwrapped.every((ring) => ring !== null) ? [unwrapped] : [];
    })
    .map((rings) => ({ rings, box: bbox({ type: 'Polygon', coordinates: rings }) as Box }));
  const features: LandFeature[] = [];
  for (const [lon, lat] of cellsOf(lines)) {
    const cell: Box = [lon, lat, lon + CELL, lat + CELL];
    const pieces: Position[][][] = [];
    for (const { rings, box } of polygons) {
      if (!overlaps(box, cell)) continue;
      const clipped = bboxClip({ type: 'Polygon', coordinates: rings }, cell).geometry as
        Polygon | MultiPolygon;
      const parts: Position[][][] =
        clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
      for (const [outer, ...holes] of parts) {
        const ring = roundRing(outer ?? []);
        // A piece whose outline rounds away is a speck; its holes go with it.
        if (ring.length < 4) continue;
        pieces.push([ring, ...holes.map(roundRing).filter((hole) => hole.length >= 4)]);
      }
    }
    if (pieces.length > 0)
      features.push({
        type: 'Feature',
        properties: { cell: `${lon},${lat}` },
        geometry: { type: 'MultiPolygon', coordinates: pieces },
      });
  }
  return {
    type: 'FeatureCollection',
    license: 'public domain (Natural Earth)',
    source,
    note: 'Land in the 1° cells the sea routes of geo/alternatives/routes.geojson pass through, clipped to each cell; used by the tests to check that the sea routes stay on water. Written by npm run geo:alternatives.',
    features,
  };
}

export interface WaterCheck {
  /** Within this distance of the line's first or last point (the ports) land is allowed. */
  portKm: number;
  /** Stretches where the line may cross land (a canal): land within exemptKm of them is allowed. */
  exempt?: { line: Position[]; km: number }[];
}

function nearLine(p: Position, line: Position[], limitKm: number): boolean {
  return samples(line, 1).some((q) => km(p, q) <= limitKm);
}

/** The sampled points of a sea line that fall on land outside the allowed places. */
export function landHits(line: Position[], land: SeaLand, check: WaterCheck): Position[] {
  const first = line[0];
  const last = line[line.length - 1];
  if (!first || !last) return [];
  const indexed = land.features.map((f) => ({ f, box: bbox(f) as Box }));
  return samples(line).filter((p) => {
    if (km(p, first) <= check.portKm || km(p, last) <= check.portKm) return false;
    const onLand = indexed.some(
      ({ f, box }) =>
        p[0]! >= box[0] &&
        p[0]! <= box[2] &&
        p[1]! >= box[1] &&
        p[1]! <= box[3] &&
        booleanPointInPolygon(p, f, { ignoreBoundary: true }),
    );
    if (!onLand) return false;
    return !(check.exempt ?? []).some((e) => nearLine(p, e.line, e.km));
  });
}
