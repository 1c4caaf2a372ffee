/**
 * The route follows the OpenStreetMap extract it was derived from (geo/osm/), the hubs sit at
 * their stations, the ferries stay on water, and the derive reproduces the committed files.
 * Reads only the project's geo/ folder.
 */
import { booleanPointInPolygon, along, length, lineString } from '@turf/turf';
import type { MultiPolygon } from 'geojson';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { segmentDistanceKm } from '../../src/data/osm/distance.ts';
import { DERIVED_FILES, deriveTexts } from '../../src/data/osm/derive-files.ts';
import { LAND_CLIP_FILE, readOsmExtract, stationsById } from '../../src/data/osm/files.ts';
import type { HubProvenance, Position, SegmentProvenance } from '../../src/data/schema.ts';

const GEO = fileURLToPath(new URL('../../geo/', import.meta.url));
const osm = readOsmExtract(GEO);
const stations = stationsById(osm.stations);

interface Feature<P, G> {
  id: string;
  properties: P;
  geometry: { coordinates: G };
}
type Segment = Feature<
  { mode: string; from: string; to: string; provenance?: SegmentProvenance },
  Position[]
>;
type Hub = Feature<{ kind: string; provenance?: HubProvenance }, Position>;
const read = <T>(name: string) =>
  (JSON.parse(readFileSync(join(GEO, name), 'utf8')) as { features: T[] }).features;
const segments = read<Segment>('route.geojson');
// Cities off the route (the capitals) are placed from Natural Earth, not derived from OSM.
const hubs = read<Hub>('hubs.geojson').filter(
  (h) => (h.properties as { onRoute?: boolean }).onRoute !== false,
);
const rail = segments.filter((s) => s.properties.mode === 'rail');
const sea = segments.filter((s) => s.properties.mode === 'sea');

/** Every OSM way of the track extracts as its own line, by way id. */
const waysById = new Map<number, Position[][]>();
for (const extract of Object.values(osm.tracks))
  for (const f of extract.features) {
    const { osm_ids, starts } = f.properties;
    const c = f.geometry.coordinates;
    osm_ids.forEach((id, k) => {
      const piece = c.slice(starts[k], (starts[k + 1] ?? c.length - 1) + 1);
      waysById.set(id, [...(waysById.get(id) ?? []), piece]);
    });
  }

/** Edges of some lines in a coarse grid, to measure distances to them quickly. */
class Edges {
  private readonly cells = new Map<string, [Position, Position][]>();
  private static readonly CELL = 0.05;
  constructor(lines: Position[][]) {
    for (const line of lines)
      for (let i = 1; i < line.length; i++) {
        const a = line[i - 1]!;
        const b = line[i]!;
        for (let x = this.cell(Math.min(a[0], b[0])); x <= this.cell(Math.max(a[0], b[0])); x++)
          for (let y = this.cell(Math.min(a[1], b[1])); y <= this.cell(Math.max(a[1], b[1])); y++) {
            const key = `${x},${y}`;
            this.cells.set(key, [...(this.cells.get(key) ?? []), [a, b]]);
          }
      }
  }
  private cell(v: number) {
    return Math.floor(v / Edges.CELL);
  }
  /** Distance in km to the nearest edge, or Infinity beyond about 4 km. */
  distanceKm(p: Position): number {
    let best = Infinity;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const [a, b] of this.cells.get(`${this.cell(p[0]) + dx},${this.cell(p[1]) + dy}`) ??
          [])
          best = Math.min(best, segmentDistanceKm(p, a, b));
    return best;
  }
}

/** Points every 250 m along a line. */
function samples(coordinates: Position[]): Position[] {
  const line = lineString(coordinates);
  const km = length(line);
  const points: Position[] = [];
  for (let d = 0; d <= km; d += 0.25) points.push(along(line, d).geometry.coordinates as Position);
  return points;
}

const distanceToLine = (p: Position, line: Position[]) => new Edges([line]).distanceKm(p);

/** The points a line was told to pass, in order: hub, stations and waypoints of lines.json, hub. */
function anchorChain(segment: Segment): Position[] {
  const hub = (id: string) => hubs.find((h) => h.id === id)!.geometry.coordinates;
  const via = osm.lines.segments[segment.id]?.via ?? [];
  return [
    hub(segment.properties.from),
    ...via.map((a) =>
      typeof a === 'number' ? stations.get(a)!.position : osm.overrides.waypoints[a]!.at,
    ),
    hub(segment.properties.to),
  ];
}

