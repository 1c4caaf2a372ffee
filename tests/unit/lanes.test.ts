/**
 * Lanes: segments that share a stretch are drawn side by side, and picking measures them where
 * they are drawn. Checked on small made-up lines for the rule, and on the real route for what a
 * reader sees: the two ferries into Alat, a line's width apart instead of one on the other.
 */
import {
  expression,
  latest,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { LineLayerSpecification } from 'maplibre-gl';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assignLanes } from '../../src/data/lanes.ts';
import { readGeoFolder } from '../../src/data/read-geo.ts';
import type { Position } from '../../src/data/schema.ts';
import { routeCollection } from '../../src/map/geojson.ts';
import { LAYER } from '../../src/map/ids.ts';
import { distanceToPolyline, shiftRight, type ScreenPoint } from '../../src/map/pick.ts';
import { LANE_OFFSET_PX, routeLayers } from '../../src/map/style/route.ts';

const corridor = readGeoFolder(fileURLToPath(new URL('../../geo/', import.meta.url)));
const segment = (id: string) => corridor.segments.find((s) => s.id === id)!;

/** Web Mercator at a zoom, in pixels: how MapLibre places a position on screen. */
function project([lon, lat]: Position, zoom: number): ScreenPoint {
  const size = 512 * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return {
    x: ((lon + 180) / 360) * size,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size,
  };
}
const drawn = (id: string, zoom: number) =>
  shiftRight(
    segment(id).coordinates.map((c) => project(c, zoom)),
    segment(id).lane * LANE_OFFSET_PX,
  );

/** A line eastwards along latitude 40 from `fromLon` to `toLon`, a vertex every 0.01°. */
function along(fromLon: number, toLon: number, lat = 40): Position[] {
  const steps = Math.round(Math.abs(toLon - fromLon) / 0.01);
  return Array.from({ length: steps + 1 }, (_, i) => [
    fromLon + ((toLon - fromLon) * i) / steps,
    lat,
  ]);
}
const line = (id: string, from: string, to: string, coordinates: Position[]) => ({
  id,
  from,
  to,
  coordinates,
});

describe('lanes for lines that share a stretch', () => {
  it('puts two lines running the same way along one stretch in opposite lanes', () => {
    const lanes = assignLanes([
      line('a', 'west', 'east', along(0, 1)),
      line('b', 'far-west', 'east', [[-1, 40.3], ...along(0.5, 1)]),
    ]);
    expect([lanes.get('a'), lanes.get('b')]).toEqual([1, -1]);
  });

  it('puts two lines running towards each other in the same lane, which is already opposite sides', () => {
    const lanes = assignLanes([
      line('a', 'west', 'east', along(0, 1)),
      line('b', 'east', 'west', along(1, 0)),
    ]);
    expect([lanes.get('a'), lanes.get('b')]).toEqual([1, 1]);
  });

  it('leaves alone a line that only continues another through a hub, and one that shares nothing', () => {
    const lanes = assignLanes([
      line('a', 'west', 'middle', along(0, 1)),
      line('b', 'middle', 'east', along(1, 2)),
      line('c', 'north', 'south', [
        [5, 45],
        [5, 44],
      ]),
    ]);
    expect([...lanes.values()]).toEqual([0, 0, 0]);
  });

  it('does not give lanes for the last few hundred metres into a junction', () => {
    // 0.005° of longitude at 40° N: about 400 m in common.
    const lanes = assignLanes([
      line('a', 'west', 'east', along(0, 1)),
      line('b', 'north', 'east', [[0.995, 41], ...along(0.995, 1)]),
    ]);
    expect([lanes.get('a'), lanes.get('b')]).toEqual([0, 0]);
  });

  it('does not give lanes for a short stretch in common at the end of a slanting approach', () => {
    // b comes in from the north-west and runs the last 0.015° (about 1.3 km) along a, the same way.
    const lanes = assignLanes([
      line('a', 'west', 'east', along(0, 1)),
      line('b', 'north', 'east', [[0.885, 40.1], ...along(0.985, 1)]),
    ]);
    expect([lanes.get('a'), lanes.get('b')]).toEqual([0, 0]);
  });

  it('measures a long straight piece all along it, not only at its ends', () => {
    // a is one piece about 140 km long; b follows its last 5 % (about 7 km), from its own hubs.
    const lanes = assignLanes([
      line('a', 'p', 'q', [
        [0.5, 40],
        [1.5, 41],
      ]),
      line('b', 'r', 's', [
        [1.45, 40.95],
        [1.5, 41],
      ]),
    ]);
    expect([lanes.get('a'), lanes.get('b')]).toEqual([1, -1]);
  });

  it('gives lanes to lines side by side in longitude, and none to lines 1.5 km apart', () => {
    const northwards = (lon: number): Position[] => [
      [lon, 40],
      [lon, 41],
    ];
    // 0.005° of longitude at 40° N is about 430 m: one stretch on screen.
    const near = assignLanes([
      line('a', 'p', 'q', northwards(0)),
      line('b', 'r', 's', northwards(0.005)),
    ]);
    expect([near.get('a'), near.get('b')]).toEqual([1, -1]);
    // 0.0135° of latitude is about 1.5 km: two lines the map can show apart.
    const apart = assignLanes([
      line('a', 'p', 'q', along(0, 1)),
      line('b', 'r', 's', along(0, 1, 40.0135)),
    ]);
    expect([apart.get('a'), apart.get('b')]).toEqual([0, 0]);
  });

  it.each([
    ['leave one hub in opposite directions', ['x', 'e1'], ['x', 'w1'], along(1, 0)],
    ['arrive at one hub from opposite directions', ['w', 'e'], ['z', 'e'], along(1, 0)],
    [
      'follow on through a hub, drawn over each other the same way',
      ['w', 'm'],
      ['m', 'e'],
      along(0, 1),
    ],
  ] as const)(
    'gives no lanes to two lines on one stretch that %s',
    (_, [aFrom, aTo], [bFrom, bTo], bLine) => {
      const lanes = assignLanes([
        line('a', aFrom, aTo, along(0, 1)),
        line('b', bFrom, bTo, [...bLine]),
      ]);
      expect([lanes.get('a'), lanes.get('b')]).toEqual([0, 0]);
    },
  );
});

