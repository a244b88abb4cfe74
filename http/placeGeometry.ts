// Place outlines for GET /api/places/{code}?geometry=1, cut from the generated world file
// (geo/generated/world.topo.json, built by `npm run geo:build`). The file is read and decoded
// once per process. Countries whose outline depends on the point of view (RUS, JPN, UKR) have one
// feature per view; both are returned, told apart by properties.view.
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { decodeWorld, type WorldTopology } from "@/geo/world";

export const WORLD_FILE = path.resolve(process.cwd(), "geo/generated/world.topo.json");

let outlines: Promise<Map<string, Feature<Polygon | MultiPolygon>[]>> | undefined;

async function loadOutlines(file: string): Promise<Map<string, Feature<Polygon | MultiPolygon>[]>> {
  const topology = JSON.parse(await readFile(file, "utf8")) as WorldTopology;
  const layers = decodeWorld(topology);
  const byId = new Map<string, Feature<Polygon | MultiPolygon>[]>();
  for (const feature of [...layers.countries.features, ...layers.specialRegions.features]) {
    const id = feature.properties.id;
    byId.set(id, [...(byId.get(id) ?? []), feature]);
  }
  return byId;
}

/** The place's outline features, or null when the world file has none (groups, subregions). */
export async function placeGeometry(code: string): Promise<FeatureCollection<Polygon | MultiPolygon> | null> {
  outlines ??= loadOutlines(WORLD_FILE).catch((error: unknown) => {
    outlines = undefined;
    throw error;
  });
  const features = (await outlines).get(code);
  return features ? { type: "FeatureCollection", features } : null;
}
