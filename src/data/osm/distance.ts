/**
 * Distances in km for routing weights and for checks against the extract (never for lengths
 * shown to the reader: those are measured with turf).
 */
import type { Position } from '../schema.ts';

const EARTH_KM = 6371.0088;

/** Great-circle distance in km (haversine); only for routing weights, never for shown lengths. */
export function haversineKm(a: Position, b: Position): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Distance from p to the segment a–b, on a local flat projection (fine at these distances). */
export function segmentDistanceKm(p: Position, a: Position, b: Position): number {
  const k = Math.cos((p[1] * Math.PI) / 180);
  const ax = (a[0] - p[0]) * k;
  const ay = a[1] - p[1];
  const bx = (b[0] - p[0]) * k;
  const by = b[1] - p[1];
  const dx = bx - ax;
  const dy = by - ay;
  const l = dx * dx + dy * dy;
  const t = l === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / l));
  return Math.hypot(ax + t * dx, ay + t * dy) * 111.195;
}
