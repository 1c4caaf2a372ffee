/**
 * Douglas–Peucker in metres, on a local equirectangular projection: unlike turf's degree-based
 * tolerance it keeps every removed vertex within the given distance of the simplified line,
 * whatever the latitude. Locked vertices (junctions with other ways) are never removed, so
 * simplified ways still join.
 */
import type { Position } from './schema.ts';

const METRES_PER_DEGREE = 111_195;

function offsetMetres(p: Position, a: Position, b: Position): number {
  const k = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
  const ax = a[0] * k;
  const bx = b[0] * k;
  const px = p[0] * k;
  const dx = bx - ax;
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  let t = lengthSquared === 0 ? 0 : ((px - ax) * dx + (p[1] - a[1]) * dy) / lengthSquared;
  t = Math.max(0, Math.min(1, t));
  const x = ax + t * dx - px;
  const y = a[1] + t * dy - p[1];
  return Math.sqrt(x * x + y * y) * METRES_PER_DEGREE;
}

/** Indexes of the vertices to keep between first and last (both kept), by recursion on a stack. */
function keepBetween(
  line: Position[],
  first: number,
  last: number,
  metres: number,
  keep: boolean[],
) {
  const stack: [number, number][] = [[first, last]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    let worst = -1;
    let worstOffset = metres;
    for (let i = a + 1; i < b; i++) {
      const offset = offsetMetres(line[i]!, line[a]!, line[b]!);
      if (offset > worstOffset) [worst, worstOffset] = [i, offset];
    }
    if (worst < 0) continue;
    keep[worst] = true;
    stack.push([a, worst], [worst, b]);
  }
}

export function simplifyMetres(
  line: Position[],
  metres: number,
  locked: (p: Position, index: number) => boolean = () => false,
): Position[] {
  if (line.length <= 2) return line;
  const keep = line.map((p, i) => i === 0 || i === line.length - 1 || locked(p, i));
  let from = 0;
  for (let i = 1; i < line.length; i++) {
    if (!keep[i]) continue;
    keepBetween(line, from, i, metres, keep);
    from = i;
  }
  return line.filter((_, i) => keep[i]);
}
