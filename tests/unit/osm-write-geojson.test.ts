// The geo scripts' file layouts: the text must parse back to the same collection, one feature per
// line in extract files and six positions per line in route geometry (small diffs on re-runs).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { featureFileText, writeCollection } from '../../src/data/osm/write-geojson.ts';

const line = Array.from({ length: 7 }, (_, i) => [i, i + 0.5]);
const collection = {
  type: 'FeatureCollection',
  name: 'x',
  features: [
    {
      type: 'Feature',
      id: 'a',
      properties: { n: 1 },
      geometry: { type: 'LineString', coordinates: line },
    },
    {
      type: 'Feature',
      id: 'b',
      properties: { n: 2 },
      geometry: { type: 'Point', coordinates: [1, 2] },
    },
  ],
};

describe('geo file layouts', () => {
  it('writes an extract with one feature per line that parses back unchanged', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'osm-')), 'x.geojson');
    writeCollection(path, collection);
    const text = readFileSync(path, 'utf8');
    expect(JSON.parse(text)).toEqual(collection);
    expect(text.split('\n').filter((l) => l.startsWith('{"type":"Feature"'))).toHaveLength(2);
  });
  it('lays out route features with six positions a line and parses back unchanged', () => {
    const text = featureFileText(collection);
    expect(JSON.parse(text)).toEqual(collection);
    expect(text).toContain('[5,5.5],\n        [6,6.5]\n');
    expect(text).toContain('"name": "x"');
    expect(text).toContain('"geometry": {"type":"Point","coordinates":[1,2]}');
  });
});
