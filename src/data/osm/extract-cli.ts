/**
 * `npm run geo:extract -- [geodata folder]`: a maintenance script, never run by the build or the
 * tests. Cuts a corridor-sized extract out of the reference OpenStreetMap files (default
 * ../shared/research/geodata, next to the repository) into geo/osm/:
 *
 * - track-china.geojson, track-caucasus.geojson: the OSM ways each segment runs on (the shortest
 *   path over running lines: no yards, sidings, spurs or high-speed lines; main lines first),
 *   clipped to BUFFER_KM around that path and simplified so that no removed vertex lies more than
 *   SIMPLIFY_METRES from the source track;
 * - stations.geojson: the station nodes the route uses (hubs, station chains) and those it passes;
 * - lines.json: which stations and track each line uses (copied from geo/osm/corridor-lines.json);
 *
 * and a Natural Earth land clip around the ferry lanes into geo/basemap/land-10m-lanes.geojson,
 * which the tests use to keep the ferries on water. Every feature keeps its OSM id.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buffer, featureCollection, intersect, lineString } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position as GeoJsonPosition } from 'geojson';
import type { Position } from '../schema.ts';
import { HUB_STATIONS, SEGMENT_LINES, type Anchor, type TrackName } from './corridor-lines.ts';
import {
  LAND_CLIP_FILE,
  LINES_FILE,
  OVERRIDES_FILE,
  STATIONS_FILE,
  TRACK_FILES,
  overridesFile,
  readChecked,
  type ExtractSource,
  type Station,
} from './files.ts';
import { writeCollection } from './write-geojson.ts';
import {
  addVertex,
  BUFFER_KM,
  clipAndSimplify,
  mergeIntoChains,
  NearIndex,
  SIMPLIFY_METRES,
  type SourceWay,
} from './clip-track.ts';
import { LAND_SOURCE, STATION_SOURCES, TRACK_SOURCES } from './reference-sources.ts';
import { deriveGeo, type FeatureFile } from './derive.ts';
import { readOsmExtract } from './files.ts';
import { routeLine, SNAP_KM, type LineAnchor } from './route-line.ts';
import { haversineKm } from './distance.ts';
import { TrackGraph, type TrackWay } from './track-graph.ts';
import { costFactor, isRunningLine, type TrackTags } from './track-rules.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const GEO = join(REPO, 'geo');
const GEODATA = resolve(process.argv[2] ?? join(REPO, '../shared/research/geodata'));

/** Way ends this close to another way are joined (the sources split ways at province borders). */
export const HEAL_KM = 0.1;
/** Stations this close to a routed track are "passed" and kept for the line's station list. */
const PASSED_KM = 0.3;
/** Land within this of a ferry lane is kept for the on-water test. */
const LANE_LAND_KM = 30;

const LICENSE = 'ODbL-1.0';
const ATTRIBUTION = '© OpenStreetMap contributors, ODbL 1.0 (openstreetmap.org/copyright)';

interface SourceFeature<G> {
  properties: Record<string, unknown>;
  geometry: G;
}

function readSource<G>(file: string): SourceFeature<G>[] {
  const path = join(GEODATA, file);
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { features?: SourceFeature<G>[] };
  if (!Array.isArray(parsed.features)) throw new Error(`${path}: not a FeatureCollection`);
  return parsed.features;
}

const round5 = (p: Position): Position => [
  Math.round(p[0] * 1e5) / 1e5,
  Math.round(p[1] * 1e5) / 1e5,
];
const oldest = (sources: ExtractSource[]) => sources.map((s) => s.osmDate).sort()[0]!;

// ---- Stations --------------------------------------------------------------------------------

function readStations(): Map<number, Station> {
  const stations = new Map<number, Station>();
  for (const source of STATION_SOURCES)
    for (const f of readSource<{ coordinates: Position }>(source.file)) {
      const p = f.properties;
      const id = p['osm_id'] as number;
      if (stations.has(id)) continue;
      // The Chinese file keeps the multi-script OSM name in `name` and English in `name:en`.
      const name = (p['name:en'] ?? p['name'] ?? p['nameLocal']) as string | undefined;
      stations.set(id, {
        id,
        name: name ?? String(id),
        railway: (p['railway'] as string | undefined) ?? 'station',
        position: round5(f.geometry.coordinates),
      });
    }
  return stations;
}

