// Where to put a place's label: inside its largest part, near that part's centre of mass.
import { area, booleanPointInPolygon, centerOfMass, pointOnFeature, polygon as turfPolygon } from "@turf/turf";
import type { Position } from "geojson";
import { polygonsOf, type Areal } from "./antimeridian.ts";

export function largestPart(geometry: Areal): Position[][] | undefined {
  let best: Position[][] | undefined;
  let bestArea = -1;
  for (const polygon of polygonsOf(geometry)) {
    const a = area(turfPolygon(polygon));
    if (a > bestArea) {
      bestArea = a;
      best = polygon;
    }
  }
  return best;
}

/** A point inside the geometry's largest part: its centre of mass when that lies inside, else a point on its surface. */
export function labelPoint(geometry: Areal): [number, number] | null {
  const part = largestPart(geometry);
  if (!part) return null;
  const feature = turfPolygon(part);
  const centre = centerOfMass(feature);
  const point = booleanPointInPolygon(centre, feature) ? centre : pointOnFeature(feature);
  const [x = 0, y = 0] = point.geometry.coordinates;
  return [Math.round(x * 1e3) / 1e3, Math.round(y * 1e3) / 1e3];
}

/** Area in km² at which a place's label shows from zoom 0; every zoom level shows places 4× smaller. */
const FULL_WORLD_LABEL_AREA_KM2 = 1.6e6;

/** The zoom from which a place of this area gets a label: Iceland (~100,000 km²) from zoom 2. */
export function labelMinZoom(areaKm2: number): number {
  if (areaKm2 <= 0) return 8;
  return Math.min(8, Math.max(0, Math.ceil(Math.log(FULL_WORLD_LABEL_AREA_KM2 / areaKm2) / Math.log(4))));
}
