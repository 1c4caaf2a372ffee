/**
 * A figure's note may cite further sources as `{source-id}`, e.g. "Also given by {trend-2024-03-05}."
 * The panel renders each as a linked citation and lists the source; validation checks the ids.
 */
export type NotePart = { text: string } | { source: string };

const REF = /\{([^{}]*)\}/g;

/** The note as text and source references, in order. */
export function noteParts(note: string): NotePart[] {
  const parts: NotePart[] = [];
  let at = 0;
  for (const match of note.matchAll(REF)) {
    if (match.index > at) parts.push({ text: note.slice(at, match.index) });
    parts.push({ source: match[1] ?? '' });
    at = match.index + match[0].length;
  }
  if (at < note.length) parts.push({ text: note.slice(at) });
  return parts;
}

/** The source ids a note cites. */
export function noteSources(note: string | undefined): string[] {
  return note ? [...note.matchAll(REF)].map((m) => m[1] ?? '') : [];
}
