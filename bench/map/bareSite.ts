// The bare MapLibre page's site: bench/map/bare/ (the page), MapLibre from node_modules, the
// explorer's label fonts, and in a work folder the same GeoJSON the explorer draws (decoded from
// its world file, and its deployment points), the explorer's style pointing at it, and the steps.
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import fontFacesFile from "../../geo/generated/fontFaces.json";
import { mapStyle, SOURCE, type FontFaces } from "../../geo/layerStyles";
import type { ExplorerData } from "../../explorer/types";
import type { WorldLayers } from "../../geo/world";
import { pointsOf, type StepPlan } from "./scenario";
import { serveStatic, type StaticServer } from "./staticServer";

const FONTS = fontFacesFile as { fontStack: string; fontFaces: FontFaces };

export interface BareSiteOptions {
  workDir: string;
  data: ExplorerData;
  world: WorldLayers;
  plan: StepPlan;
  view: { center: [number, number]; zoom: number };
}

/** The GeoJSON files the bare page draws, by source; their gzipped size is the geometry baseline. */
export const BARE_DATA_FILES: Record<string, string> = {
  [SOURCE.countries]: "data/countries.geojson",
  [SOURCE.specialRegions]: "data/special-regions.geojson",
  [SOURCE.labels]: "data/labels.geojson",
  [SOURCE.points]: "data/points.geojson",
};

export async function serveBareSite(options: BareSiteOptions): Promise<StaticServer> {
  const root = path.join(options.workDir, "map-bare");
  await mkdir(path.join(root, "data"), { recursive: true });
  const contents: Record<string, unknown> = {
    [SOURCE.countries]: options.world.countries,
    [SOURCE.specialRegions]: options.world.specialRegions,
    [SOURCE.labels]: options.world.labels,
    [SOURCE.points]: pointsOf(options.data),
  };
  for (const [source, file] of Object.entries(BARE_DATA_FILES)) await writeFile(path.join(root, file), JSON.stringify(contents[source]));
  const style = mapStyle({ view: "japan", language: "ja", fontStack: FONTS.fontStack, fontFaces: FONTS.fontFaces });
  for (const [source, file] of Object.entries(BARE_DATA_FILES)) {
    const spec = style.sources[source];
    if (spec?.type === "geojson") spec.data = `/${file}`;
  }
  await writeFile(path.join(root, "style.json"), JSON.stringify(style));
  await writeFile(path.join(root, "scenario.json"), JSON.stringify(options.view));
  await writeFile(path.join(root, "steps.json"), JSON.stringify(options.plan));
  for (const file of ["index.html", "page.js"]) await copyFile(path.resolve("bench/map/bare", file), path.join(root, file));
  return serveStatic({
    "/maplibre/": path.resolve("node_modules/maplibre-gl/dist"),
    "/geo/fonts/": path.resolve("public/geo/fonts"),
    "/": root,
  });
}
