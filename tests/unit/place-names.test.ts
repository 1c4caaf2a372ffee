/**
 * The basemap's names in each language: the project's table first, then Natural Earth's
 * `name_<lang>`, and a label with neither keeps its English name. A bad table names the file, the
 * feature and the field.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BasemapFeature } from '../../src/data/basemap.ts';
import { readPlaceNames } from '../../src/data/place-names.ts';

const label = (id: string, names: Record<string, string>): BasemapFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [50, 42] },
  properties: { id, layer: 'water', kind: 'sea', name: id, ...names },
});
const labels = [
  label('sea:caspian', { name_ru: 'Каспийское море' }),
  label('city:aktau', { name_ru: 'Актау' }),
  label('bay:garabogaz', {}),
  label('city:erzincan', { adm0_a3: 'TUR' }),
  label('city:kutaisi', { adm0_a3: 'GEO' }),
  label('city:nalchik', { adm0_a3: 'RUS', name_ru: 'Нальчик' }),
];

function folderWith(table: unknown): string {
  const folder = mkdtempSync(join(tmpdir(), 'corridor-names-'));
  writeFileSync(join(folder, 'names.json'), JSON.stringify(table));
  return folder;
}

const checked = (text: string) => ({ text, source: 'wiki' });
const table = {
  sources: { wiki: 'https://kk.wikipedia.org/' },
  names: {
    'sea:caspian': {
      name: 'Caspian Sea',
      kk: checked('Каспий теңізі'),
      ru: checked('Каспий'),
      az: null,
      tr: checked('Hazar Denizi'),
    },
    'city:aktau': { name: 'Aktau', kk: checked('Ақтау') },
    'city:erzincan': { name: 'Erzincan', tr: checked('Erzincan'), kk: null },
  },
};

describe('the basemap’s names', () => {
  it('come from the table, then Natural Earth, then the place’s local name, else are absent', () => {
    const { names, problems } = readPlaceNames(folderWith(table), labels);
    expect(problems).toEqual([]);
    // Strictly: a label with no name in a language has no entry, not an empty one.
    expect(names.kk).toStrictEqual({
      'sea:caspian': 'Каспий теңізі',
      'city:aktau': 'Ақтау',
      // No source gives Nalchik in Kazakh: the Kazakh map writes it as Russia does, in the same
      // letters. Erzincan's local name is in Latin letters: the English name is shown.
      'city:nalchik': 'Нальчик',
    });
    // The table's Russian wins over Natural Earth's; Natural Earth's fills what the table lacks.
    expect(names.ru).toStrictEqual({
      'sea:caspian': 'Каспий',
      'city:aktau': 'Актау',
      'city:nalchik': 'Нальчик',
    });
    expect(names.tr).toStrictEqual({ 'sea:caspian': 'Hazar Denizi', 'city:erzincan': 'Erzincan' });
    // Null: no source gives a name in that language; a sea has no local language, Kutaisi's
    // (Georgian) is not one of the map's, and Nalchik's is in Cyrillic: the map shows English.
    expect(names.az).toStrictEqual({ 'city:erzincan': 'Erzincan' });
  });

  it('name the file, the feature and the field of a source the table does not list', () => {
    const bad = structuredClone(table);
    bad.names['city:aktau'].kk = { text: 'Ақтау', source: 'atlas' };
    // A name written from memory has no source to give.
    bad.names['sea:caspian'].tr = { text: 'Hazar Denizi', source: 'unverified' };
    const { names, problems } = readPlaceNames(folderWith(bad), labels);
    expect(problems).toEqual([
      'geo/basemap/names.json: feature "sea:caspian": tr.source: "unverified" is not in sources',
      'geo/basemap/names.json: feature "city:aktau": kk.source: "atlas" is not in sources',
    ]);
    expect(names.kk?.['city:aktau']).toBe('Ақтау');
  });

  it('report a table that is not one, and keep Natural Earth’s names', () => {
    const { names, problems } = readPlaceNames(folderWith({ names: [] }), labels);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.startsWith('geo/basemap/names.json: file: '))).toBe(true);
    expect(names.ru).toEqual({
      'sea:caspian': 'Каспийское море',
      'city:aktau': 'Актау',
      'city:nalchik': 'Нальчик',
    });

    const missing = readPlaceNames(mkdtempSync(join(tmpdir(), 'corridor-names-')), labels);
    expect(missing.problems).toEqual([
      expect.stringMatching(/^geo\/basemap\/names\.json: file: \(root\): ENOENT/),
    ]);
  });
});
