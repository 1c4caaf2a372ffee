/**
 * The lines of the routes the "Compare routes" view compares (geo/alternatives/routes.geojson):
 * written from routes-input.json by `npm run geo:alternatives`, lengths measured by turf on the
 * committed lines, each length near a published distance, the sea routes on water, and input
 * problems named by file, route and field.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { length, lineString } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
  deriveRoutes,
  RoutesInputError,
  segmentLines,
  type RoutesCollection,
} from '../../src/data/alternatives/derive-routes.ts';
import { checkPlaceSources } from '../../src/data/alternatives/check-places.ts';
import { parseRoutesInput } from '../../src/data/alternatives/routes-schema.ts';
import { landAlong, landHits, type SeaLand } from '../../src/data/alternatives/sea-land.ts';
import { featureFileText, writeCollection } from '../../src/data/osm/write-geojson.ts';
import type { Position } from '../../src/data/schema.ts';
import { LIVE_GEO } from '../support/app-context.ts';

const NM = 1.852;
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(LIVE_GEO, path), 'utf8'));

interface InputPoint {
  name: string;
  coordinates?: [number, number];
  segment?: string;
  source?: string;
}
interface Input {
  routes: { id: string; kind: string; waypoints: InputPoint[] }[];
}

// Read inside each test (not once at load) so that mutation testing sees which test reaches what.
const input = () => readJson('alternatives/routes-input.json') as Input;
const segments = () => segmentLines(readJson('route.geojson'));
const committed = () => readJson('alternatives/routes.geojson') as RoutesCollection;
const land = () => readJson('alternatives/sea-land-50m.geojson') as SeaLand;
const derive = (raw: unknown = input()) => deriveRoutes(raw, segments());
const route = (collection: RoutesCollection, id: string) =>
  collection.features.find((f) => f.properties.id === id)!;
const km = (line: Position[]) => length(lineString(line), { units: 'kilometers' });

/** The problems deriving an edited copy of the committed input reports. */
function problemsOf(edit: (raw: Input) => void): string[] {
  const raw = input();
  edit(raw);
  try {
    derive(raw);
  } catch (error) {
    if (error instanceof RoutesInputError) return error.problems;
    throw error;
  }
  return [];
}

/** The Suez Canal as the input draws it: land within 15 km of it is the canal's banks. */
function canal(): { line: Position[]; km: number } {
  const suez = input().routes.find((r) => r.id === 'suez')!;
  const line = suez.waypoints
    .filter((w) => w.name.startsWith('Suez Canal'))
    .map((w) => w.coordinates!);
  return { line, km: 15 };
}

describe('the committed route lines', () => {
  it('are what npm run geo:alternatives writes from the committed input, byte for byte', () => {
    const text = readFileSync(join(LIVE_GEO, 'alternatives/routes.geojson'), 'utf8');
    expect(featureFileText(derive())).toBe(text);
  });

  it('come out the same every time', () => {
    expect(featureFileText(derive())).toBe(featureFileText(derive()));
  });

  it('draw the four routes figures.json compares, rail Xi’an – Duisburg, sea Shanghai – Rotterdam', () => {
    const { routes } = readJson('alternatives/figures.json') as { routes: { id: string }[] };
    const lines = committed().features.map((f) => f.properties);
    expect(lines.map((p) => p.id)).toEqual(routes.map((r) => r.id));
    for (const p of lines)
      expect([p.kind, p.from, p.to]).toEqual(
        p.kind === 'rail' ? ['rail', "Xi'an", 'Duisburg'] : ['sea', 'Shanghai', 'Rotterdam'],
      );
  });

  it('give each length as turf measures the committed line, rounded to the km', () => {
    for (const f of committed().features)
      expect(f.properties.lengthKm, f.properties.id).toBe(Math.round(km(f.geometry.coordinates)));
  });

  it('credit OpenStreetMap (ODbL) exactly where a line follows segments of geo/route.geojson', () => {
    for (const { properties: p } of committed().features) {
      expect(p.provenance.licence.includes('ODbL'), p.id).toBe(p.provenance.segments.length > 0);
      expect(p.provenance.places.length, p.id).toBeGreaterThan(0);
    }
    expect(route(committed(), 'middle-corridor').properties.provenance.segments).toContain(
      'aktau-alat',
    );
    expect(route(committed(), 'northern').properties.provenance.segments).toContain(
      'alashankou-dostyk',
    );
  });

  it('keep the file small', () => {
    expect(readFileSync(join(LIVE_GEO, 'alternatives/routes.geojson')).length).toBeLessThan(60_000);
  });
});

