/** A key given twice in one object is named with its file and line, not silently dropped. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { duplicateKeys } from '../../src/data/duplicate-keys.ts';
import { readGeoFolder } from '../../src/data/read-geo.ts';
import { FIXTURE } from '../support/app-context.ts';

describe('keys given twice', () => {
  it('finds a repeat in one object, with its line, and nothing in arrays or values', () => {
    const text = '{\n "a": 1,\n "b": {"a": ["a", "a"], "c": "a"},\n "a": 2,\n "d": "\\"a\\""\n}';
    expect(duplicateKeys(text)).toEqual([{ key: 'a', line: 4 }]);
    expect(duplicateKeys('[{"a": 1}, {"a": 2}]')).toEqual([]);
    expect(duplicateKeys('{"x\\"y": 1, "x\\"y": 2}')).toEqual([{ key: 'x"y', line: 1 }]);
  });

  const work = mkdtempSync(join(tmpdir(), 'corridor-dup-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is a problem of the file that names the key and the line', () => {
    const folder = join(work, 'geo');
    cpSync(FIXTURE, folder, { recursive: true });
    const file = join(folder, 'hubs.geojson');
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      text.replace('"name": "Port of Aktau"', '"name": "Port of Aktau", "name": "Aktau"'),
    );
    const line = text.slice(0, text.indexOf('"name": "Port of Aktau"')).split('\n').length;
    expect(readGeoFolder(folder).problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `/geo/hubs\\.geojson: file: line ${line}: gives "name" twice in one object; JSON keeps only the last$`,
        ),
      ),
    ]);
  });
});