// ---- Track -----------------------------------------------------------------------------------

function readTrack(name: TrackName): SourceWay[] {
  const seen = new Set<number>();
  const ways: SourceWay[] = [];
  for (const source of TRACK_SOURCES[name])
    for (const f of readSource<{ coordinates: Position[] }>(source.file)) {
      const id = f.properties['osm_id'] as number;
      const tags: TrackTags = {};
      for (const key of ['usage', 'service'] as const)
        if (typeof f.properties[key] === 'string') tags[key] = f.properties[key] as string;
      if (typeof f.properties['is_hsr'] === 'number')
        tags.is_hsr = f.properties['is_hsr'] as number;
      // The Georgian and Azerbaijani files overlap around Tbilisi; the first copy of a way wins.
      if (seen.has(id) || !isRunningLine(tags)) continue;
      seen.add(id);
      ways.push({ id, tags, coordinates: f.geometry.coordinates.map(round5) });
    }
  return ways;
}

const toGraphWays = (ways: SourceWay[]): TrackWay[] =>
  ways.map((w) => ({ id: w.id, coordinates: w.coordinates, costFactor: costFactor(w.tags) }));

// ---- Anchors -----------------------------------------------------------------------------------

const overrides = readChecked(GEO, OVERRIDES_FILE, overridesFile);

function anchorOf(anchor: Anchor, stations: Map<number, Station>, where: string): LineAnchor {
  if (typeof anchor === 'number') {
    const station = stations.get(anchor);
    if (!station) throw new Error(`${where}: OSM node ${anchor} is in no station file`);
    return { id: anchor, position: station.position, mayBeOnTrack: true };
  }
  const waypoint = overrides.waypoints[anchor];
  if (!waypoint) throw new Error(`${where}: waypoint "${anchor}" is not in geo/${OVERRIDES_FILE}`);
  return {
    id: anchor,
    position: waypoint.at,
    mayBeOnTrack: waypoint.kind !== 'place',
    gapEnd: waypoint.kind === 'gap-end',
  };
}

function segmentEnds(): { id: string; from: string; to: string }[] {
  const route = JSON.parse(readFileSync(join(GEO, 'route.geojson'), 'utf8')) as {
    features: { id: string; properties: { from: string; to: string } }[];
  };
  return route.features.map((f) => ({ id: f.id, from: f.properties.from, to: f.properties.to }));
}

// ---- Main --------------------------------------------------------------------------------------

