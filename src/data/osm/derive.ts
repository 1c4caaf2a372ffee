/**
 * Rebuilds the route's geometry and the hubs' positions from the committed OpenStreetMap extract
 * (geo/osm/) and the overrides (geo/route-overrides.json). Pure and deterministic: the same inputs
 * give the same output, byte for byte. It owns only the geometry, `sources.via`, the one
 * "Geometry:" entry of `sources.refs` and `provenance`; every other property is copied through.
 */
import type { HubProvenance, Position, SegmentProvenance } from '../schema.ts';
import {
  LINES_FILE,
  OVERRIDES_FILE,
  STATIONS_FILE,
  TRACK_FILES,
  stationsById,
  type OsmExtract,
  type Station,
  type TrackExtract,
} from './files.ts';
import { routeLine, SNAP_KM, type LineAnchor, type RoutedLine } from './route-line.ts';
import { haversineKm, segmentDistanceKm } from './distance.ts';
import { TrackGraph, type TrackWay } from './track-graph.ts';
import { costFactor } from './track-rules.ts';

/** Way ends this close to another way are joined, as in the extract. */
const HEAL_KM = 0.1;
/** Straight stretches get a vertex at least this often, as the validator asks on land. */
export const MAX_STRAIGHT_KM = 25;
/** A station this close to the track a line runs on is one the line passes. */
const PASSED_KM = 0.3;
/** Passed stations closer than this along the line to the previous one are one place. */
const CLUSTER_KM = 1.5;
/** The first entry of sources.refs that the derive writes. */
export const GEOMETRY_REF_PREFIX = 'Geometry: ';
/** Refs written by the hand-drawn version, replaced by the Geometry entry. */
const OLD_GENERATED_REF = 'Straight interpolated vertices';

export const ROUTE_LICENSE = {
  license: 'ODbL-1.0',
  attribution:
    'Railway geometry and stations: © OpenStreetMap contributors, ODbL 1.0 (https://www.openstreetmap.org/copyright)',
  note: 'This file is a Derivative Database of OpenStreetMap data and is offered under the Open Database License 1.0 (https://opendatacommons.org/licenses/odbl/1-0/). Its geometry is written by `npm run geo:derive` from geo/osm/ and geo/route-overrides.json.',
};

type Json = Record<string, unknown>;
interface Feature {
  id: string;
  properties: Json;
  geometry: { type: string; coordinates: unknown };
}
export interface FeatureFile {
  type: 'FeatureCollection';
  features: Feature[];
  [member: string]: unknown;
}

type Method = SegmentProvenance['method'];

const round = (p: Position): Position => [
  Math.round(p[0] * 1e5) / 1e5,
  Math.round(p[1] * 1e5) / 1e5,
];

/** The extract's lines split back into their OSM ways, for the graph. */
function waysOf(extract: TrackExtract): TrackWay[] {
  return extract.features.flatMap((f) => {
    const { osm_ids, starts } = f.properties;
    const coordinates = f.geometry.coordinates;
    return osm_ids.map((id, k) => ({
      id,
      coordinates: coordinates.slice(starts[k], (starts[k + 1] ?? coordinates.length - 1) + 1),
      costFactor: costFactor(f.properties),
    }));
  });
}

class Deriver {
  readonly graphs: Record<keyof typeof TRACK_FILES, TrackGraph>;
  readonly stations: Map<number, Station>;
  readonly hubPositions = new Map<string, Position>();
  readonly hubProvenance = new Map<string, HubProvenance>();

  constructor(
    readonly osm: OsmExtract,
    readonly hubs: FeatureFile,
    readonly route: FeatureFile,
  ) {
    this.graphs = {
      china: new TrackGraph(waysOf(osm.tracks.china), HEAL_KM),
      caucasus: new TrackGraph(waysOf(osm.tracks.caucasus), HEAL_KM),
    };
    this.stations = stationsById(osm.stations);
  }

  private fail(file: string, feature: string, field: string, message: string): never {
    throw new Error(`${file}: feature "${feature}": ${field}: ${message}`);
  }

  private station(id: number, where: string, field: string): Station {
    const station = this.stations.get(id);
    if (!station)
      this.fail(`geo/${LINES_FILE}`, where, field, `OSM node ${id} is not in geo/${STATIONS_FILE}`);
    return station;
  }

  private waypoint(id: string, where: string, field: string) {
    const waypoint = this.osm.overrides.waypoints[id];
    if (!waypoint)
      this.fail(
        `geo/${LINES_FILE}`,
        where,
        field,
        `waypoint "${id}" is not in geo/${OVERRIDES_FILE}`,
      );
    return waypoint;
  }

