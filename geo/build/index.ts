// geo:build — builds the map geometry shipped to the browser. Run with `npm run geo:build`.
//
// Inputs: world-atlas@2.0.2 countries-50m.json (Natural Earth 4.1.0 Admin 0, de facto) and
// geo/source/special-regions.geojson (Natural Earth 4.0.0 1:10m breakaway/disputed areas).
// Outputs (all deterministic; rerunning on the same inputs gives identical bytes):
//   geo/generated/world.topo.json  TopoJSON: countries (both points of view), specialRegions, labels
//   geo/generated/places.json      per place: id, kind, view, names, fly-to bounds, label point, area
//   geo/generated/fontFaces.json   the MapLibre `font-faces` entry for the shipped label font files
//   public/geo/world.topo.json     copy of the TopoJSON, served to the browser
//   public/geo/fonts/*.woff2       the Noto Sans JP subsets that cover the label texts
//   public/geo/maplibre-gl-worker.mjs  MapLibre's worker, served from the same origin
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { area, rewind } from "@turf/turf";
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from "geojson";
import { feature as topoFeature } from "topojson-client";
import { topology } from "topojson-server";
import type { GeometryCollection, Topology } from "topojson-specification";
import { crossesAntimeridian, polygonsOf, splitAtAntimeridian, type Areal } from "../antimeridian.ts";
import { flyToBounds } from "../bounds.ts";
import { identifyCountry, type IdProblem } from "../countryIds.ts";
import { facesForTexts, parseFontsourceCss } from "../fontFaces.ts";
import { byteSize, formatSize } from "../geometrySize.ts";
import { labelMinZoom, labelPoint } from "../labelPoint.ts";
import { applyTransfers, JAPAN_VIEW_TRANSFERS, type FeatureView } from "../pointOfView.ts";
import { SPECIAL_REGION_OVERRIDES } from "../specialRegions.ts";
import type { CountryProperties, LabelProperties, SpecialRegionProperties, WorldMeta } from "../world.ts";

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const generatedDir = join(root, "geo/generated");
const publicDir = join(root, "public/geo");
const WORLD_ATLAS_FILE = "world-atlas/countries-50m.json";
/** 1e5 steps over the world's extent: about 400 m in longitude, which 1:50m linework does not beat. */
const QUANTIZATION = 1e5;
const FONT_PACKAGE = "@fontsource/noto-sans-jp";
const FONT_STACK = "Noto Sans JP Regular";
const SPECIAL_REGION_LABEL_MIN_ZOOM = 3;
const GENERATED_BY = "geo/build/index.ts (npm run geo:build)";

type Problem = IdProblem | { kind: string; [key: string]: unknown };

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

function roundedArea(geometry: Areal): number {
  return Math.round(area(geometry) / 1e6);
}

function rewound<G extends Areal>(geometry: G): G {
  return rewind(geometry) as G;
}

function loadCountries(problems: Problem[]) {
  const atlas = readJson<Topology<{ countries: GeometryCollection<{ name: string }> }>>(require.resolve(WORLD_ATLAS_FILE));
  const decoded = topoFeature(atlas, atlas.objects.countries) as FeatureCollection<Areal, { name: string }>;
  const countries: Array<{ props: Omit<CountryProperties, "view">; geometry: Areal }> = [];
  const split: string[] = [];
  for (const f of decoded.features) {
    const { identity, problem } = identifyCountry(f.id ?? undefined, f.properties.name);
    if (problem) problems.push(problem);
    if (crossesAntimeridian(f.geometry)) split.push(identity.id);
    countries.push({
      props: { kind: "country", ...identity, no_iso: identity.iso_a3 === null },
      geometry: rewound(splitAtAntimeridian(f.geometry)),
    });
  }
  return { countries: mergeSameId(countries, problems), split };
}

/**
 * World-atlas has a few units that share their country's ISO numeric id (Ashmore and Cartier Is.
 * under Australia). One id must be one feature, so their polygons join the first feature's.
 */
function mergeSameId<T extends { props: { id: string; name_en: string }; geometry: Areal }>(countries: T[], problems: Problem[]): T[] {
  const byId = new Map<string, T>();
  for (const country of countries) {
    const first = byId.get(country.props.id);
    if (!first) {
      byId.set(country.props.id, country);
      continue;
    }
    problems.push({ kind: "merged-into-same-id", id: country.props.id, merged: country.props.name_en });
    first.geometry = { type: "MultiPolygon", coordinates: [...polygonsOf(first.geometry), ...polygonsOf(country.geometry)] };
  }
  return [...byId.values()];
}

