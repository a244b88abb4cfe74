// Splits polygons that cross the antimeridian (±180°) into parts on either side of it.
//
// World-atlas stores Russia's Chukotka, Fiji and Antarctica as rings that jump from +180 to -180.
// On a planar (Web Mercator) map those jumps draw a band across the whole world, so every ring
// must stay within [-180, 180] with no edge longer than 180° of longitude.
import { bboxPolygon, featureCollection, intersect, polygon as turfPolygon } from "@turf/turf";
import type { MultiPolygon, Polygon, Position } from "geojson";

export type Areal = Polygon | MultiPolygon;

/** The largest longitude step between consecutive points of any ring of the geometry. */
export function maxLongitudeJump(geometry: Areal): number {
  let max = 0;
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const step = Math.abs(lon(ring[i]) - lon(ring[i - 1]));
        if (step > max) max = step;
      }
    }
  }
  return max;
}

export function crossesAntimeridian(geometry: Areal): boolean {
  return maxLongitudeJump(geometry) > 180;
}

/**
 * Returns the geometry with every polygon that crosses the antimeridian cut into the parts on its
 * two sides. Polygons that don't cross it are returned unchanged (same coordinates).
 */
export function splitAtAntimeridian(geometry: Areal): Areal {
  if (!crossesAntimeridian(geometry)) return geometry;
  const parts: Position[][][] = [];
  for (const polygon of polygonsOf(geometry)) {
    if (!polygon.some(ringCrosses)) parts.push(polygon);
    else parts.push(...splitPolygon(polygon));
  }
  return parts.length === 1 && geometry.type === "Polygon"
    ? { type: "Polygon", coordinates: parts[0]! }
    : { type: "MultiPolygon", coordinates: parts };
}

export function polygonsOf(geometry: Areal): Position[][][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

function lon(p: Position | undefined): number {
  return p?.[0] ?? 0;
}

function ringCrosses(ring: Position[]): boolean {
  for (let i = 1; i < ring.length; i++) if (Math.abs(lon(ring[i]) - lon(ring[i - 1])) > 180) return true;
  return false;
}

/** Makes longitudes continuous: each point is shifted by ±360° to lie within 180° of the previous one. */
export function unwrapRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  let previous: number | undefined;
  for (const point of ring) {
    let x = lon(point);
    if (previous !== undefined) {
      while (x - previous > 180) x -= 360;
      while (previous - x > 180) x += 360;
    }
    out.push([x, point[1] ?? 0]);
    previous = x;
  }
  return out;
}

/**
 * A ring around a pole (Antarctica) does not close once unwrapped: it ends 360° from where it
 * started. It is closed along the pole so that it becomes an ordinary ring in the plane.
 */
function closeAroundPole(ring: Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || Math.abs(lon(first) - lon(last)) < 180) return ring;
  const meanLat = ring.reduce((sum, p) => sum + (p[1] ?? 0), 0) / ring.length;
  const pole = meanLat < 0 ? -90 : 90;
  return [...ring, [lon(last), pole], [lon(first), pole], first];
}

function shiftRing(ring: Position[], dx: number): Position[] {
  return ring.map((p) => [lon(p) + dx, p[1] ?? 0]);
}

function encirclesPole(unwrapped: Position[]): boolean {
  const first = unwrapped[0];
  const last = unwrapped[unwrapped.length - 1];
  return !!first && !!last && Math.abs(lon(first) - lon(last)) >= 180;
}

/** d3-style spherical data draws a ring of width 0.001° around the pole; it has no planar meaning. */
function isPolarCap(ring: Position[]): boolean {
  return ring.every((p) => Math.abs(p[1] ?? 0) > 89.99);
}

function splitPolygon(polygon: Position[][]): Position[][][] {
  const unwrapped = polygon.filter((ring) => !isPolarCap(ring)).map(unwrapRing);
  // A ring around a pole (Antarctica's coast) is an outer ring in the plane, whatever its role on the sphere.
  const planarPolygons: Position[][][] = unwrapped.filter(encirclesPole).map((ring) => [closeAroundPole(ring)]);
  const closed = unwrapped.filter((ring) => !encirclesPole(ring));
  const [outer, ...holes] = closed;
  if (outer) {
    const centre = meanLongitude(outer);
    const alignedHoles = holes.map((hole) => shiftRing(hole, 360 * Math.round((centre - meanLongitude(hole)) / 360)));
    planarPolygons.push([outer, ...alignedHoles]);
  }
  const pieces: Position[][][] = [];
  for (const planar of planarPolygons) pieces.push(...clipToWorld(planar));
  return pieces;
}

function meanLongitude(ring: Position[]): number {
  return ring.reduce((sum, p) => sum + lon(p), 0) / ring.length;
}

/** Cuts an unwrapped polygon into the parts within each 360° window and shifts them into [-180, 180]. */
function clipToWorld(polygon: Position[][]): Position[][][] {
  const unwrapped = turfPolygon(polygon);
  const pieces: Position[][][] = [];
  for (const shift of [-360, 0, 360]) {
    const window = bboxPolygon([-180 - shift, -90, 180 - shift, 90]);
    const clipped = intersect(featureCollection([unwrapped, window]));
    if (!clipped) continue;
    for (const piece of polygonsOf(clipped.geometry)) {
      pieces.push(piece.map((ring) => densifyLongEdges(shiftRing(ring, shift).map(clampLongitude))));
    }
  }
  return pieces;
}

/**
 * Adds points on edges longer than 90° of longitude. The clipper drops collinear points, so the
 * edge along the pole that closes Antarctica comes out as one 360° step; in the plane it is the
 * same line with the points put back, and no edge then looks like a jump across the antimeridian.
 */
export function densifyLongEdges(ring: Position[], maxStep = 90): Position[] {
  const out: Position[] = [];
  ring.forEach((point, i) => {
    const previous = ring[i - 1];
    if (previous) {
      const dx = lon(point) - lon(previous);
      const steps = Math.ceil(Math.abs(dx) / maxStep);
      const dy = (point[1] ?? 0) - (previous[1] ?? 0);
      for (let k = 1; k < steps; k++) out.push([lon(previous) + (dx * k) / steps, (previous[1] ?? 0) + (dy * k) / steps]);
    }
    out.push(point);
  });
  return out;
}

function clampLongitude(p: Position): Position {
  const x = Math.max(-180, Math.min(180, Math.round(lon(p) * 1e9) / 1e9));
  return [x, p[1] ?? 0];
}
