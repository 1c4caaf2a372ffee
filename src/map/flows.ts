/**
 * The investment arrows across the Caspian as map features, from geo/flows.json: a curved arrow
 * per flow, width by value, labelled with its figure. Pure, so it is tested without a map.
 */
import type { Feature, FeatureCollection, LineString, Point, Polygon, Position } from 'geojson';
import type { Corridor } from '../data/corridor-index.ts';
import type { Format } from '../i18n/format.ts';

/** A quadratic Bézier from `a` to `b`, bowed sideways by `bow` degrees. */
export function arc(a: Position, b: Position, bow: number, steps = 24): Position[] {
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
export function arrowhead(line: Position[], size: number): Position[][] {
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
  /** Which side of the arrow its label goes: to the right of its direction of travel. */
  anchor: 'left' | 'right';
}

export function investmentFlows(
  corridor: Corridor,
  f: Format,
): FeatureCollection<LineString | Polygon | Point, FlowProperties> {
  const features: Feature<LineString | Polygon | Point, FlowProperties>[] = [];
  for (const flow of corridor.data.flows) {
    const figure = corridor.figure(flow.figure);
    if (!figure?.direction) continue;
    // Both bow to their own right, so two arrows between the same places pass each other.
    const line = arc(flow.from, flow.to, -0.9);
    const northward = (flow.to[1] ?? 0) > (flow.from[1] ?? 0);
    const properties: FlowProperties = {
      id: figure.id,
      label: f.m.map.flowLabel(f.value(figure), f.country(figure.direction.from)),
      value: figure.value,
      anchor: northward ? 'left' : 'right',
    };
    const middle = line[Math.floor(line.length / 2)] ?? flow.from;
    features.push(
      {
        type: 'Feature',
        properties,
        geometry: { type: 'LineString', coordinates: line.slice(0, -2) },
      },
      {
        type: 'Feature',
        properties,
        geometry: { type: 'Polygon', coordinates: arrowhead(line, 0.3) },
      },
      { type: 'Feature', properties, geometry: { type: 'Point', coordinates: middle } },
    );
  }
  return { type: 'FeatureCollection', features };
}
