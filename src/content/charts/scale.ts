/** A linear scale from 0..max onto 0..width, shared by the charts' bars and dots. */
export function linear(max: number, width: number): (value: number) => number {
  return (value) => (max > 0 ? (value / max) * width : 0);
}

/** Series in a chart, each with its own colour from the palette, in the order they come. */
export function seriesColours<T>(keys: T[], palette: readonly string[]): Map<T, string> {
  const colours = new Map<T, string>();
  for (const key of keys)
    if (!colours.has(key)) colours.set(key, palette[colours.size % palette.length] ?? '#000000');
  return colours;
}