describe('the ferries into Alat on the real route', () => {
  it.each([4, 6, 8])(
    'are drawn a line’s width apart where their tracks meet, at zoom %i',
    (zoom) => {
      const kuryk = segment('kuryk-alat').coordinates.map((c) => project(c, zoom));
      const aktau = segment('aktau-alat').coordinates.map((c) => project(c, zoom));
      // Points of the Kuryk ferry's track within a pixel of the Aktau ferry's track.
      const shared = kuryk.filter((p) => distanceToPolyline(p, aktau) < 1);
      expect(shared.length).toBeGreaterThan(3);
      const [kurykDrawn, aktauDrawn] = [drawn('kuryk-alat', zoom), drawn('aktau-alat', zoom)];
      for (const p of shared) {
        const apart = distanceToPolyline(p, kurykDrawn) + distanceToPolyline(p, aktauDrawn);
        expect(distanceToPolyline(p, kurykDrawn)).toBeGreaterThan(2);
        expect(apart).toBeGreaterThan(2 * LANE_OFFSET_PX - 0.5);
      }
    },
  );

  it('keeps a segment that shares no stretch on its track', () => {
    for (const id of ['poti-constanta', 'xian-lanzhou', 'tbilisi-samtredia'])
      expect(segment(id).lane, id).toBe(0);
  });
});

describe('the style draws each line in its lane', () => {
  const route = routeCollection(corridor.segments);
  const offsets = (layer: LineLayerSpecification) => {
    const compiled = expression.createExpression(
      layer.paint?.['line-offset'],
      'line-offset',
      // The specification's own entry for line-offset; its JSON types `type` as a plain string.
      latest.paint_line['line-offset'] as StylePropertySpecification,
    );
    if (compiled.result !== 'success') throw new Error(`${layer.id}: line-offset does not compile`);
    return route.features.map((f) =>
      compiled.value.evaluate({ zoom: 5 }, { type: 'LineString', properties: f.properties ?? {} }),
    );
  };

  it.each([LAYER.routeGlow, LAYER.routeCasing, LAYER.routeRail, LAYER.routeSea, LAYER.routeRoad])(
    'shifts every line of %s by its lane',
    (id) => {
      const layer = routeLayers().find((l) => l.id === id) as LineLayerSpecification;
      expect(offsets(layer)).toEqual(corridor.segments.map((s) => s.lane * LANE_OFFSET_PX));
      expect(offsets(layer).filter((o) => o !== 0).length).toBeGreaterThanOrEqual(2);
    },
  );
});
