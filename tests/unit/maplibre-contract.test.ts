// @vitest-environment jsdom
/**
 * The part of MapLibre's API this app relies on, checked against the real package: the map
 * modules' tests run on a stand-in (tests/support/fake-map.ts), so an upgrade that renames or
 * drops one of these fails here, by name, instead of on a reader's screen.
 */
import * as maplibre from 'maplibre-gl';
import {
  LngLatBounds,
  Map,
  TwoFingersTouchZoomRotateHandler,
  type MapEventType,
} from 'maplibre-gl';
import { describe, expect, it } from 'vitest';

/** Every Map method the code in src/map calls. */
const MAP_METHODS = [
  'setFeatureState',
  'queryRenderedFeatures',
  'project',
  'unproject',
  'fitBounds',
  'flyTo',
  'setLayoutProperty',
  'once',
  'on',
  'off',
  'getCanvas',
  'getContainer',
  'triggerRepaint',
  'resize',
  'addControl',
  'remove',
] as const satisfies readonly (keyof Map)[];

/** Every map event the code listens to; checked by the type checker (`npm run check`). */
export const MAP_EVENTS = [
  'mousemove',
  'mouseout',
  'click',
  'idle',
  'render',
  'resize',
] as const satisfies readonly (keyof MapEventType)[];

/** What create-map.ts and camera.ts import. */
const EXPORTS = ['Map', 'NavigationControl', 'AttributionControl', 'LngLatBounds', 'setWorkerUrl'];

describe('MapLibre still offers what the map uses', () => {
  it.each(EXPORTS)('exports %s', (name) => {
    expect(typeof (maplibre as Record<string, unknown>)[name]).toBe('function');
  });

  it.each(MAP_METHODS)('Map.%s', (method) => {
    expect(typeof Map.prototype[method]).toBe('function');
  });

  it('touchZoomRotate.disableRotation, to keep the map north up under two fingers', () => {
    expect(typeof TwoFingersTouchZoomRotateHandler.prototype.disableRotation).toBe('function');
  });

  it('LngLatBounds.contains, for "is the selection in sight"', () => {
    const bounds = new LngLatBounds([40, 35], [60, 50]);
    expect(bounds.contains([50, 40])).toBe(true);
    expect(bounds.contains([61, 40])).toBe(false);
  });
});