describe('the route lengths, against published distances', () => {
  it('Suez: Shanghai – Rotterdam about 10,500–10,600 nautical miles', () => {
    // Port Economics, Management and Policy, "Routing Options between Shanghai, Rotterdam and New
    // York" (geo/sources.json "pem-routing-shanghai-rotterdam"): 10,600 nm by Suez; the brief
    // quotes about 10,500 nm (≈ 19,500 km). Within 5 %.
    const length = route(derive(), 'suez').properties.lengthKm;
    expect(length).toBeGreaterThan(10_500 * NM * 0.95);
    expect(length).toBeLessThan(10_600 * NM * 1.05);
  });

  it('Cape: Shanghai – Rotterdam about 13,800 nautical miles', () => {
    // The same source: 13,800 nm round the Cape of Good Hope (≈ 25,600 km). Within 8 %: the line
    // keeps well off the African coast.
    const length = route(derive(), 'cape').properties.lengthKm;
    expect(length).toBeGreaterThan(13_800 * NM * 0.92);
    expect(length).toBeLessThan(13_800 * NM * 1.08);
  });

  it('Northern: shorter than Chongqing – Duisburg (11,179 km), but not by much', () => {
    // Macauhub, 6 March 2015 (geo/sources.json "macauhub-2015-03-06"): the Chongqing – Duisburg
    // train runs 11,179 km by the same Dostyk – Russia – Belarus – Poland route. Xi'an lies on
    // that line, some 700 km of rail after Chongqing, and straight station-to-station legs cut
    // corners, so Xi'an – Duisburg as drawn is 75–100 % of it.
    const length = route(derive(), 'northern').properties.lengthKm;
    expect(length).toBeGreaterThan(11_179 * 0.75);
    expect(length).toBeLessThan(11_179);
  });

  it('Middle Corridor: its OSM-derived segments measured by turf, plus the straight legs', () => {
    // No published Xi'an – Duisburg distance by this route was found: the check is that the line
    // is its parts, simplified (within 1 %), so a lost or repeated segment shows.
    const raw = input().routes.find((r) => r.id === 'middle-corridor')!;
    const lines = segments();
    let parts = 0;
    let last: Position | undefined;
    for (const w of raw.waypoints) {
      const line = w.segment ? lines.get(w.segment)! : [w.coordinates!];
      if (last) parts += km([last, line[0]!]);
      if (line.length > 1) parts += km(line);
      last = line[line.length - 1];
    }
    const length = route(derive(), 'middle-corridor').properties.lengthKm;
    expect(length).toBeGreaterThan(parts * 0.99);
    expect(length).toBeLessThanOrEqual(parts + 1);
  });

  it('change when a waypoint moves', () => {
    const before = route(derive(), 'northern').properties.lengthKm;
    const raw = input();
    const moscow = raw.routes[1]!.waypoints.find((w) => w.name === 'Moscow')!;
    moscow.coordinates = [moscow.coordinates![0] + 2, moscow.coordinates![1] + 1];
    expect(route(derive(raw), 'northern').properties.lengthKm).toBeGreaterThan(before + 50);
  });
});

