// @vitest-environment jsdom
/**
 * What the camera does for a selection: a tour camera flies there, a link frames, a click keeps
 * the view unless the selection is out of sight. Against the stand-in map (200 px a degree from
 * 49° E, 44.5° N), where the fixture's ferry spans 49.45–51.15° E and 39.95–43.65° N.
 */
import { describe, expect, it } from 'vitest';
import type { Selection } from '../../src/data/corridor-index.ts';
import { applyIntent, corridorBounds } from '../../src/map/camera.ts';
import type { CameraIntent, CameraView } from '../../src/state/app-state.svelte.ts';
import { appContext } from '../support/app-context.ts';
import { FakeMap } from '../support/fake-map.ts';

const { corridor } = appContext();
const ferry: Selection = { kind: 'segment', id: 'aktau-alat' };
const alat: Selection = { kind: 'hub', id: 'alat' };
const keep: CameraIntent = { kind: 'keep' };
const framing = (bounds: number[], duration = 700) => ({
  method: 'fitBounds',
  args: [bounds, { padding: 60, maxZoom: 6, bearing: 0, pitch: 0, duration }],
});
const ferryBounds = [49.45, 39.95, 51.15, 43.65];

describe('camera', () => {
  it('frames the whole corridor at first', () => {
    expect(corridorBounds(corridor)).toEqual([49.45, 39.95, 51.35, 43.7]);
  });

  it.each([
    {
      camera: { center: [51.15, 43.65], zoom: 7 },
      expected: { center: [51.15, 43.65], zoom: 7, bearing: 0, pitch: 0, duration: 700 },
    },
    {
      camera: { center: [49.45, 39.95], zoom: 7, bearing: 10, pitch: 30 },
      expected: { center: [49.45, 39.95], zoom: 7, bearing: 10, pitch: 30, duration: 700 },
    },
  ] as { camera: CameraView; expected: object }[])(
    'flies to a tour step’s own camera, north up unless it says',
    ({ camera, expected }) => {
      const fake = new FakeMap();
      applyIntent(fake.map, { kind: 'view', camera }, alat, {
        corridor,
        names: new Map(),
        cover: {},
        duration: 700,
      });
      expect(fake.calls).toEqual([{ method: 'flyTo', args: [expected] }]);
    },
  );

  it.each([
    { selection: ferry, bounds: ferryBounds },
    { selection: alat, bounds: [49.45, 39.95, 49.45, 39.95] },
  ])('frames $selection.id for a link, even when it is in sight', ({ selection, bounds }) => {
    const fake = new FakeMap();
    applyIntent(fake.map, { kind: 'frame' }, selection, {
      corridor,
      names: new Map(),
      cover: {},
      duration: 0,
    });
    expect(fake.calls).toEqual([framing(bounds, 0)]);
  });

  it.each([
    { what: 'in sight', size: { width: 1000, height: 1000 }, moves: false },
    { what: 'cut off at the bottom', size: { width: 1000, height: 500 }, moves: true },
    { what: 'cut off at the right', size: { width: 400, height: 1000 }, moves: true },
    // Alat is 910 px down: on a 920 px map it is drawn, but within the 20 px margin.
    { what: 'in the margin', size: { width: 1000, height: 920 }, moves: true },
    { what: 'clear of the margin', size: { width: 1000, height: 935 }, moves: false },
  ])(
    'keeps the camera for a click unless the selection is out of sight: $what',
    ({ size, moves }) => {
      const fake = new FakeMap(corridor, size);
      applyIntent(fake.map, keep, ferry, { corridor, names: new Map(), cover: {}, duration: 700 });
      expect(fake.calls).toEqual(moves ? [framing(ferryBounds)] : []);
    },
  );

  it('does nothing without a selection it knows', () => {
    const fake = new FakeMap(corridor, { width: 10, height: 10 });
    applyIntent(fake.map, { kind: 'frame' }, null, {
      corridor,
      names: new Map(),
      cover: {},
      duration: 700,
    });
    applyIntent(
      fake.map,
      keep,
      { kind: 'hub', id: 'atlantis' },
      { corridor, names: new Map(), cover: {}, duration: 700 },
    );
    expect(fake.calls).toEqual([]);
  });
});
