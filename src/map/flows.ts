/**
 * The two investment flows across the Caspian as map features: a curved arrow each way, width by
 * value, labelled with the article's figure. Pure, so it is tested without a map.
 */
import type { Feature, FeatureCollection, LineString, Point, Polygon, Position } from 'geojson';
import type { Figure } from '../data/schema.ts';
import { formatValue } from '../data/format.ts';

/** Where the arrows start and end: Baku's shore and Aktau's shore. */
const AZERBAIJAN: Position = [49.6, 40.45];
const KAZAKHSTAN: Position = [51.45, 43.75];

const FLOW_FIGURES = { azToKz: 'investment-az-in-kz', kzToAz: 'investment-kz-in-az' };

/** A quadratic Bézier from `a` to `b`, bowed sideways by `bow` degrees. */
function arc(a: Position, b: Position, bow: number, steps = 24): Position[] {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const [mx, my] = [(ax + bx) / 2, (ay + by) / 2];
  const [dx, dy] = [bx - ax, by - ay];
  const length = Math.hypot(dx, dy);
  const control = [mx - (dy / length) * bow, my + (dx / length) * bow];
  const points: Position[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    points.push([
      u * u * ax + 2 * u * t * (control[0] ?? 0) + t * t * bx,
      u * u * ay + 2 * u * t * (control[1] ?? 0) + t * t * by,
    ]);
  }
  return points;
}

/** A triangle at the end of a line, pointing along its last step. */
function arrowhead(line: Position[], size: number): Position[][] {
  const [tx = 0, ty = 0] = line[line.length - 1] ?? [];
  const [px = 0, py = 0] = line[line.length - 3] ?? [];
  const angle = Math.atan2(ty - py, tx - px);
  const corner = (offset: number): Position => [
    tx - size * Math.cos(angle + offset),
    ty - size * Math.sin(angle + offset),
  ];
  return [[[tx, ty], corner(0.45), corner(-0.45), [tx, ty]]];
}

export interface FlowProperties {
  id: string;
  label: string;
  value: number;
  /** Which side of the arrow its label goes, away from the other arrow. */
  anchor: 'left' | 'right';
}

export function investmentFlows(
  figures: Figure[],
): FeatureCollection<LineString | Polygon | Point, FlowProperties> {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const flows = [
    {
      figure: byId.get(FLOW_FIGURES.azToKz),
      from: AZERBAIJAN,
      to: KAZAKHSTAN,
      name: 'Azerbaijan',
      anchor: 'left' as const,
    },
    {
      figure: byId.get(FLOW_FIGURES.kzToAz),
      from: KAZAKHSTAN,
      to: AZERBAIJAN,
      name: 'Kazakhstan',
      anchor: 'right' as const,
    },
  ];
  const features: Feature<LineString | Polygon | Point, FlowProperties>[] = [];
  for (const { figure, from, to, name, anchor } of flows) {
    if (!figure) continue;
    // Both bow to their own right, so the two arrows pass each other instead of overlapping.
    const line = arc(from, to, -0.9);
    const properties = {
      id: figure.id,
      label: `${formatValue(figure.value, figure.unit)}\ninvested from ${name}`,
      value: figure.value,
      anchor,
    };
    features.push({
      type: 'Feature',
      properties,
      geometry: { type: 'LineString', coordinates: line.slice(0, -2) },
    });
    features.push({
      type: 'Feature',
      properties,
      geometry: { type: 'Polygon', coordinates: arrowhead(line, 0.3) },
    });
    const middle = line[Math.floor(line.length / 2)] ?? from;
    features.push({
      type: 'Feature',
      properties,
      geometry: { type: 'Point', coordinates: middle },
    });
  }
  return { type: 'FeatureCollection', features };
}
