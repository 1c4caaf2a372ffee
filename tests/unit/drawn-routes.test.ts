/**
 * The compared routes' lines (geo/alternatives/routes.geojson): their lengths are measured with
 * turf, a stored length that disagrees with the line is reported, and a bad feature is named by
 * file, feature and field while the others are kept.
 */
import { describe, expect, it } from 'vitest';
import { length, lineString } from '@turf/turf';
import { validateDrawnRoutes } from '../../src/data/alternatives/drawn-routes.ts';

const FILE = 'geo/alternatives/routes.geojson';
// Along the equator a degree of longitude is about 111.2 km.
const line = (id: string, coordinates: number[][], lengthKm: number, kind = 'sea') => ({
  type: 'Feature',
  properties: {
    id,
    kind,
    from: 'Shanghai',
    to: 'Rotterdam',
    lengthKm,
    waypoints: ['Shanghai', 'Rotterdam'],
    provenance: { segments: [], places: ['a stand-in'], licence: 'public domain' },
  },
  geometry: { type: 'LineString', coordinates },
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('the compared routes’ lines', () => {
  it('are measured with turf along the line, not read from the file', () => {
    const coordinates = [
      [0, 0],
      [1, 0],
      [1, 1],
    ];
    const problems: string[] = [];
    const [route] = validateDrawnRoutes(collection(line('suez', coordinates, 222.4)), problems);
    expect(problems).toEqual([]);
    const turf = length(lineString(coordinates), { units: 'kilometers' });
    expect(route!.lengthKm).toBe(turf);
    expect(route!.lengthKm).toBeCloseTo(222.4, 0);
    expect(route).toMatchObject({ id: 'suez', kind: 'sea', from: 'Shanghai', to: 'Rotterdam' });
  });

  it('report a stored length the line does not have, and keep the line at its measured length', () => {
    const problems: string[] = [];
    const routes = validateDrawnRoutes(
      collection(
        line(
          'cape',
          [
            [0, 0],
            [2, 0],
          ],
          111.2,
        ),
      ),
      problems,
    );
    expect(problems).toEqual([
      `${FILE}: feature "cape": properties.lengthKm: is 111.2 but the line measures 222 km: run npm run geo:alternatives`,
    ]);
    expect(routes[0]!.lengthKm).toBeCloseTo(222.4, 0);
  });

  it('accept a stored length rounded to the kilometre', () => {
    const problems: string[] = [];
    validateDrawnRoutes(
      collection(
        line(
          'cape',
          [
            [0, 0],
            [2, 0],
          ],
          222,
        ),
      ),
      problems,
    );
    expect(problems).toEqual([]);
  });

  it('name the file, the feature and the field of a bad one, and keep the rest', () => {
    const problems: string[] = [];
    const good = line(
      'northern',
      [
        [10, 50],
        [11, 50],
      ],
      71.5,
      'rail',
    );
    const routes = validateDrawnRoutes(
      collection(
        line('suez', [[0, 0]], 0.1),
        line(
          'cape',
          [
            [0, 0],
            [200, 0],
          ],
          1,
        ),
        line(
          'middle-corridor',
          [
            [0, 0],
            [1, 0],
          ],
          111,
          'road',
        ),
        good,
        good,
      ),
      problems,
    );
    expect(problems).toEqual([
      `${FILE}: feature "suez": geometry.coordinates: needs at least two positions`,
      expect.stringMatching(
        /^geo\/alternatives\/routes\.geojson: feature "cape": geometry\.coordinates\[1\]\[0\]: /,
      ),
      `${FILE}: feature "middle-corridor": properties.kind: must be "rail" or "sea"`,
      `${FILE}: feature "northern": properties.id: repeats a route`,
    ]);
    expect(routes.map((r) => r.id)).toEqual(['northern']);
  });

  it('keep their waypoints and provenance, and name a line that has none', () => {
    const problems: string[] = [];
    const bare = line(
      'suez',
      [
        [0, 0],
        [1, 0],
      ],
      111.2,
    );
    const [kept] = validateDrawnRoutes(collection(bare), problems);
    expect(kept!.waypoints).toEqual(['Shanghai', 'Rotterdam']);
    expect(kept!.provenance!.licence).toBe('public domain');
    delete (bare.properties as Partial<typeof bare.properties>).provenance;
    validateDrawnRoutes(collection(bare), problems);
    expect(problems).toEqual([
      `${FILE}: feature "suez": properties.provenance: Invalid input: expected object, received undefined`,
    ]);
  });

  it('need a list of features', () => {
    const problems: string[] = [];
    expect(validateDrawnRoutes({ type: 'FeatureCollection' }, problems)).toEqual([]);
    expect(problems).toEqual([`${FILE}: file: features: must be a list of features`]);
  });
});
