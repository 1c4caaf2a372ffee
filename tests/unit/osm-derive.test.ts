// The derive on a tiny hand-made extract (tests/support/osm-fixture.ts).
import { describe, expect, it } from 'vitest';
import { deriveGeo, ROUTE_LICENSE, type FeatureFile } from '../../src/data/osm/derive.ts';
import type { OsmExtract } from '../../src/data/osm/files.ts';
import { extract, hubs, route, station } from '../support/osm-fixture.ts';

// Run inside each test (not once at load) so that mutation testing sees which test reaches what.
const derive = () => deriveGeo(extract(), route(), hubs());
const byId = (file: FeatureFile, id: string) => file.features.find((f) => f.id === id)!;
/** The properties the derive writes, as the tests read them. */
interface Derived {
  provenance: { method: string; extract: string; overrides: string[] };
  sources: { via: string[]; refs: string[]; other: number };
}
const props = (file: FeatureFile, id: string) => byId(file, id).properties as unknown as Derived;

describe('the derive of hubs', () => {
  it('puts a hub at its OSM station, with the station as its provenance', () => {
    expect(byId(derive().hubs, 'alpha').geometry.coordinates).toEqual([0, 0]);
    expect(props(derive().hubs, 'alpha')['provenance']).toEqual({
      osmNode: 1,
      method: 'station-node',
      extract: 'geo/osm/stations.geojson',
      extractDate: '2025-03-03',
    });
  });

  it('puts a quay on the nearest point of its line’s track, naming the way and the override', () => {
    expect(byId(derive().hubs, 'quay').geometry.coordinates).toEqual([10.01, 0]);
    expect(props(derive().hubs, 'quay')['provenance']).toEqual({
      osmWay: 201,
      method: 'quay',
      extract: 'geo/osm/track-caucasus.geojson',
      extractDate: '2025-02-02',
      overrides: ['waypoints.quay-point'],
    });
  });

  it('leaves a city off the route where it is, and keeps the file’s own members and the licence', () => {
    expect(byId(derive().hubs, 'capital')).toEqual(hubs().features[4]);
    expect(derive().hubs['name']).toBe('hubs');
    expect(derive().hubs['license']).toBe(ROUTE_LICENSE.license);
    expect(derive().route['attribution']).toBe(ROUTE_LICENSE.attribution);
  });
});

describe('the derive of segments', () => {
  it('draws a railway along the track and lists the stations it passes, one per place, halts left out', () => {
    expect(byId(derive().route, 'alpha-beta').geometry.coordinates).toEqual([
      [0, 0],
      [0.01, 0],
      [0.05, 0],
    ]);
    const p = props(derive().route, 'alpha-beta');
    expect(p['provenance']).toEqual({
      method: 'track',
      osmWays: [101, 102],
      osmNodes: [1, 3, 2],
      extract: 'geo/osm/track-china.geojson',
      extractDate: '2025-01-01',
    });
    expect(p['sources'].via).toEqual(['Alpha', 'Mid', 'Beta']);
    expect(p['sources'].other).toBe(1);
    const refs: string[] = p['sources'].refs;
    expect(refs).toHaveLength(2);
    expect(refs[0]).toBe('A reference kept as it is');
    expect(refs[1]).toBe(
      'Geometry: OpenStreetMap track: the shortest path along the running lines (main lines first) between the OSM stations of the two hubs, over 2 OSM ways of geo/osm/track-china.geojson (© OpenStreetMap contributors, ODbL; OSM data of 2025-01-01). Derived by npm run geo:derive.',
    );
  });

  it('draws a ferry through its lane’s waypoints between the two ports', () => {
    expect(byId(derive().route, 'beta-gamma').geometry.coordinates).toEqual([
      [0.05, 0],
      [5, 0.5],
      [10, 0],
    ]);
    const p = props(derive().route, 'beta-gamma');
    expect(p['provenance']).toEqual({
      method: 'sea-lane',
      osmNodes: [2, 5],
      extract: 'geo/osm/stations.geojson',
      extractDate: '2025-03-03',
      overrides: ['seaLanes.beta-gamma'],
    });
    expect(p['sources'].via).toEqual(['Beta', 'Gamma']);
    expect(p['sources'].refs[1]).toMatch(
      /^Geometry: a schematic sea lane through the waypoints of geo\/route-overrides\.json \(seaLanes\.beta-gamma\)/,
    );
  });

  it('goes straight to a town off the track and says so, with the override’s reason', () => {
    const p = props(derive().route, 'gamma-quay');
    expect(p['provenance'].method).toBe('mixed');
    expect(p['provenance'].overrides).toEqual(['waypoints.townz', 'waypoints.quay-point']);
    expect(p['sources'].via).toEqual(['Gamma', 'Townz (town)', 'Port Quay']);
    const ref = p['sources'].refs[1]!;
    expect(ref).toContain('OpenStreetMap track where the extract has it (1 OSM ways of');
    expect(ref).toContain(
      'Overrides (geo/route-overrides.json): townz: a town the line passes near quay-point: the quay is not a station',
    );
    const coordinates = byId(derive().route, 'gamma-quay').geometry.coordinates as number[][];
    expect(coordinates).toContainEqual([10.005, 0.02]);
    expect(coordinates.at(-1)).toEqual([10.01, 0]);
  });

  it('interpolates long straight stretches and says how many points it added', () => {
    const osm = extract();
    osm.lines.segments['alpha-beta'] = { via: [] };
    osm.stations.features[1] = station(2, 'Beta', [1, 0]);
    const far = deriveGeo(osm, route(), hubs());
    const p = props(far.route, 'alpha-beta');
    expect(p['provenance'].method).toBe('stations');
    expect(p['provenance'].extract).toBe('geo/osm/stations.geojson');
    // 111 km straight: a vertex at least every 25 km.
    expect(byId(far.route, 'alpha-beta').geometry.coordinates).toHaveLength(6);
    expect(p['sources'].refs[1]).toContain(
      'drawn straight from station to station through 2 OSM station nodes',
    );
    expect(p['sources'].refs[1]).toContain(
      '4 vertices are interpolated on long straight edges only to keep a vertex at least every 25 km.',
    );
  });
});

