/**
 * A key given twice in one object, or one JavaScript reserves, is named with its file and line,
 * not silently dropped or looked up as the object's own property.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keyProblems } from '../../src/data/json-keys.ts';
import { readGeoFolder } from '../../src/data/read-geo.ts';
import { FIXTURE } from '../support/app-context.ts';

describe('keys given twice', () => {
  it('finds a repeat in one object, with its line, and nothing in arrays or values', () => {
    const text = '{\n "a": 1,\n "b": {"a": ["a", "a"], "c": "a"},\n "a": 2,\n "d": "\\"a\\""\n}';
    expect(keyProblems(text)).toEqual([{ key: 'a', line: 4, what: 'twice' }]);
    expect(keyProblems('[{"a": 1}, {"a": 2}]')).toEqual([]);
    expect(keyProblems('{"x\\"y": 1, "x\\"y": 2}')).toEqual([
      { key: 'x"y', line: 1, what: 'twice' },
    ]);
  });

  it('finds keys JavaScript reserves, but not the same words as values', () => {
    expect(keyProblems('{"a": {\n"__proto__": {}, "constructor": "constructor"}}')).toEqual([
      { key: '__proto__', line: 2, what: 'reserved' },
      { key: 'constructor', line: 2, what: 'reserved' },
    ]);
    expect(keyProblems('{"id": "__proto__", "list": ["prototype"]}')).toEqual([]);
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

  it('names a reserved key with its file and line', () => {
    const folder = join(work, 'geo-reserved');
    cpSync(FIXTURE, folder, { recursive: true });
    const file = join(folder, 'context.json');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('"alat":', '"__proto__":'));
    const line = text.slice(0, text.indexOf('"alat":')).split('\n').length;
    expect(readGeoFolder(folder).problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `/geo-reserved/context\\.json: file: line ${line}: uses the key "__proto__", which JavaScript reserves; choose another$`,
        ),
      ),
      expect.stringMatching(/context\.json: hubs "alat": context: is missing/),
    ]);
  });
});

describe('file size', () => {
  const work = mkdtempSync(join(tmpdir(), 'corridor-size-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('refuses a file over 2 MB, saying its size and the limit, and reads the rest', () => {
    const folder = join(work, 'geo');
    cpSync(FIXTURE, folder, { recursive: true });
    const file = join(folder, 'sources.json');
    writeFileSync(file, readFileSync(file, 'utf8') + ' '.repeat(3 * 1024 * 1024));
    const { problems, segments } = readGeoFolder(folder);
    expect(problems[0]).toMatch(
      /\/geo\/sources\.json: file: \(root\): is 3\.0 MB; a data file may be at most 2\.0 MB$/,
    );
    expect(segments.length).toBeGreaterThan(0);
  });
});
