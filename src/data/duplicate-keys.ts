/**
 * Keys given twice in one JSON object. `JSON.parse` keeps the last silently, so an editor who
 * writes "name" twice would see one of the two vanish; validation names them instead.
 */
export interface DuplicateKey {
  key: string;
  line: number;
}

/** Scans valid JSON text (parse it first) for objects that repeat a key. */
export function duplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  // One entry per open container: the keys seen so far, or null for an array.
  const open: (Set<string> | null)[] = [];
  let expectKey = false;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n') line++;
    else if (char === '{') {
      open.push(new Set());
      expectKey = true;
    } else if (char === '[') open.push(null);
    else if (char === '}' || char === ']') open.pop();
    else if (char === ',') expectKey = open.at(-1) instanceof Set;
    else if (char === ':') expectKey = false;
    else if (char === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const keys = open.at(-1);
      if (expectKey && keys) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (keys.has(key)) found.push({ key, line });
        keys.add(key);
      }
      i = end;
    }
  }
  return found;
}
