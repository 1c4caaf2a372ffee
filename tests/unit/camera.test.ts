// @vitest-environment jsdom
/**
 * What the camera does for a selection: a tour camera flies there, a link frames, a click keeps
 * the view unless the selection is out of sight. Against the stand-in map (200 px a degree from
 * 49° E, 44.5° N), where the fixture's ferry spans 49.45–51.15° E and 39.95–43.65° N.
 */
import { describe, expect, it } from 'vitest';
import type { Selection } from '../../src/data/corridor-index.ts';
import type { Corridor } from '../../src/data/corridor-index.ts';
import { CORE_BOUNDS } from '../../src/data/basemap-bounds.ts';
import {
  applyIntent,
  cameraContext,
  corridorBounds,
  fitToContainer,
} from '../../src/map/camera.ts';
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

  it('frames the region the corridor lies in when there is no route to draw', () => {
    const empty = { data: { segments: [] } } as unknown as Corridor;
    expect(corridorBounds(empty)).toEqual(CORE_BOUNDS);
  });

  it('frames a city off the route from farther out, so the route stays in sight', () => {
    const fake = new FakeMap();
    const context = { corridor, names: new Map(), cover: {}, duration: 0 };
    applyIntent(fake.map, { kind: 'frame' }, { kind: 'hub', id: 'astana' }, context);
    expect(fake.calls).toEqual([
      {
        method: 'fitBounds',
        args: [
          [71.43, 51.18, 71.43, 51.18],
          { padding: 60, maxZoom: 4.5, bearing: 0, pitch: 0, duration: 0 },
        ],
      },
    ]);
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
    // Aktau is 430 px right: on a 440 px map it is drawn, but within the 20 px margin.
    { what: 'in the right margin', size: { width: 440, height: 1000 }, moves: true },
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

  describe('a tour step’s places', () => {
    const stepFrame = (size: { width: number; height: number }, cover: object) => {
      const fake = new FakeMap(undefined, size);
      const intent: CameraIntent = { kind: 'places', places: ['aktau-alat'] };
      applyIntent(fake.map, intent, null, { corridor, names: new Map(), cover, duration: 500 });
      return fake.calls;
    };
    const fitted = (padding: object) => [
      {
        method: 'fitBounds',
        args: [ferryBounds, { padding, maxZoom: 8, bearing: 0, pitch: 0, duration: 500 }],
      },
    ];

    // Room for the names beside the places (a tenth of the width, at most 100 px, each side, and
    // up to 60 px more on the right, where a hub's name runs) and for what covers the map.
    it.each([
      { width: 1000, cover: {}, padding: { top: 50, bottom: 50, left: 150, right: 200 } },
      { width: 2000, cover: {}, padding: { top: 50, bottom: 50, left: 150, right: 210 } },
      {
        width: 700,
        cover: { top: 5, bottom: 80, left: 7, right: 9 },
        padding: { top: 55, bottom: 130, left: 127, right: 164 },
      },
      // A narrow map (a 1024 px projector beside the panel) keeps less room.
      {
        width: 600,
        cover: { bottom: 80 },
        padding: { top: 30, bottom: 110, left: 90, right: 120 },
      },
    ])(
      'frames them with room around: $width px wide, covered $cover',
      ({ width, cover, padding }) => {
        expect(stepFrame({ width, height: 800 }, cover)).toEqual(fitted(padding));
      },
    );

    it('keeps the view when none of them is on the map', () => {
      const fake = new FakeMap();
      const intent: CameraIntent = { kind: 'places', places: ['atlantis'] };
      applyIntent(fake.map, intent, alat, { corridor, names: new Map(), cover: {}, duration: 0 });
      expect(fake.calls).toEqual([]);
    });
  });

  it('gives each move the basemap’s name points and what covers the map at that moment', () => {
    const basemap = {
      type: 'FeatureCollection' as const,
      features: [
        {
          type: 'Feature' as const,
          properties: { id: 'caspian', minzoom: 3 },
          geometry: { type: 'Point' as const, coordinates: [50.5, 42] },
        },
      ],
    };
    let cover = { bottom: 40 };
    const contextFor = cameraContext(corridor, basemap, () => cover);
    cover = { bottom: 90 };
    expect(contextFor(300)).toEqual({
      corridor,
      names: new Map([['caspian', [{ at: [50.5, 42], minzoom: 3, maxzoom: 24 }]]]),
      cover: { bottom: 90 },
      duration: 300,
    });
  });

  describe('measuring the map before framing in it', () => {
    const sized = (canvas: { width: number; height: number }) => {
      const fake = new FakeMap(undefined, { width: 800, height: 600 });
      Object.defineProperty(fake.canvas, 'clientWidth', { value: canvas.width });
      Object.defineProperty(fake.canvas, 'clientHeight', { value: canvas.height });
      fitToContainer(fake.map);
      return fake.calls.map((c) => c.method);
    };

    it.each([
      { what: 'narrower', canvas: { width: 500, height: 600 } },
      { what: 'lower', canvas: { width: 800, height: 400 } },
    ])('resizes and redraws when the panel left it $what', ({ canvas }) => {
      expect(sized(canvas)).toEqual(['resize', 'triggerRepaint']);
    });

    it('leaves a map of the right size alone: resizing would clear it', () => {
      expect(sized({ width: 800, height: 600 })).toEqual([]);
    });
  });
});