describe('the derive with other overrides and routes', () => {
  const feature = (id: string, from: string, to: string, mode: string, sources?: object) => ({
    id,
    properties: { id, from, to, mode, ...(sources ? { sources } : {}) },
    geometry: { type: 'LineString', coordinates: [] },
  });
  const ids = (file: FeatureFile) => file.features.map((f) => f.id);

  it('puts a hub at a track point (not a quay) on its track, as an override', () => {
    const osm = extract();
    osm.overrides.waypoints['quay-point']!.kind = 'track-point';
    const hubsOut = deriveGeo(osm, route(), hubs()).hubs;
    expect(byId(hubsOut, 'quay').geometry.coordinates).toEqual([10.01, 0]);
    expect(props(hubsOut, 'quay')['provenance'].method).toBe('override');
  });

  it('refuses a hub placed at a town point: a hub stands on the track', () => {
    const osm = extract();
    osm.overrides.waypoints['quay-point']!.kind = 'place';
    expect(() => deriveGeo(osm, route(), hubs())).toThrow(
      'geo/route-overrides.json: feature "quay-point": at: must lie within 0.5 km of the track of hub "quay"',
    );
  });

  it('places a hub by a line that starts there, and by a line on track rather than a ferry', () => {
    const osm = extract();
    osm.lines.segments['quay-gamma'] = { track: 'caucasus', via: ['townz'] };
    osm.overrides.seaLanes['quay-beta'] = { waypoints: [[5, -0.5]], reason: 'a lane' };
    const reversed = route();
    reversed.features = [
      reversed.features[0]!,
      reversed.features[1]!,
      feature('quay-beta', 'quay', 'beta', 'sea'),
      feature('quay-gamma', 'quay', 'gamma', 'rail'),
    ];
    const out = deriveGeo(osm, reversed, hubs());
    expect(ids(out.route)).toEqual(['alpha-beta', 'beta-gamma', 'quay-beta', 'quay-gamma']);
    expect(byId(out.hubs, 'quay').geometry.coordinates).toEqual([10.01, 0]);
    // The quay has no station of its own: the line's list of places starts with its name.
    expect(props(out.route, 'quay-gamma')['sources'].via).toEqual([
      'Port Quay',
      'Townz (town)',
      'Gamma',
    ]);
  });

  it('keeps a track point a little off the track on the track', () => {
    const osm = extract();
    osm.overrides.waypoints['on-track'] = {
      kind: 'track-point',
      at: [0.03, 0.0009],
      reason: 'a point the line must pass',
    };
    osm.lines.segments['alpha-beta'] = { track: 'china', via: ['on-track'] };
    const out = deriveGeo(osm, route(), hubs());
    const coordinates = byId(out.route, 'alpha-beta').geometry.coordinates as number[][];
    expect(coordinates.map((c) => c[1])).toEqual(coordinates.map(() => 0));
    const p = props(out.route, 'alpha-beta');
    expect(p['provenance'].method).toBe('track');
    expect(p['provenance'].overrides).toEqual(['waypoints.on-track']);
    expect(p['sources'].refs[1]).toContain('on-track: a point the line must pass');
  });

  it('lists a station the line is sent through even when it stands back from the track', () => {
    const osm = extract();
    // 440 m from the track: farther than a passed station, within snapping reach.
    osm.stations.features.push(station(9, 'Siding', [0.04, 0.004]));
    osm.lines.segments['alpha-beta'] = { track: 'china', via: [9] };
    const p = props(deriveGeo(osm, route(), hubs()).route, 'alpha-beta');
    expect(p['sources'].via).toEqual(['Alpha', 'Mid', 'Siding', 'Beta']);
  });

  it('draws straight across a gap between two pieces of track, at declared gap ends only', () => {
    const osm = extract();
    const china = osm.tracks.china.features;
    china.push({
      ...china[0]!,
      properties: { ...china[0]!.properties, osm_ids: [103], starts: [0] },
      geometry: {
        type: 'LineString',
        coordinates: [
          [0.1, 0],
          [0.15, 0],
        ],
      },
    });
    osm.stations.features[1] = station(2, 'Beta', [0.15, 0]);
    const gapEnd = (at: [number, number]) => ({ kind: 'gap-end' as const, at, reason: 'a gap' });
    osm.overrides.waypoints['gap-west'] = gapEnd([0.05, 0]);
    osm.overrides.waypoints['gap-east'] = gapEnd([0.1, 0]);
    osm.lines.segments['alpha-beta'] = { track: 'china', via: ['gap-west', 'gap-east'] };
    const out = deriveGeo(osm, route(), hubs());
    expect(byId(out.route, 'alpha-beta').geometry.coordinates).toEqual([
      [0, 0],
      [0.01, 0],
      [0.05, 0],
      [0.1, 0],
      [0.15, 0],
    ]);
    expect(props(out.route, 'alpha-beta')['provenance'].method).toBe('mixed');
    osm.overrides.waypoints['gap-east']!.kind = 'track-point';
    expect(() => deriveGeo(osm, route(), hubs())).toThrow(
      'geo/osm/lines.json: feature "alpha-beta": via: the track does not join gap-west and gap-east (a gap needs two gap-end waypoints)',
    );
  });

  it('names a place once where a station and the hub after it share the name', () => {
    const osm = extract();
    osm.stations.features.push(station(10, 'Port Quay', [10.009, 0]));
    expect(props(deriveGeo(osm, route(), hubs()).route, 'gamma-quay')['sources'].via).toEqual([
      'Gamma',
      'Townz (town)',
      'Port Quay',
    ]);
  });

  it('replaces the old hand-drawn geometry note and keeps every other reference', () => {
    const refs = [
      'Straight interpolated vertices every 25 km',
      { url: 'https://example.org' },
      'Kept',
    ];
    const changed = route();
    changed.features[0] = feature('alpha-beta', 'alpha', 'beta', 'rail', { refs });
    changed.features[2] = feature('gamma-quay', 'gamma', 'quay', 'rail');
    const out = deriveGeo(extract(), changed, hubs());
    const kept = props(out.route, 'alpha-beta')['sources'].refs;
    expect(kept.slice(0, 2)).toEqual([{ url: 'https://example.org' }, 'Kept']);
    expect(kept).toHaveLength(3);
    // A segment without sources gets the geometry note alone.
    const fresh = props(out.route, 'gamma-quay')['sources'].refs;
    expect(fresh).toHaveLength(1);
    expect(fresh[0]).toMatch(/^Geometry: /);
  });
});