describe('the sea routes', () => {
  it('stay on water, except the Suez Canal and the first and last 5 km (the ports)', () => {
    for (const id of ['suez', 'cape']) {
      const line = route(committed(), id).geometry.coordinates;
      expect(landHits(line, land(), { portKm: 5, exempt: [canal()] }), id).toEqual([]);
    }
  });

  it('would be seen crossing land: the canal itself, and a strait waypoint moved ashore', () => {
    const suez = route(committed(), 'suez').geometry.coordinates;
    const inCanal = landHits(suez, land(), { portKm: 30 });
    expect(inCanal.length).toBeGreaterThan(30);
    expect(
      inCanal.every(([lon = 0, lat = 0]) => lon > 32 && lon < 33 && lat > 29.9 && lat < 31.4),
    ).toBe(true);
    const raw = input();
    const strait = raw.routes[2]!.waypoints.find((w) => w.name.endsWith('off Port Dickson'))!;
    strait.coordinates = [101.94, 2.72]; // Seremban, inland Malaysia
    const moved = route(derive(raw), 'suez').geometry.coordinates;
    expect(landHits(moved, land(), { portKm: 30, exempt: [canal()] }).length).toBeGreaterThan(0);
  });

  it('have their land extract as npm run geo:alternatives writes it from Natural Earth 1:50m', () => {
    const require = createRequire(import.meta.url);
    const topology = JSON.parse(
      readFileSync(require.resolve('world-atlas/land-50m.json'), 'utf8'),
    ) as Topology<{ land: GeometryCollection }>;
    const world = feature(topology, topology.objects.land) as unknown as {
      features: Feature<Polygon | MultiPolygon>[];
    };
    const sea = committed().features.filter((f) => f.properties.kind === 'sea');
    const extract = landAlong(
      world.features,
      sea.map((f) => f.geometry.coordinates),
      land().source,
    );
    const path = join(mkdtempSync(join(tmpdir(), 'sea-land-')), 'sea-land.geojson');
    writeCollection(path, extract);
    expect(readFileSync(path, 'utf8')).toBe(
      readFileSync(join(LIVE_GEO, 'alternatives/sea-land-50m.geojson'), 'utf8'),
    );
  });
});

describe('a route drawn from a made-up input', () => {
  const lines = new Map<string, Position[]>([
    [
      's1',
      [
        [10, 10],
        [10.1, 10],
        [10.2, 10.05],
      ],
    ],
    ['stub', [[10.2, 10.05]]],
  ]);
  const routesFile = (waypoints: object[]) => ({
    routes: [{ id: 'test', kind: 'rail', from: 'A', to: 'B', chain: 'A test.', waypoints }],
  });
  const point = (coordinates: [number, number]) => ({
    name: 'P',
    coordinates,
    source: 'Placed at sea by hand: a test point',
  });
  const problems = (raw: unknown) => {
    try {
      deriveRoutes(raw, lines);
      return [];
    } catch (error) {
      expect(error).toBeInstanceOf(RoutesInputError);
      const e = error as RoutesInputError;
      expect(e.name).toBe('RoutesInputError');
      expect(e.message).toBe(e.problems.join('\n'));
      return e.problems;
    }
  };

  it('runs straight from a point to a segment that starts elsewhere', () => {
    const raw = routesFile([point([9.9, 10.1]), { segment: 's1', name: 'S1' }]);
    expect(problems(raw)).toEqual([]);
    expect(route(deriveRoutes(raw, lines), 'test').geometry.coordinates).toEqual([
      [9.9, 10.1],
      [10, 10],
      [10.1, 10],
      [10.2, 10.05],
    ]);
  });

  it('refuses a segment of one point, as no line', () => {
    expect(problems(routesFile([point([9.9, 10]), { segment: 'stub', name: 'Stub' }]))).toEqual([
      'geo/alternatives/routes-input.json: route "test": waypoints.1.segment: "stub" is not a line in geo/route.geojson',
    ]);
  });

  it('reads only the named LineStrings of geo/route.geojson', () => {
    const line = {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [1, 1],
      ],
    };
    const read = segmentLines({
      features: [
        { properties: { id: 'a' }, geometry: { type: 'Point', coordinates: [0, 0] } },
        { geometry: line },
        { properties: { id: 7 }, geometry: line },
        { properties: { id: 'c' } },
        { properties: { id: 'b' }, geometry: line },
      ],
    });
    expect([...read.keys()]).toEqual(['b']);
    expect(segmentLines(null).size).toBe(0);
    expect(segmentLines({ features: 'none' }).size).toBe(0);
  });
});

