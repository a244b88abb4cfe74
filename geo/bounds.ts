// Bounding boxes for fly-to: the tightest longitude interval on the circle, so that a country split
// at the antimeridian (Russia, Fiji) gets a box across 180° instead of one spanning the whole world.
import type { Position } from "geojson";
import { polygonsOf, type Areal } from "./antimeridian.ts";

/** [west, south, east, north]; east may exceed 180 when the box crosses the antimeridian. */
export type FlyToBounds = [number, number, number, number];

export function flyToBounds(geometry: Areal): FlyToBounds | null {
  const intervals: Array<[number, number]> = [];
  let south = Infinity;
  let north = -Infinity;
  for (const polygon of polygonsOf(geometry)) {
    const outer = polygon[0];
    if (!outer || outer.length === 0) continue;
    intervals.push(longitudeInterval(outer));
    for (const p of outer) {
      const y = p[1] ?? 0;
      if (y < south) south = y;
      if (y > north) north = y;
    }
  }
  if (intervals.length === 0) return null;
  const [west, east] = tightestCover(intervals);
  return [round(west), round(south), round(east), round(north)];
}

function longitudeInterval(ring: Position[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const p of ring) {
    const x = p[0] ?? 0;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return [min, max];
}

/**
 * The shortest arc of the circle that covers all intervals: find the widest gap between them
 * (including the gap across ±180) and take its complement.
 */
export function tightestCover(intervals: Array<[number, number]>): [number, number] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [w, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last && w <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([w, e]);
  }
  const first = merged[0]!;
  const last = merged[merged.length - 1]!;
  // The gap that wraps across the antimeridian: from the last interval's east to the first's west.
  let bestGap = first[0] + 360 - last[1];
  let cover: [number, number] = [first[0], last[1]];
  for (let i = 1; i < merged.length; i++) {
    const gap = merged[i]![0] - merged[i - 1]![1];
    if (gap > bestGap) {
      bestGap = gap;
      cover = [merged[i]![0], merged[i - 1]![1] + 360];
    }
  }
  return cover;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
