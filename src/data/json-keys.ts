/**
 * Keys that JSON.parse accepts but the data must not have. A key given twice in one object:
 * `JSON.parse` keeps the last silently, so an editor who writes "name" twice would see one of the
 * two vanish. A key JavaScript reserves (`__proto__`, `constructor`): a lookup by it could find
 * the object's own property instead of the data. Validation names both, with the line.
 */
import { RESERVED_KEYS } from './schema.ts';

export interface KeyProblem {
  key: string;
  line: number;
  what: 'twice' | 'reserved';
}

/** Scans valid JSON text (parse it first) for repeated and reserved keys. */
export function keyProblems(text: string): KeyProblem[] {
  const found: KeyProblem[] = [];
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
        if (keys.has(key)) found.push({ key, line, what: 'twice' });
        if (RESERVED_KEYS.has(key)) found.push({ key, line, what: 'reserved' });
        keys.add(key);
      }
      i = end;
    }
  }
  return found;
}

/** A key problem as a data editor reads it. */
export function keyProblemMessage({ key, what }: KeyProblem): string {
  return what === 'twice'
    ? `gives "${key}" twice in one object; JSON keeps only the last`
    : `uses the key "${key}", which JavaScript reserves; choose another`;
}
