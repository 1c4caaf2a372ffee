import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon } from 'geojson';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildBasemap } from '../../src/data/basemap.ts';

const basemap = buildBasemap();
const countries = basemap.features.filter((f) => f.properties.layer === 'country');
const countryAt = (lon: number, lat: number) =>
  countries.find((c) => booleanPointInPolygon([lon, lat], c.geometry as MultiPolygon))?.properties
    .name;

describe('embedded basemap', () => {
  it.each([
    { place: 'Astana', at: [71.45, 51.17], expected: 'Kazakhstan' },
    { place: 'Ganja', at: [46.36, 40.68], expected: 'Azerbaijan' },
    { place: 'Kars', at: [43.1, 40.6], expected: 'Türkiye' },
    { place: 'Ürümqi', at: [87.6, 43.8], expected: 'China' },
    { place: 'the middle of the Caspian Sea', at: [50.5, 42.0], expected: undefined },
    { place: 'the middle of the Black Sea', at: [34.0, 43.0], expected: undefined },
  ])('puts $place in $expected', ({ at, expected }) => {
    expect(countryAt(at[0]!, at[1]!)).toBe(expected);
  });

  it('labels the corridor countries', () => {
    const labels = basemap.features
      .filter((f) => f.properties.layer === 'label')
      .map((f) => f.properties.name);
    expect(labels).toEqual(
      expect.arrayContaining(['China', 'Kazakhstan', 'Azerbaijan', 'Georgia', 'Türkiye']),
    );
  });

  it('stays small enough for the data budget (under 70 KB gzip of the 150 KB)', () => {
    expect(gzipSync(JSON.stringify(basemap)).length).toBeLessThan(70_000);
  });
});