describe('problems in the extract', () => {
  const fails = (change: (osm: OsmExtract) => void, message: string) => {
    const osm = extract();
    change(osm);
    expect(() => deriveGeo(osm, route(), hubs())).toThrow(message);
  };

  it('names the file, the feature and the field', () => {
    fails(
      (osm) => delete osm.lines.hubs['beta'],
      'geo/osm/lines.json: feature "beta": hubs: the hub has no station or waypoint',
    );
    fails(
      (osm) => (osm.lines.hubs['beta'] = 999),
      'geo/osm/lines.json: feature "beta": hubs: OSM node 999 is not in geo/osm/stations.geojson',
    );
    fails(
      (osm) => (osm.lines.hubs['quay'] = 'nowhere'),
      'geo/osm/lines.json: feature "quay": hubs: waypoint "nowhere" is not in geo/route-overrides.json',
    );
    fails(
      (osm) => (osm.overrides.waypoints['quay-point']!.at = [10.01, 0.1]),
      'geo/route-overrides.json: feature "quay-point": at: must lie within 0.5 km of the track of hub "quay"',
    );
    fails(
      (osm) => delete osm.overrides.seaLanes['beta-gamma'],
      'geo/route-overrides.json: feature "beta-gamma": seaLanes: a sea segment needs a lane',
    );
    fails(
      (osm) => delete osm.lines.segments['alpha-beta'],
      'geo/osm/lines.json: feature "alpha-beta": segments: the segment has no line',
    );
    fails(
      (osm) => (osm.lines.segments['alpha-beta'] = { track: 'china', via: [42] }),
      'geo/osm/lines.json: feature "alpha-beta": via: OSM node 42 is not in geo/osm/stations.geojson',
    );
  });

  it('names a hub a segment needs that the hubs file lacks', () => {
    const broken = route();
    (broken.features[0]!.properties as { from: string }).from = 'ghost';
    expect(() => deriveGeo(extract(), broken, hubs())).toThrow(
      'geo/route.geojson: feature "alpha-beta": properties.from: hub "ghost" is not in geo/hubs.geojson',
    );
  });
});