function specialRegionOverride(id: string) {
  const override = SPECIAL_REGION_OVERRIDES[id];
  if (!override) throw new Error(`special region ${id} has no entry in geo/specialRegions.ts`);
  return override;
}

function loadSpecialRegions(): Array<Feature<Areal, SpecialRegionProperties>> {
  const source = readJson<FeatureCollection<Areal, Omit<SpecialRegionProperties, "kind" | "view">>>(
    join(root, "geo/source/special-regions.geojson"),
  );
  return source.features.map((f) => ({
    type: "Feature",
    id: f.properties.id,
    properties: { kind: "special-region", ...f.properties, ...specialRegionOverride(f.properties.id), view: "both" },
    geometry: rewound(splitAtAntimeridian(f.geometry)),
  }));
}

function countryFeatures(countries: ReturnType<typeof loadCountries>["countries"], regions: Map<string, Areal>, problems: Problem[]) {
  const byId = new Map(countries.map((c) => [c.props.id, c.geometry] as const));
  const { changed, methods, problems: transferProblems } = applyTransfers(byId, regions, JAPAN_VIEW_TRANSFERS);
  problems.push(...transferProblems);
  const features: Array<Feature<Areal, CountryProperties>> = [];
  for (const { props, geometry } of countries) {
    const japanGeometry = changed.get(props.id);
    const view: FeatureView = japanGeometry ? "ground" : "both";
    features.push({ type: "Feature", id: props.id, properties: { ...props, view }, geometry });
    if (japanGeometry) {
      features.push({ type: "Feature", id: props.id, properties: { ...props, view: "japan" }, geometry: rewound(japanGeometry) });
    }
  }
  return { features, methods };
}

type PlaceEntry = {
  id: string;
  kind: LabelProperties["kind"];
  view: FeatureView;
  iso_a3: string | null;
  name_en: string;
  name_ja: string;
  bounds: [number, number, number, number] | null;
  label: [number, number] | null;
  area_km2: number;
};

function placeEntry(f: Feature<Areal, CountryProperties | SpecialRegionProperties>): PlaceEntry {
  return {
    id: f.properties.id,
    kind: f.properties.kind,
    view: f.properties.view,
    iso_a3: f.properties.iso_a3,
    name_en: f.properties.name_en,
    name_ja: f.properties.name_ja,
    bounds: flyToBounds(f.geometry),
    label: labelPoint(f.geometry),
    area_km2: roundedArea(f.geometry),
  };
}

function labelFeature(place: PlaceEntry, short?: { label_en: string; label_ja: string }): Feature<Point, LabelProperties> | null {
  if (!place.label) return null;
  return {
    type: "Feature",
    id: place.id,
    properties: {
      kind: place.kind,
      id: place.id,
      name_en: short?.label_en ?? place.name_en,
      name_ja: short?.label_ja ?? place.name_ja,
      view: place.view,
      area_km2: place.area_km2,
      // The special regions are what the explorer is about: labelled from zoom 3 whatever their size
      // (they win collisions, so earlier they would hide the labels of Ukraine, Georgia, ...).
      min_zoom: place.kind === "special-region" ? SPECIAL_REGION_LABEL_MIN_ZOOM : labelMinZoom(place.area_km2),
    },
    geometry: { type: "Point", coordinates: place.label },
  };
}

function buildFonts(labelTexts: string[], problems: Problem[]) {
  const packageDir = dirname(require.resolve(`${FONT_PACKAGE}/package.json`));
  const faces = parseFontsourceCss(readFileSync(join(packageDir, "400.css"), "utf8"));
  const { faces: needed, uncovered } = facesForTexts(faces, labelTexts);
  if (uncovered.length) problems.push({ kind: "characters-without-font", characters: uncovered.join("") });
  const fontDir = join(publicDir, "fonts");
  rmSync(fontDir, { recursive: true, force: true });
  mkdirSync(fontDir, { recursive: true });
  let bytes = 0;
  for (const face of needed) {
    copyFileSync(join(packageDir, "files", face.file), join(fontDir, face.file));
    bytes += readFileSync(join(fontDir, face.file)).byteLength;
  }
  copyFileSync(join(packageDir, "LICENSE"), join(fontDir, "LICENSE-NotoSansJP-OFL.txt"));
  const fontFaces = {
    generatedBy: GENERATED_BY,
    note: "MapLibre style `font-faces` for the label font; files are served from public/geo/fonts/.",
    fontStack: FONT_STACK,
    fontFaces: {
      [FONT_STACK]: needed.map((f) => ({ url: `/geo/fonts/${f.file}`, "unicode-range": f.unicodeRange })),
    },
  };
  return { fontFaces, files: readdirSync(fontDir).length - 1, bytes };
}

