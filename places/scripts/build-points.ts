// Rebuilds places/catalogue/points.generated.ts: one point (lat, lon) inside each place, for
// markers and fly-to. Countries: the centroid of the largest polygon of the world-atlas
// countries-50m feature when it falls inside that polygon, otherwise turf's pointOnFeature of it.
// Special regions from geo/source/special-regions.geojson the same way; the Northern Territories
// islands from the parts of that region's multipolygon inside each island's bounding box.
// Run: npx tsx places/scripts/build-points.ts
import { readFileSync, writeFileSync } from "node:fs";
import * as turf from "@turf/turf";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { atlasNameOfUnnumberedPlace, pointsNotInAtlas } from "../catalogue/atlas-exceptions";
import { isoNumeric } from "../catalogue/iso";
import { specialRegions } from "../catalogue/special-regions";
import { otherCountryCodes, unMemberCodes, unObserverCodes } from "../catalogue/un-members";

type Area = Feature<Polygon | MultiPolygon>;
const OUTPUT = new URL("../catalogue/points.generated.ts", import.meta.url);
const ROUND = 1e4;

/** Rough bounding boxes [west, south, east, north] of the four islands. */
const ISLAND_BOXES: Readonly<Record<string, readonly [number, number, number, number]>> = {
  etorofu: [146.5, 44.3, 148.95, 45.6],
  kunashiri: [145.3, 43.55, 146.7, 44.6],
  shikotan: [146.55, 43.68, 146.95, 43.95],
  habomai: [145.5, 43.2, 146.55, 43.7],
};

/** A polygon cut by the antimeridian (Fiji, Chukotka) is moved to 0–360° so its area and
 * centroid come out right; the point is wrapped back to ±180° at the end. */
function unwrapped(coordinates: Position[][]): Feature<Polygon> {
  const lons = coordinates.flat().map((p) => p[0] as number);
  if (Math.max(...lons) - Math.min(...lons) <= 180) return turf.polygon(coordinates);
  return turf.polygon(coordinates.map((ring) => ring.map(([lon, lat]) => [(lon as number) < 0 ? (lon as number) + 360 : (lon as number), lat as number])));
}

function polygons(area: Area): Feature<Polygon>[] {
  const geometry = area.geometry;
  const rings = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return rings.map(unwrapped);
}

/** The middle of the widest stretch of the polygon along the parallel through its centroid.
 * (turf's pointOnFeature falls back to a vertex, which lies on the border.) */
function midpointOfWidestCrossing(polygon: Feature<Polygon>, lat: number): [number, number] {
  const xs: number[] = [];
  for (const ring of polygon.geometry.coordinates)
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x1, y1] = ring[i] as [number, number];
      const [x2, y2] = ring[i + 1] as [number, number];
      if (y1 > lat !== y2 > lat) xs.push(x1 + ((lat - y1) / (y2 - y1)) * (x2 - x1));
    }
  xs.sort((a, b) => a - b);
  let best: [number, number] = [xs[0] ?? 0, xs[1] ?? 0];
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const [a, b] = [xs[i] as number, xs[i + 1] as number];
    if (b - a > best[1] - best[0]) best = [a, b];
  }
  return [(best[0] + best[1]) / 2, lat];
}

function pointInside(area: Area): [number, number] {
  const largest = polygons(area).reduce((a, b) => (turf.area(b) > turf.area(a) ? b : a));
  const [cx, cy] = turf.centroid(largest).geometry.coordinates as [number, number];
  const round = (v: number) => Math.round(v * ROUND) / ROUND;
  const rounded = turf.point([round(cx), round(cy)]);
  const [lon, lat] = turf.booleanPointInPolygon(rounded, largest, { ignoreBoundary: true })
    ? [cx, cy]
    : midpointOfWidestCrossing(largest, cy);
  return [round(lat), round(lon > 180 ? lon - 360 : lon)];
}

function islandArea(region: Area, box: readonly [number, number, number, number]): Area {
  const parts = polygons(region).filter((p) => {
    const [lon, lat] = turf.centroid(p).geometry.coordinates as [number, number];
    return lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3];
  });
  if (parts.length === 0) throw new Error(`no polygon inside ${box.join(",")}`);
  return turf.multiPolygon(parts.map((p) => p.geometry.coordinates));
}

function countryPoints(): Record<string, [number, number]> {
  const atlas = JSON.parse(readFileSync(new URL("../../node_modules/world-atlas/countries-50m.json", import.meta.url), "utf8")) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(atlas, atlas.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const byId = new Map(collection.features.filter((f) => f.id !== undefined).map((f) => [String(f.id), f]));
  const byName = new Map(collection.features.map((f) => [f.properties.name, f]));
  const points: Record<string, [number, number]> = {};
  for (const code of [...unMemberCodes, ...unObserverCodes, ...otherCountryCodes]) {
    const id = isoNumeric(code);
    const atlasName = atlasNameOfUnnumberedPlace[code];
    const area = id ? byId.get(id) : atlasName ? byName.get(atlasName) : undefined;
    const manual = pointsNotInAtlas[code];
    if (area) points[code] = pointInside(area);
    else if (manual) points[code] = [manual[0], manual[1]];
    else throw new Error(`no geometry or manual point for ${code}`);
  }
  return points;
}

function regionPoints(): Record<string, [number, number]> {
  const source = JSON.parse(readFileSync(new URL("../../geo/source/special-regions.geojson", import.meta.url), "utf8")) as FeatureCollection<Polygon | MultiPolygon, { id: string }>;
  const byId = new Map(source.features.map((f) => [f.properties.id, f]));
  const points: Record<string, [number, number]> = {};
  for (const region of specialRegions) {
    const box = ISLAND_BOXES[region.code];
    const parent = byId.get(region.parentCode);
    const own = byId.get(region.code);
    if (own) points[region.code] = pointInside(own);
    else if (box && parent) points[region.code] = pointInside(islandArea(parent, box));
    else throw new Error(`no geometry for ${region.code}`);
  }
  return points;
}

function render(points: Record<string, [number, number]>): string {
  const lines = Object.entries(points)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, [lat, lon]]) => `  ${JSON.stringify(code)}: [${lat}, ${lon}],`);
  return [
    "// GENERATED FILE — do not edit. Rebuilt by `npx tsx places/scripts/build-points.ts` from",
    "// world-atlas@2.0.2 countries-50m.json and geo/source/special-regions.geojson.",
    "// One point [lat, lon] inside each place.",
    "export const placePoints: Readonly<Record<string, readonly [number, number]>> = {",
    ...lines,
    "};",
    "",
  ].join("\n");
}

writeFileSync(OUTPUT, render({ ...countryPoints(), ...regionPoints() }));
console.log(`wrote ${OUTPUT.pathname}`);