  /** The track a hub's lines run on, to put a quay or track-point hub on it. */
  private trackOfHub(hub: string): keyof typeof TRACK_FILES | undefined {
    for (const f of this.route.features) {
      const p = f.properties as { from?: string; to?: string };
      if (p.from !== hub && p.to !== hub) continue;
      const track = this.osm.lines.segments[f.id]?.track;
      if (track) return track;
    }
    return undefined;
  }

  placeHubs() {
    for (const hub of this.hubs.features) {
      // Cities off the route (the capitals) are not placed on the railway: left as they are.
      if ((hub.properties as { onRoute?: boolean }).onRoute === false) continue;
      const anchor = this.osm.lines.hubs[hub.id];
      if (anchor === undefined)
        this.fail(`geo/${LINES_FILE}`, hub.id, 'hubs', 'the hub has no station or waypoint');
      if (typeof anchor === 'number') {
        const station = this.station(anchor, hub.id, 'hubs');
        this.hubPositions.set(hub.id, station.position);
        this.hubProvenance.set(hub.id, {
          osmNode: anchor,
          method: 'station-node',
          extract: `geo/${STATIONS_FILE}`,
          extractDate: this.osm.stations.osmDataDate,
        });
        continue;
      }
      const waypoint = this.waypoint(anchor, hub.id, 'hubs');
      const track = this.trackOfHub(hub.id);
      const graph = track ? this.graphs[track] : undefined;
      const near = graph?.nearest(waypoint.at, SNAP_KM);
      if (!graph || !track || !near || waypoint.kind === 'place')
        this.fail(
          `geo/${OVERRIDES_FILE}`,
          anchor,
          'at',
          `must lie within ${SNAP_KM} km of the track of hub "${hub.id}"`,
        );
      this.hubPositions.set(hub.id, round(graph.nodes[near.node]!));
      this.hubProvenance.set(hub.id, {
        osmWay: graph.wayOf(near.node),
        method: waypoint.kind === 'quay' ? 'quay' : 'override',
        extract: `geo/${TRACK_FILES[track]}`,
        extractDate: this.osm.tracks[track].osmDataDate,
        overrides: [`waypoints.${anchor}`],
      });
    }
  }

  private hubPosition(id: string, segment: string, field: string): Position {
    const position = this.hubPositions.get(id);
    if (!position)
      this.fail('geo/route.geojson', segment, field, `hub "${id}" is not in geo/hubs.geojson`);
    return position;
  }

  private hubName(id: string): string {
    const hub = this.hubs.features.find((h) => h.id === id);
    return String(hub?.properties['name'] ?? id);
  }