function main() {
  const problems: Problem[] = [];
  const { countries, split } = loadCountries(problems);
  const regions = loadSpecialRegions();
  const regionGeometries = new Map(regions.map((r) => [r.properties.id, r.geometry] as const));
  const { features: countryList, methods } = countryFeatures(countries, regionGeometries, problems);

  const places = [...countryList, ...regions].map(placeEntry);
  const shortNames = new Map(regions.map((r) => [r.properties.id, r.properties] as const));
  const labels = places
    .map((p) => labelFeature(p, p.kind === "special-region" ? shortNames.get(p.id) : undefined))
    .filter((f): f is Feature<Point, LabelProperties> => f !== null);

  const meta: WorldMeta = {
    generatedBy: GENERATED_BY,
    note: "GENERATED FILE, do not edit. Rebuild with `npm run geo:build`.",
    sources: [
      "world-atlas@2.0.2 countries-50m.json (Natural Earth 4.1.0 Admin 0 Countries, public domain; package ISC)",
      "geo/source/special-regions.geojson (Natural Earth 4.0.0 1:10m Admin 0 Breakaway/Disputed Areas, public domain)",
    ],
  };
  const topo = topology(
    {
      countries: { type: "FeatureCollection", features: countryList } as FeatureCollection<Polygon | MultiPolygon>,
      specialRegions: { type: "FeatureCollection", features: regions } as FeatureCollection<Polygon | MultiPolygon>,
      labels: { type: "FeatureCollection", features: labels } as FeatureCollection<Point>,
    },
    QUANTIZATION,
  );
  const worldJson = JSON.stringify({ meta, ...topo });
  const placesJson = `${JSON.stringify({ ...meta, places }, null, 1)}\n`;

  const labelTexts = labels.flatMap((l) => [l.properties.name_en, l.properties.name_ja]);
  mkdirSync(generatedDir, { recursive: true });
  mkdirSync(publicDir, { recursive: true });
  const fonts = buildFonts(labelTexts, problems);
  writeFileSync(join(generatedDir, "world.topo.json"), worldJson);
  writeFileSync(join(generatedDir, "places.json"), placesJson);
  writeFileSync(join(generatedDir, "fontFaces.json"), `${JSON.stringify(fonts.fontFaces, null, 1)}\n`);
  writeFileSync(join(publicDir, "world.topo.json"), worldJson);
  copyFileSync(require.resolve("maplibre-gl/dist/maplibre-gl-worker.mjs"), join(publicDir, "maplibre-gl-worker.mjs"));

  const views = countryList.reduce<Record<string, number>>((n, f) => ({ ...n, [f.properties.view]: (n[f.properties.view] ?? 0) + 1 }), {});
  console.log(`countries: ${countryList.length} features (${JSON.stringify(views)}), special regions: ${regions.length}, labels: ${labels.length}`);
  console.log(`split at the antimeridian: ${split.join(", ") || "none"}`);
  console.log(`japan view transfers: ${[...methods].map(([r, m]) => `${r} by ${m}`).join(", ")}`);
  console.log(`world.topo.json  ${formatSize(byteSize(worldJson))}  (budget: 400 KB gzip)`);
  console.log(`places.json      ${formatSize(byteSize(placesJson))}  (not shipped to the browser)`);
  console.log(`fonts            ${fonts.files} woff2 files, ${(fonts.bytes / 1024).toFixed(1)} KB (fetched only for glyphs on screen)`);
  if (problems.length) console.log(`problems:\n${problems.map((p) => `  ${JSON.stringify(p)}`).join("\n")}`);
  if (byteSize(worldJson).gzip > 400 * 1024) {
    console.error("world.topo.json is over the 400 KB gzip budget");
    process.exitCode = 1;
  }
}

main();