describe('every feature says where it comes from', () => {
  it('offers the route and the hubs under the ODbL, crediting OpenStreetMap', () => {
    for (const name of ['route.geojson', 'hubs.geojson']) {
      const file = JSON.parse(readFileSync(join(GEO, name), 'utf8')) as Record<string, string>;
      expect(file['license'], name).toBe('ODbL-1.0');
      expect(file['attribution'], name).toContain('© OpenStreetMap contributors');
    }
  });

  it('names its method, OSM ids, extract file and the date of its OSM data', () => {
    for (const s of segments) {
      const p = s.properties.provenance;
      expect(p, s.id).toBeDefined();
      expect(p!.extract, s.id).toMatch(/^geo\/osm\//);
      const extract = Object.entries(osm.tracks).find(
        ([name]) => p!.extract === `geo/osm/track-${name}.geojson`,
      )?.[1];
      expect(p!.extractDate, s.id).toBe((extract ?? osm.stations).osmDataDate);
      if (p!.method === 'track' || p!.method === 'mixed')
        expect(p!.osmWays?.length, s.id).toBeGreaterThan(0);
      for (const id of p!.osmWays ?? []) expect(waysById.has(id), `${s.id}: way ${id}`).toBe(true);
      for (const id of p!.osmNodes) expect(stations.has(id), `${s.id}: node ${id}`).toBe(true);
    }
    for (const h of hubs) expect(h.properties.provenance, h.id).toBeDefined();
  });

  it('draws sea segments as lanes and rail segments from OSM', () => {
    for (const s of sea) expect(s.properties.provenance!.method).toBe('sea-lane');
    for (const s of rail) expect(s.properties.provenance!.method).not.toBe('sea-lane');
  });
});

describe('rail lines follow the OSM extract', () => {
  it.each(rail.map((s) => [s.id, s] as const))(
    '%s stays within 1 km of its track (or of its station chain where there is none)',
    (_id, segment) => {
      const p = segment.properties.provenance!;
      const trackLines = (p.osmWays ?? []).flatMap((id) => waysById.get(id) ?? []);
      const track = new Edges(trackLines);
      // Where a station is off the track, the line leaves the track at its point nearest the station.
      const vertices = trackLines.flat();
      const anchors = anchorChain(segment);
      const joins = anchors.map((a) => {
        const nearest = vertices.reduce(
          (best, v) =>
            Math.hypot(v[0] - a[0], v[1] - a[1]) < Math.hypot(best[0] - a[0], best[1] - a[1])
              ? v
              : best,
          vertices[0] ?? a,
        );
        return [nearest, a];
      });
      const chain = new Edges([anchors, ...joins]);
      const distances = samples(segment.geometry.coordinates).map((point) =>
        p.method === 'track'
          ? track.distanceKm(point)
          : p.method === 'stations'
            ? chain.distanceKm(point)
            : Math.min(track.distanceKm(point), chain.distanceKm(point)),
      );
      const worst = Math.max(...distances);
      const mean = distances.reduce((a, b) => a + b, 0) / distances.length;
      expect(worst, `${segment.id}: farthest sample, km`).toBeLessThanOrEqual(1);
      expect(mean, `${segment.id}: mean, km`).toBeLessThanOrEqual(0.2);
    },
  );

  it.each(rail.map((s) => [s.id, s] as const))(
    '%s passes within 500 m of every station it names',
    (_id, segment) => {
      const p = segment.properties.provenance!;
      const chainStations = (osm.lines.segments[segment.id]?.via ?? []).filter(
        (a): a is number => typeof a === 'number',
      );
      for (const id of new Set([...p.osmNodes, ...chainStations])) {
        const km = distanceToLine(stations.get(id)!.position, segment.geometry.coordinates);
        expect(km, `${segment.id}: station ${id} ${stations.get(id)!.name}`).toBeLessThanOrEqual(
          0.5,
        );
      }
    },
  );
});

describe('hubs sit at their stations', () => {
  it.each(hubs.map((h) => [h.id, h] as const))('%s', (_id, hub) => {
    const p = hub.properties.provenance!;
    const at = hub.geometry.coordinates;
    if (p.method === 'station-node') {
      const station = stations.get(p.osmNode!)!;
      expect(distanceToLine(at, [station.position, station.position])).toBeLessThanOrEqual(0.5);
      expect(osm.lines.hubs[hub.id]).toBe(p.osmNode);
    } else {
      // A quay or an overridden point: on the OSM way named, near the point the override gives.
      const waypoint = osm.overrides.waypoints[p.overrides![0]!.replace('waypoints.', '')]!;
      expect(distanceToLine(at, [waypoint.at, waypoint.at])).toBeLessThanOrEqual(0.5);
      expect(new Edges(waysById.get(p.osmWay!)!).distanceKm(at)).toBeLessThanOrEqual(0.05);
      if (p.method === 'quay') expect(hub.properties.kind).toBe('port');
    }
  });

  it('puts Kapıkule at the border station, not at Edirne', () => {
    const kapikule = hubs.find((h) => h.id === 'kapikule')!;
    expect(stations.get(kapikule.properties.provenance!.osmNode!)!.name).toBe('Kapıkule');
  });
});

describe('ferries stay on water', () => {
  const clip = JSON.parse(readFileSync(join(GEO, LAND_CLIP_FILE), 'utf8')) as {
    features: { properties: { lane: string; role: string }; geometry: MultiPolygon }[];
  };

  it.each(sea.map((s) => [s.id, s] as const))(
    '%s crosses no Natural Earth 10m land beyond 2 km from its ports',
    (_id, ferry) => {
      const parts = clip.features.filter((f) => f.properties.lane === ferry.id);
      const coverage = parts.find((f) => f.properties.role === 'coverage')!;
      const land = parts.filter((f) => f.properties.role === 'land');
      const points = samples(ferry.geometry.coordinates);
      // The clip is only complete near the lane it was cut for.
      for (const p of points) expect(booleanPointInPolygon(p, coverage.geometry)).toBe(true);
      const open = points.slice(8, -8);
      expect(open.length).toBeGreaterThan(100);
      const onLand = open.filter((p) => land.some((l) => booleanPointInPolygon(p, l.geometry)));
      expect(onLand, `${ferry.id} on land`).toEqual([]);
    },
  );
});

describe('npm run geo:derive', () => {
  // Routing on the whole extract takes a few seconds, more on a loaded machine.
  const DERIVE_MS = 60_000;
  it(
    'reproduces the committed route and hubs exactly from the committed extract',
    () => {
      const folder = mkdtempSync(join(tmpdir(), 'corridor-derive-'));
      cpSync(GEO, folder, { recursive: true });
      const texts = deriveTexts(folder);
      writeFileSync(join(folder, DERIVED_FILES.route), texts.route);
      writeFileSync(join(folder, DERIVED_FILES.hubs), texts.hubs);
      for (const name of Object.values(DERIVED_FILES))
        expect(readFileSync(join(folder, name), 'utf8'), name).toBe(
          readFileSync(join(GEO, name), 'utf8'),
        );
      // Deriving again from its own output changes nothing either.
      expect(deriveTexts(folder)).toEqual(texts);
    },
    DERIVE_MS,
  );

  it(
    'names the file, feature and field of bad input',
    () => {
      const folder = mkdtempSync(join(tmpdir(), 'corridor-derive-'));
      cpSync(GEO, folder, { recursive: true });
      const overrides = JSON.parse(readFileSync(join(folder, 'route-overrides.json'), 'utf8'));
      delete overrides.waypoints['poti-quay'].reason;
      writeFileSync(join(folder, 'route-overrides.json'), JSON.stringify(overrides));
      expect(() => deriveTexts(folder)).toThrow(
        'geo/route-overrides.json: file: waypoints.poti-quay.reason:',
      );

      overrides.waypoints['poti-quay'].reason = 'the quay, somewhere else';
      overrides.waypoints['poti-quay'].at = [41.9, 42.4];
      writeFileSync(join(folder, 'route-overrides.json'), JSON.stringify(overrides));
      expect(() => deriveTexts(folder)).toThrow(
        'geo/route-overrides.json: feature "poti-quay": at: must lie within 0.5 km of the track of hub "poti"',
      );
    },
    DERIVE_MS,
  );

  it(
    'keeps properties it does not own, and ids and order',
    () => {
      const folder = mkdtempSync(join(tmpdir(), 'corridor-derive-'));
      cpSync(GEO, folder, { recursive: true });
      const route = JSON.parse(readFileSync(join(folder, 'route.geojson'), 'utf8'));
      route.features[0].properties.group = 'east';
      route.features[0].properties.showsFlows = true;
      writeFileSync(join(folder, 'route.geojson'), JSON.stringify(route));
      const hubsFile = JSON.parse(readFileSync(join(folder, 'hubs.geojson'), 'utf8'));
      hubsFile.features[1].properties.localName = '兰州';
      writeFileSync(join(folder, 'hubs.geojson'), JSON.stringify(hubsFile));

      const texts = deriveTexts(folder);
      const newRoute = JSON.parse(texts.route);
      const newHubs = JSON.parse(texts.hubs);
      expect(newRoute.features.map((f: { id: string }) => f.id)).toEqual(segments.map((s) => s.id));
      expect(newRoute.features[0].properties).toMatchObject({ group: 'east', showsFlows: true });
      expect(newHubs.features[1].properties.localName).toBe('兰州');
      expect(newRoute.features[0].geometry).toEqual(segments[0]!.geometry);
    },
    DERIVE_MS,
  );
});