  deriveSegment(feature: Feature): {
    coordinates: Position[];
    via: string[];
    ref: string;
    provenance: SegmentProvenance;
  } {
    const p = feature.properties as { from: string; to: string; mode: string };
    const from = this.hubPosition(p.from, feature.id, 'properties.from');
    const to = this.hubPosition(p.to, feature.id, 'properties.to');
    const fromNode = this.hubProvenance.get(p.from)?.osmNode;
    const toNode = this.hubProvenance.get(p.to)?.osmNode;
    const endNodes = [fromNode, toNode].filter((n): n is number => n !== undefined);

    if (p.mode === 'sea') {
      const lane = this.osm.overrides.seaLanes[feature.id];
      if (!lane)
        this.fail(`geo/${OVERRIDES_FILE}`, feature.id, 'seaLanes', 'a sea segment needs a lane');
      return {
        coordinates: [from, ...lane.waypoints, to].map(round),
        via: [this.hubName(p.from), this.hubName(p.to)],
        ref: `${GEOMETRY_REF_PREFIX}a schematic sea lane through the waypoints of geo/${OVERRIDES_FILE} (seaLanes.${feature.id}) between the two ports' positions; not an AIS track. Derived by npm run geo:derive.`,
        provenance: {
          method: 'sea-lane',
          osmNodes: endNodes,
          extract: `geo/${STATIONS_FILE}`,
          extractDate: this.osm.stations.osmDataDate,
          overrides: [`seaLanes.${feature.id}`],
        },
      };
    }

    const line = this.osm.lines.segments[feature.id];
    if (!line) this.fail(`geo/${LINES_FILE}`, feature.id, 'segments', 'the segment has no line');
    const overrides: string[] = [];
    const hubAnchor = (hub: string): LineAnchor => ({
      id: hub,
      position: this.hubPositions.get(hub)!,
      mayBeOnTrack: true,
    });
    const anchors: LineAnchor[] = [hubAnchor(p.from)];
    for (const a of line.via) {
      if (typeof a === 'number')
        anchors.push({
          id: a,
          position: this.station(a, feature.id, 'via').position,
          mayBeOnTrack: true,
        });
      else {
        const w = this.waypoint(a, feature.id, 'via');
        overrides.push(`waypoints.${a}`);
        anchors.push({
          id: a,
          position: w.at,
          mayBeOnTrack: w.kind !== 'place',
          gapEnd: w.kind === 'gap-end',
        });
      }
    }
    anchors.push(hubAnchor(p.to));
    for (const hub of [p.from, p.to])
      overrides.push(...(this.hubProvenance.get(hub)?.overrides ?? []));

    const graph = line.track ? this.graphs[line.track] : undefined;
    let routed: RoutedLine;
    try {
      routed = routeLine(graph, anchors, MAX_STRAIGHT_KM);
    } catch (error) {
      this.fail(`geo/${LINES_FILE}`, feature.id, 'via', (error as Error).message);
    }
    const coordinates = routed.coordinates.map(round);
    const kinds = new Set(routed.stretches.map((s) => s.kind));
    const method: Method = kinds.size > 1 ? 'mixed' : kinds.has('track') ? 'track' : 'stations';

    // Stations along the line: the anchors, and the stations the track passes.
    const passed = new Map<number, Station>();
    for (const a of anchors)
      if (typeof a.id === 'number') passed.set(a.id, this.station(a.id, feature.id, 'via'));
    for (const hub of [p.from, p.to]) {
      const node = this.hubProvenance.get(hub)?.osmNode;
      if (node !== undefined) passed.set(node, this.station(node, feature.id, 'hubs'));
    }
    const track = routed.stretches.filter((s) => s.kind === 'track').flatMap((s) => s.coordinates);
    if (track.length > 0)
      for (const station of this.stations.values())
        if (
          station.railway !== 'halt' &&
          !passed.has(station.id) &&
          nearLine(station.position, track, PASSED_KM)
        )
          passed.set(station.id, station);
    const along = (position: Position) => indexAlong(position, coordinates);
    const places = line.via
      .filter(
        (a): a is string =>
          typeof a === 'string' && this.osm.overrides.waypoints[a]!.kind === 'place',
      )
      .map((a) => ({
        name: `${titleCase(a)} (town)`,
        at: along(this.osm.overrides.waypoints[a]!.at),
      }));
    // The hubs' own stations are anchors too: a line never loses the station it starts or ends at.
    const anchorIds = new Set<number | string>([...anchors.map((a) => a.id), ...endNodes]);
    // Stations the track passes, thinned where several nodes mark one place (a station, its
    // forecourt, a metro stop beside it); the anchors are always kept.
    const stops: { id: number; name: string; at: number }[] = [];
    for (const s of [...passed.values()]
      .map((s) => ({ id: s.id, name: s.name, at: along(s.position) }))
      .sort((a, b) => a.at - b.at || a.id - b.id)) {
      const previous = stops[stops.length - 1];
      const crowded = previous !== undefined && s.at - previous.at < CLUSTER_KM;
      if (anchorIds.has(s.id) && crowded && !anchorIds.has(previous.id)) stops.pop();
      else if (crowded && !anchorIds.has(s.id)) continue;
      stops.push(s);
    }
    const via = [
      ...(fromNode === undefined ? [{ name: this.hubName(p.from), at: -1 }] : []),
      ...[...stops, ...places].sort((a, b) => a.at - b.at),
      ...(toNode === undefined ? [{ name: this.hubName(p.to), at: Infinity }] : []),
    ].map((s) => s.name);

    const trackName = line.track;
    const extract =
      method === 'stations' || !trackName
        ? `geo/${STATIONS_FILE}`
        : `geo/${TRACK_FILES[trackName]}`;
    const extractDate =
      method === 'stations' || !trackName
        ? this.osm.stations.osmDataDate
        : this.osm.tracks[trackName].osmDataDate;
    return {
      coordinates,
      via: dedupeNeighbours(via),
      ref: geometryRef(method, routed, stops.length, extract, extractDate, overrides, this.osm),
      provenance: {
        method,
        ...(routed.ways.length > 0 ? { osmWays: routed.ways } : {}),
        osmNodes: stops.map((s) => s.id),
        extract,
        extractDate,
        ...(overrides.length > 0 ? { overrides: [...new Set(overrides)] } : {}),
      },
    };
  }
}