describe('the check that a sea line stays on water, on a made-up island', () => {
  // A one-degree square of land, 0–1° E and 0–1° N (about 111 km a side).
  const island: SeaLand = {
    type: 'FeatureCollection',
    license: 'test',
    source: 'test',
    note: 'test',
    features: [
      {
        type: 'Feature',
        properties: { cell: '0,0' },
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [0, 0],
                [1, 0],
                [1, 1],
                [0, 1],
                [0, 0],
              ],
            ],
          ],
        },
      },
    ],
  };
  const lons = (hits: number[][]) => hits.map(([lon = 0]) => lon);

  it('finds the points of a line across the island, and none of a line beside it', () => {
    const across = landHits(
      [
        [-0.5, 0.5],
        [1.5, 0.5],
      ],
      island,
      { portKm: 5 },
    );
    expect(across.length).toBeGreaterThan(50);
    expect(lons(across).every((lon) => lon > 0 && lon < 1)).toBe(true);
    const beside = [
      [1.2, 0],
      [1.2, 1],
    ];
    expect(landHits(beside, island, { portKm: 5 })).toEqual([]);
    expect(landHits([], island, { portKm: 5 })).toEqual([]);
  });

  it('allows land near a port at either end of the line, and only that near', () => {
    const fromPort = [
      [0.5, 0.5],
      [2, 0.5],
    ];
    // 10 km is about 0.09° of longitude here.
    for (const line of [fromPort, [...fromPort].reverse()]) {
      const hits = landHits(line, island, { portKm: 10 });
      expect(hits.length).toBeGreaterThan(10);
      expect(Math.min(...lons(hits))).toBeGreaterThan(0.58);
      expect(Math.min(...lons(hits))).toBeLessThan(0.62);
    }
  });

  it('allows land near an exempt stretch (a canal), and only that near', () => {
    const canal = {
      line: [
        [0.4, 0],
        [0.4, 1],
      ],
      km: 5,
    };
    const hits = landHits(
      [
        [-0.5, 0.5],
        [1.5, 0.5],
      ],
      island,
      { portKm: 5, exempt: [canal] },
    );
    expect(lons(hits).some((lon) => Math.abs(lon - 0.4) < 0.04)).toBe(false);
    expect(lons(hits).some((lon) => lon > 0.3 && lon < 0.34)).toBe(true);
    // Land 6 to 11 km from the canal is not exempt.
    expect(lons(hits).some((lon) => lon > 0.46 && lon < 0.5)).toBe(true);
  });
});

