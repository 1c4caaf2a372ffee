/** A linear scale from 0..max onto 0..width, shared by the charts' bars and dots. */
export function linear(max: number, width: number): (value: number) => number {
  return (value) => (max > 0 ? (value / max) * width : 0);
}

/** Series in a chart, each with its own value (a colour, a shape) in the order they come. */
export function inTurn<T, V>(keys: T[], values: readonly [V, ...V[]]): Map<T, V> {
  const assigned = new Map<T, V>();
  for (const key of keys)
    if (!assigned.has(key)) assigned.set(key, values[assigned.size % values.length] ?? values[0]);
  return assigned;
}