function geometryRef(
  method: Method,
  routed: RoutedLine,
  stations: number,
  extract: string,
  date: string,
  overrides: string[],
  osm: OsmExtract,
): string {
  const parts: string[] = [];
  const credit = `© OpenStreetMap contributors, ODbL; OSM data of ${date}`;
  if (method === 'track')
    parts.push(
      `OpenStreetMap track: the shortest path along the running lines (main lines first) between the OSM stations of the two hubs, over ${routed.ways.length} OSM ways of ${extract} (${credit}).`,
    );
  else if (method === 'stations')
    parts.push(
      `no OpenStreetMap track for this line in the extract: drawn straight from station to station through ${stations} OSM station nodes of ${extract}, in order along the line (${credit}).`,
    );
  else
    parts.push(
      `OpenStreetMap track where the extract has it (${routed.ways.length} OSM ways of ${extract}; ${credit}), straight from station to station or across gaps where it has none.`,
    );
  if (routed.interpolated > 0)
    parts.push(
      `${routed.interpolated} vertices are interpolated on long straight edges only to keep a vertex at least every ${MAX_STRAIGHT_KM} km.`,
    );
  const reasons = overrides
    .filter((o) => o.startsWith('waypoints.'))
    .map((o) => o.slice('waypoints.'.length))
    .map((id) => `${id}: ${osm.overrides.waypoints[id]!.reason}`);
  if (reasons.length > 0)
    parts.push(`Overrides (geo/${OVERRIDES_FILE}): ${[...new Set(reasons)].join(' ')}`);
  parts.push('Derived by npm run geo:derive.');
  return GEOMETRY_REF_PREFIX + parts.join(' ');
}

const titleCase = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

function dedupeNeighbours(names: string[]): string[] {
  return names.filter((n, i) => i === 0 || names[i - 1] !== n);
}

/** Distance along a line (in km) of the point of the line nearest a position: orders stations. */
function indexAlong(position: Position, line: Position[]): number {
  let bestKm = Infinity;
  let bestAlong = 0;
  let along = 0;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const edge = haversineKm(a, b);
    const km = segmentDistanceKm(position, a, b);
    if (km < bestKm) {
      const fromA = haversineKm(a, position);
      // How far along the edge the nearest point lies (Pythagoras on the short distances).
      const t = Math.sqrt(Math.max(0, fromA * fromA - km * km));
      [bestKm, bestAlong] = [km, along + Math.min(edge, t)];
    }
    along += edge;
  }
  return bestAlong;
}

function nearLine(p: Position, line: Position[], km: number): boolean {
  for (let i = 1; i < line.length; i++)
    if (segmentDistanceKm(p, line[i - 1]!, line[i]!) <= km) return true;
  return false;
}

/** The new route and hubs: same features, ids, order and other properties; new geometry. */
export function deriveGeo(osm: OsmExtract, route: FeatureFile, hubs: FeatureFile) {
  const deriver = new Deriver(osm, hubs, route);
  deriver.placeHubs();
  const { type: hubsType, features: hubFeatures, ...hubMembers } = hubs;
  const newHubs: FeatureFile = {
    type: hubsType,
    ...hubMembers,
    ...ROUTE_LICENSE,
    // A hub the derive did not place (a city off the route) keeps its own position and sources.
    features: hubFeatures.map((h) =>
      deriver.hubPositions.has(h.id)
        ? {
            ...h,
            properties: { ...h.properties, provenance: deriver.hubProvenance.get(h.id) },
            geometry: { type: 'Point', coordinates: deriver.hubPositions.get(h.id) },
          }
        : h,
    ),
  };
  const { type, features, ...members } = route;
  const newRoute: FeatureFile = {
    type,
    ...members,
    ...ROUTE_LICENSE,
    features: features.map((f) => {
      const derived = deriver.deriveSegment(f);
      const sources = (f.properties['sources'] ?? {}) as { refs?: unknown[] } & Json;
      const kept = (sources.refs ?? []).filter(
        (r) =>
          typeof r !== 'string' ||
          !(r.startsWith(GEOMETRY_REF_PREFIX) || r.startsWith(OLD_GENERATED_REF)),
      );
      return {
        ...f,
        properties: {
          ...f.properties,
          sources: { ...sources, via: derived.via, refs: [...kept, derived.ref] },
          provenance: derived.provenance,
        },
        geometry: { type: 'LineString', coordinates: derived.coordinates },
      };
    }),
  };
  return { route: newRoute, hubs: newHubs };
}