describe('problems in routes-input.json', () => {
  const FILE = 'geo/alternatives/routes-input.json';

  it('say what is wrong with a file of the wrong shape', () => {
    expect(parseRoutesInput([]).problems).toEqual([
      `${FILE}: file: (root): Invalid input: expected object, received array`,
    ]);
    expect(parseRoutesInput({ routes: 'all' }).problems).toEqual([
      expect.stringMatching(`^${FILE}: file: routes: `),
    ]);
  });

  it('label a route that is not an object by its place', () => {
    const raw = input() as unknown as { routes: unknown[] };
    raw.routes[1] = null;
    expect(parseRoutesInput(raw).problems).toEqual([
      `${FILE}: route #2: (root): Invalid input: expected object, received null`,
    ]);
  });

  it('refuse a source that names its kind but not the place', () => {
    const problems = problemsOf((raw) => {
      raw.routes[1]!.waypoints[9]!.source = 'Natural Earth 10m populated places: ';
    });
    expect(problems).toEqual([
      expect.stringMatching(`^${FILE}: route "northern": waypoints\\.9\\.source: must start with`),
    ]);
  });

  it('report a waypoint on the kind it was meant to be: a segment, or a place', () => {
    const segment = problemsOf((raw) => {
      (raw.routes[0]!.waypoints[2] as { segment: unknown }).segment = 42;
    });
    expect(segment).toEqual([
      expect.stringMatching(`^${FILE}: route "middle-corridor": waypoints\\.2\\.segment: `),
    ]);
    const place = problemsOf((raw) => {
      delete (raw.routes[2]!.waypoints[3] as { name?: string }).name;
    });
    expect(place).toEqual([
      expect.stringMatching(`^${FILE}: route "suez": waypoints\\.3\\.name: `),
    ]);
  });

  it('name the file, the route and the field', () => {
    expect(
      problemsOf((raw) => {
        raw.routes[2]!.waypoints[3]!.coordinates = 'east' as unknown as [number, number];
      }),
    ).toEqual([expect.stringMatching(`^${FILE}: route "suez": waypoints\\.3\\.coordinates: `)]);
    expect(
      problemsOf((raw) => {
        raw.routes[3]!.waypoints[5]!.coordinates = [200, 0];
      }),
    ).toEqual([`${FILE}: route "cape": waypoints.5.coordinates.0: longitude must be at most 180`]);
    expect(
      problemsOf((raw) => {
        raw.routes[0]!.kind = 'road';
      }),
    ).toEqual([`${FILE}: route "middle-corridor": kind: must be one of: rail, sea`]);
  });

  it('say where a coordinate must come from', () => {
    const problems = problemsOf((raw) => {
      raw.routes[1]!.waypoints[9]!.source = 'somewhere';
    });
    expect(problems).toEqual([
      expect.stringMatching(`^${FILE}: route "northern": waypoints\\.9\\.source: must start with`),
    ]);
  });

  it('name a segment that geo/route.geojson does not have, or one that does not join', () => {
    expect(
      problemsOf((raw) => {
        raw.routes[0]!.waypoints[2]!.segment = 'nowhere-line';
      }),
    ).toEqual([
      `${FILE}: route "middle-corridor": waypoints.2.segment: "nowhere-line" is not a line in geo/route.geojson`,
    ]);
    expect(
      problemsOf((raw) => {
        raw.routes[0]!.waypoints[2]!.segment = 'kars-erzurum';
      }),
    ).toEqual([
      `${FILE}: route "middle-corridor": waypoints.2.segment: "kars-erzurum" does not start where "lanzhou-urumqi" ends`,
    ]);
  });

  it('label a route without an id by its place, and find repeated ids', () => {
    expect(
      problemsOf((raw) => {
        delete (raw.routes[2] as Partial<Input['routes'][number]>).id;
      })[0],
    ).toMatch(`${FILE}: route #3: id: `);
    expect(
      problemsOf((raw) => {
        raw.routes[3]!.id = 'suez';
      }),
    ).toEqual([`${FILE}: route "suez": id: repeats another route's id`]);
  });
});

describe('the check of Natural Earth coordinates (check-places-cli.ts)', () => {
  /** A stand-in for Natural Earth's populated places: each place where the input says it is. */
  const placesFrom = (raw: Input) => ({
    features: raw.routes.flatMap((r) =>
      r.waypoints
        .filter((w) => w.source?.startsWith('Natural Earth 10m populated places: '))
        .map((w) => ({
          properties: { NAME: w.source!.slice('Natural Earth 10m populated places: '.length) },
          geometry: { coordinates: [w.coordinates![0] + 0.00001, w.coordinates![1]] },
        })),
    ),
  });

  it('accepts coordinates equal to the place’s, to 4 decimals', () => {
    expect(checkPlaceSources(input(), placesFrom(input()))).toEqual([]);
  });

  it('names a waypoint moved off its place, and a place Natural Earth does not have', () => {
    const raw = input();
    const places = placesFrom(raw);
    const minsk = raw.routes[1]!.waypoints.findIndex((w) => w.name === 'Minsk');
    raw.routes[1]!.waypoints[minsk]!.coordinates = [27.6, 53.9];
    raw.routes[1]!.waypoints[7]!.source = 'Natural Earth 10m populated places: Atlantis';
    expect(checkPlaceSources(raw, places)).toEqual([
      'geo/alternatives/routes-input.json: route "northern": waypoints.7.source: Natural Earth has no populated place "Atlantis"',
      `geo/alternatives/routes-input.json: route "northern": waypoints.${minsk}.coordinates: Natural Earth puts "Minsk" at [27.5647, 53.9019]`,
    ]);
  });
});