function main() {
  const stations = readStations();
  const segments = segmentEnds();
  const usedStations = new Set<number>();
  const hubAnchor = (hub: string, where: string): Anchor => {
    const anchor = HUB_STATIONS[hub];
    if (anchor === undefined)
      throw new Error(`${where}: hub "${hub}" has no station in geo/osm/corridor-lines.json`);
    return anchor;
  };
  for (const anchor of [
    ...Object.values(HUB_STATIONS),
    ...Object.values(SEGMENT_LINES).flatMap((l) => l.via),
  ])
    if (typeof anchor === 'number') usedStations.add(anchor);

  const trackFiles: Record<string, unknown> = {};
  const routedKm = new Map<string, number>();
  for (const name of ['china', 'caucasus'] as const) {
    const ways = readTrack(name);
    const graph = new TrackGraph(toGraphWays(ways), HEAL_KM);
    const near = new NearIndex();
    const routedWays = new Set<number>();
    const waysById = new Map(ways.map((w) => [w.id, w]));
    const joints = new Set<string>();
    const passedCandidates = [...stations.values()];
    for (const segment of segments) {
      const line = SEGMENT_LINES[segment.id];
      if (line?.track !== name) continue;
      const where = `segment "${segment.id}"`;
      const anchors = [
        hubAnchor(segment.from, where),
        ...line.via,
        hubAnchor(segment.to, where),
      ].map((a) => anchorOf(a, stations, where));
      const routed = routeLine(graph, anchors, Infinity);
      routedKm.set(segment.id, lengthKm(routed.coordinates));
      for (const id of routed.ways) routedWays.add(id);
      for (const joint of routed.joints) {
        const p = round5(joint.position);
        joints.add(`${p[0]},${p[1]}`);
        for (const way of joint.ways) if (way >= 0) addVertex(waysById.get(way)!, p);
      }
      const track = routed.stretches.filter((s) => s.kind === 'track');
      for (const stretch of track) near.add(stretch.coordinates);
      const km = track.reduce(
        (sum, s) =>
          sum + s.coordinates.reduce((k, p, i, a) => (i ? k + haversineKm(a[i - 1]!, p) : 0), 0),
        0,
      );
      console.log(
        `${segment.id}: ${km.toFixed(1)} km on track, ${routed.ways.length} ways, ${routed.stretches.length - track.length} straight stretch(es)`,
      );
    }
    for (const station of passedCandidates)
      if (station.railway !== 'halt' && near.near(station.position, PASSED_KM))
        usedStations.add(station.id);
    // Only the ways the lines run on, cut to the stretch near the line: the derive finds the
    // same path on them, and the extract stays small.
    const pieces = clipAndSimplify(
      ways.filter((w) => routedWays.has(w.id)),
      near,
      joints,
    );
    const chains = mergeIntoChains(pieces);
    const vertices = chains.reduce((n, c) => n + c.coordinates.length, 0);
    console.log(
      `${TRACK_FILES[name]}: ${pieces.length} pieces of ${new Set(pieces.map((p) => p.way.id)).size} ways in ${chains.length} lines, ${vertices} vertices`,
    );
    trackFiles[name] = {
      type: 'FeatureCollection',
      license: LICENSE,
      attribution: ATTRIBUTION,
      osmDataDate: oldest(TRACK_SOURCES[name]),
      sources: TRACK_SOURCES[name],
      extract: `The OSM ways (railway=rail; no yards, sidings, spurs or high-speed lines) the route runs on, clipped to ${BUFFER_KM} km around it and simplified to within ${SIMPLIFY_METRES} m of the source track, joined end to end where two ways meet (osm_ids, with the first vertex of each in starts); by npm run geo:extract`,
      features: chains.map((c) => {
        // is_hsr was a filter only: every kept way has is_hsr 0 or none.
        const { usage, service } = c.tags;
        return {
          type: 'Feature',
          properties: {
            osm_ids: c.ways,
            starts: c.starts,
            ...(usage ? { usage } : {}),
            ...(service ? { service } : {}),
          },
          geometry: { type: 'LineString', coordinates: c.coordinates },
        };
      }),
    };
  }

  mkdirSync(join(GEO, 'osm'), { recursive: true });
  for (const name of ['china', 'caucasus'] as const)
    writeCollection(join(GEO, TRACK_FILES[name]), trackFiles[name]);

  const kept = [...usedStations]
    .sort((a, b) => a - b)
    .map((id) => stations.get(id)!)
    .filter(Boolean);
  writeCollection(join(GEO, STATIONS_FILE), {
    type: 'FeatureCollection',
    license: LICENSE,
    attribution: ATTRIBUTION,
    osmDataDate: oldest(STATION_SOURCES),
    sources: STATION_SOURCES,
    extract: `Station nodes of the hubs and station chains, and stations within ${PASSED_KM} km of the routed track; by npm run geo:extract`,
    features: kept.map((s) => ({
      type: 'Feature',
      properties: { osm_id: s.id, name: s.name, railway: s.railway },
      geometry: { type: 'Point', coordinates: s.position },
    })),
  });
  console.log(`${STATIONS_FILE}: ${kept.length} stations`);

  writeFileSync(
    join(GEO, LINES_FILE),
    JSON.stringify({ hubs: HUB_STATIONS, segments: SEGMENT_LINES }, null, 2) + '\n',
  );
  writeLandClip(stations);
  checkDerive(routedKm);
}

