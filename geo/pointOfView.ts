// The two ways the map can draw contested borders.
//
// - "ground": as held on the ground. World-atlas (Natural Earth) is de facto: Crimea and the
//   Northern Territories are inside Russia.
// - "japan": as Japan sees them. The Northern Territories belong to Japan and Crimea to Ukraine.
//
// Only countries whose outline differs between the views get two features (one per view); all
// others are drawn in both. The breakaway regions (Transnistria, Abkhazia, South Ossetia,
// Nagorno-Karabakh) sit inside their de jure country in both views and are told apart by the
// special-regions layer drawn on top.
import { area, difference, featureCollection, intersect, polygon as turfPolygon, union } from "@turf/turf";
import type { Feature, Position } from "geojson";
import { polygonsOf, type Areal } from "./antimeridian.ts";

export const POINTS_OF_VIEW = ["japan", "ground"] as const;
export type PointOfView = (typeof POINTS_OF_VIEW)[number];
/** Which views a country feature is drawn in. */
export type FeatureView = PointOfView | "both";

export type Transfer = { region: string; from: string; to: string };

/** The regions whose owner differs between the views, as Japan's position has it. */
export const JAPAN_VIEW_TRANSFERS: readonly Transfer[] = [
  { region: "crimea", from: "RUS", to: "UKR" },
  { region: "northern-territories", from: "RUS", to: "JPN" },
];

export type TransferProblem = {
  kind: "no-whole-part-inside-region" | "missing-country" | "missing-region" | "empty-result";
  transfer: Transfer;
};

export type TransferMethod = "whole-parts" | "difference";

/**
 * Splits a geometry's polygons into those that lie mostly (> minShare of their area) inside the
 * region and the rest. World-atlas keeps Crimea and each Kuril island as separate polygons of
 * Russia, so moving whole polygons gives exact shared borders with no slivers.
 */
export function partsInsideRegion(geometry: Areal, region: Areal, minShare = 0.5) {
  const inside: Position[][][] = [];
  const outside: Position[][][] = [];
  const regionFeature: Feature<Areal> = { type: "Feature", properties: {}, geometry: region };
  for (const part of polygonsOf(geometry)) {
    const partFeature = turfPolygon(part);
    const overlap = intersect(featureCollection<Areal>([partFeature, regionFeature]));
    const share = overlap ? area(overlap) / area(partFeature) : 0;
    (share > minShare ? inside : outside).push(part);
  }
  return { inside, outside };
}

function toAreal(parts: Position[][][]): Areal | null {
  if (parts.length === 0) return null;
  return parts.length === 1 ? { type: "Polygon", coordinates: parts[0]! } : { type: "MultiPolygon", coordinates: parts };
}

function merge(a: Areal, b: Areal): Areal | null {
  const merged = union(featureCollection<Areal>([feature(a), feature(b)]));
  return merged ? merged.geometry : null;
}

function feature(geometry: Areal): Feature<Areal> {
  return { type: "Feature", properties: {}, geometry };
}

/**
 * Applies transfers to a map of country geometries (by id) and returns the geometries of the
 * countries that changed. Where the region is not made of whole polygons of the giving country,
 * it falls back to cutting the region out with turf.difference.
 */
export function applyTransfers(
  countries: ReadonlyMap<string, Areal>,
  regions: ReadonlyMap<string, Areal>,
  transfers: readonly Transfer[],
): { changed: Map<string, Areal>; methods: Map<string, TransferMethod>; problems: TransferProblem[] } {
  const changed = new Map<string, Areal>();
  const methods = new Map<string, TransferMethod>();
  const problems: TransferProblem[] = [];
  const current = (id: string) => changed.get(id) ?? countries.get(id);
  for (const transfer of transfers) {
    const from = current(transfer.from);
    const to = current(transfer.to);
    const region = regions.get(transfer.region);
    if (!region) {
      problems.push({ kind: "missing-region", transfer });
      continue;
    }
    if (!from || !to) {
      problems.push({ kind: "missing-country", transfer });
      continue;
    }
    const { inside, outside } = partsInsideRegion(from, region);
    let moved: Areal | null = toAreal(inside);
    let remaining: Areal | null = toAreal(outside);
    let method: TransferMethod = "whole-parts";
    if (!moved) {
      problems.push({ kind: "no-whole-part-inside-region", transfer });
      method = "difference";
      moved = region;
      remaining = difference(featureCollection<Areal>([feature(from), feature(region)]))?.geometry ?? null;
    }
    const received = merge(to, moved);
    if (!remaining || !received) {
      problems.push({ kind: "empty-result", transfer });
      continue;
    }
    changed.set(transfer.from, remaining);
    changed.set(transfer.to, received);
    methods.set(transfer.region, method);
  }
  return { changed, methods, problems };
}

/** A MapLibre filter expression that keeps the features drawn in the given view. */
export function viewFilter(view: PointOfView): ["in", ["get", "view"], ["literal", FeatureView[]]] {
  return ["in", ["get", "view"], ["literal", ["both", view]]];
}

