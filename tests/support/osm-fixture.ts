/**
 * A tiny hand-made OSM extract for the derive's tests: two pieces of track, a few stations, a
 * quay, a town and a sea lane (0.01° ≈ 1.1 km at the equator); and the route and hubs it places.
 */
import type { FeatureFile } from '../../src/data/osm/derive.ts';
import type { OsmExtract } from '../../src/data/osm/files.ts';

const header = (date: string) => ({
  type: 'FeatureCollection' as const,
  license: 'ODbL-1.0',
  attribution: '© OpenStreetMap contributors',
  osmDataDate: date,
  sources: [{ file: 'x', repository: 'r', commit: 'c', path: 'p', osmDate: date }],
});

const line = (
  ids: number[],
  starts: number[],
  coordinates: [number, number][],
  usage = 'main',
) => ({
  type: 'Feature' as const,
  properties: { osm_ids: ids, starts, usage },
  geometry: { type: 'LineString' as const, coordinates },
});

export const station = (id: number, name: string, at: [number, number], railway = 'station') => ({
  type: 'Feature' as const,
  properties: { osm_id: id, name, railway },
  geometry: { type: 'Point' as const, coordinates: at },
});

export function extract(): OsmExtract {
  return {
    tracks: {
      china: {
        ...header('2025-01-01'),
        features: [
          line(
            [101, 102],
            [0, 1],
            [
              [0, 0],
              [0.01, 0],
              [0.05, 0],
            ],
          ),
        ],
      },
      caucasus: {
        ...header('2025-02-02'),
        features: [
          line(
            [201],
            [0],
            [
              [10, 0],
              [10.01, 0],
            ],
          ),
        ],
      },
    },
    stations: {
      ...header('2025-03-03'),
      features: [
        station(1, 'Alpha', [0, 0]),
        station(2, 'Beta', [0.05, 0]),
        station(3, 'Mid', [0.02, 0.001]),
        station(4, 'Little Halt', [0.03, 0], 'halt'),
        // A second node of Mid's station, half a kilometre on: one place on the line.
        station(7, 'Mid Forecourt', [0.0205, 0]),
        // A yard just before Beta: the hub's own station is the one the line names.
        station(8, 'Beta Yard', [0.045, 0]),
        station(5, 'Gamma', [10, 0]),
      ],
    },
    lines: {
      hubs: { alpha: 1, beta: 2, gamma: 5, quay: 'quay-point' },
      segments: {
        'alpha-beta': { track: 'china', via: [] },
        'beta-gamma': { via: [] },
        'gamma-quay': { track: 'caucasus', via: ['townz'] },
      },
    },
    overrides: {
      about: 'test',
      waypoints: {
        'quay-point': { kind: 'quay', at: [10.01, 0.001], reason: 'the quay is not a station' },
        townz: { kind: 'place', at: [10.005, 0.02], reason: 'a town the line passes near' },
      },
      seaLanes: {
        'beta-gamma': { waypoints: [[5, 0.5]], reason: 'a schematic lane for the test' },
      },
    },
  };
}

const hub = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  properties: { id, name, ...extra },
  geometry: { type: 'Point', coordinates: [99, 99] },
});
const segment = (id: string, from: string, to: string, mode: string) => ({
  id,
  properties: {
    id,
    from,
    to,
    mode,
    sources: { refs: ['A reference kept as it is', 'Geometry: the old derive'], other: 1 },
  },
  geometry: { type: 'LineString', coordinates: [] },
});

export const hubs = (): FeatureFile => ({
  type: 'FeatureCollection',
  name: 'hubs',
  features: [
    hub('alpha', 'Alpha'),
    hub('beta', 'Beta'),
    hub('gamma', 'Gamma'),
    hub('quay', 'Port Quay'),
    hub('capital', 'Capital', { onRoute: false }),
  ],
});
export const route = (): FeatureFile => ({
  type: 'FeatureCollection',
  features: [
    segment('alpha-beta', 'alpha', 'beta', 'rail'),
    segment('beta-gamma', 'beta', 'gamma', 'sea'),
    segment('gamma-quay', 'gamma', 'quay', 'rail'),
  ],
});