const lengthKm = (line: Position[]) =>
  line.reduce((km, p, i) => (i > 0 ? km + haversineKm(line[i - 1]!, p) : 0), 0);

/**
 * The derive routes on the simplified extract: it must find the same lines as were routed here on
 * the full source track (same length within 1 %), or the extract has lost a join.
 */
function checkDerive(routedKm: Map<string, number>) {
  const read = (name: string) => JSON.parse(readFileSync(join(GEO, name), 'utf8')) as FeatureFile;
  let route: FeatureFile;
  try {
    route = deriveGeo(readOsmExtract(GEO), read('route.geojson'), read('hubs.geojson')).route;
  } catch (error) {
    console.error(`The derive fails on the new extract: ${(error as Error).message}`);
    process.exitCode = 1;
    return;
  }
  let problems = 0;
  for (const f of route.features) {
    const before = routedKm.get(f.id);
    if (before === undefined) continue;
    const after = lengthKm(f.geometry.coordinates as Position[]);
    if (Math.abs(after / before - 1) > 0.01) {
      problems++;
      console.error(
        `${f.id}: ${before.toFixed(1)} km on the source track, ${after.toFixed(1)} km on the extract`,
      );
    }
  }
  if (problems > 0) process.exitCode = 1;
  else
    console.log(`The derive finds the same lines on the extract (within 1 %; snap ${SNAP_KM} km).`);
}

/** Natural Earth 10m land within LANE_LAND_KM of each ferry lane. */
function writeLandClip(stations: Map<number, Station>) {
  const land = readSource<Polygon | MultiPolygon>(LAND_SOURCE.file);
  const hubPosition = (hub: string): Position => {
    const anchor = HUB_STATIONS[hub]!;
    return typeof anchor === 'number'
      ? stations.get(anchor)!.position
      : overrides.waypoints[anchor]!.at;
  };
  const features: Feature<Polygon | MultiPolygon>[] = [];
  for (const segment of segmentEnds()) {
    const lane = overrides.seaLanes[segment.id];
    if (!lane) continue;
    const line = lineString([
      hubPosition(segment.from),
      ...lane.waypoints,
      hubPosition(segment.to),
    ]);
    const corridor = buffer(line, LANE_LAND_KM, { units: 'kilometers' }) as Feature<Polygon>;
    // The area the clip is complete for: a test checks that the lane still lies inside it.
    features.push({
      type: 'Feature',
      properties: { lane: segment.id, role: 'coverage' },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          corridor.geometry.coordinates.map((ring) =>
            ring.map((p: GeoJsonPosition) => round5([p[0]!, p[1]!])),
          ),
        ],
      },
    });
    for (const polygon of land) {
      const clipped = intersect(
        featureCollection([
          corridor,
          { type: 'Feature', properties: {}, geometry: polygon.geometry },
        ]),
      );
      if (!clipped) continue;
      const rings =
        clipped.geometry.type === 'Polygon'
          ? [clipped.geometry.coordinates]
          : clipped.geometry.coordinates;
      features.push({
        type: 'Feature',
        properties: { lane: segment.id, role: 'land' },
        geometry: {
          type: 'MultiPolygon',
          coordinates: rings.map((r) =>
            r.map((ring) => ring.map((p: GeoJsonPosition) => round5([p[0]!, p[1]!]))),
          ),
        },
      });
    }
  }
  const path = join(GEO, LAND_CLIP_FILE);
  mkdirSync(dirname(path), { recursive: true });
  writeCollection(path, {
    type: 'FeatureCollection',
    source: LAND_SOURCE,
    license: 'public domain (Natural Earth)',
    extract: `Natural Earth 10m land (role "land") within ${LANE_LAND_KM} km of each ferry lane of geo/route-overrides.json (role "coverage"), for the on-water test; by npm run geo:extract`,
    features,
  });
  console.log(`${LAND_CLIP_FILE}: ${features.length} polygons`);
}

main();
