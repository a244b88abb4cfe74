// Checks the committed output of `npm run geo:build` (geo/generated/, public/geo/).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { booleanPointInPolygon, point } from "@turf/turf";
import { maxLongitudeJump, polygonsOf } from "@/geo/antimeridian";
import { byteSize } from "@/geo/geometrySize";
import { SPECIAL_REGION_IDS } from "@/geo/specialRegions";
import { decodeWorld, type WorldTopology } from "@/geo/world";

const root = join(__dirname, "../../..");
const worldText = readFileSync(join(root, "geo/generated/world.topo.json"), "utf8");
const topology = JSON.parse(worldText) as WorldTopology;
const world = decodeWorld(topology);
const places = JSON.parse(readFileSync(join(root, "geo/generated/places.json"), "utf8")) as {
  places: Array<{ id: string; view: string; bounds: number[] | null }>;
};

const countryIn = (id: string, view: "japan" | "ground") =>
  world.countries.features.find((f) => f.properties.id === id && (f.properties.view === view || f.properties.view === "both"));
const contains = (id: string, view: "japan" | "ground", lonLat: [number, number]) =>
  booleanPointInPolygon(point(lonLat), countryIn(id, view)!.geometry);

const SIMFEROPOL: [number, number] = [34.1, 44.95];
const KUNASHIR: [number, number] = [145.85, 44.05];

describe("generated world geometry", () => {
  it("says it is generated and by which script", () => {
    expect(topology.meta.generatedBy).toContain("npm run geo:build");
    expect(topology.meta.note).toMatch(/GENERATED/);
  });

  it("has no ring whose consecutive points jump more than 180° in longitude (antimeridian split)", () => {
    const offenders = [...world.countries.features, ...world.specialRegions.features]
      .filter((f) => maxLongitudeJump(f.geometry) > 180)
      .map((f) => `${f.properties.id}/${f.properties.view}`);
    expect(offenders).toEqual([]);
  });

  it("keeps every coordinate within [-180, 180] × [-90, 90]", () => {
    for (const f of world.countries.features) {
      for (const ring of polygonsOf(f.geometry).flat()) {
        for (const [x = 0, y = 0] of ring) {
          expect(Math.abs(x)).toBeLessThanOrEqual(180);
          expect(Math.abs(y)).toBeLessThanOrEqual(90);
        }
      }
    }
  });

  it("has the six special regions under their slugs, with their properties", () => {
    const ids = world.specialRegions.features.map((f) => f.properties.id).sort();
    expect(ids).toEqual([...SPECIAL_REGION_IDS].sort());
    expect(ids).toEqual(["abkhazia", "crimea", "nagorno-karabakh", "northern-territories", "south-ossetia", "transnistria"]);
    for (const f of world.specialRegions.features) {
      expect(f.properties).toEqual(
        expect.objectContaining({
          name_en: expect.any(String),
          name_ja: expect.any(String),
          iso_a3: expect.stringMatching(/^[A-Z]{3}$/),
          administered_by: expect.any(String),
          status_note: expect.any(String),
          source: expect.stringContaining("Natural Earth"),
          area_km2: expect.any(Number),
        }),
      );
    }
  });

  it("says the Nagorno-Karabakh outline is the area held before 2020, not the former oblast", () => {
    const nk = world.specialRegions.features.find((f) => f.properties.id === "nagorno-karabakh")!;
    expect(nk.properties.name_en).toMatch(/before 2020/);
    expect(nk.properties.extent_note).toMatch(/not the former/);
    expect(nk.properties.area_km2).toBeGreaterThan(10_000);
  });

  it("identifies countries by ISO alpha-3, or by a slug marked as having no ISO code", () => {
    for (const f of world.countries.features) {
      const { id, iso_a3, no_iso } = f.properties;
      if (no_iso) expect({ id, iso_a3 }).toEqual({ id: expect.stringMatching(/^[a-z0-9-]+$/), iso_a3: null });
      else expect(iso_a3).toBe(id);
      if (!no_iso) expect(id).toMatch(/^[A-Z]{3}$/);
    }
    for (const view of ["japan", "ground"] as const) {
      const ids = world.countries.features.filter((f) => f.properties.view === view || f.properties.view === "both").map((f) => f.properties.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(expect.arrayContaining(["RUS", "JPN", "UKR", "KAZ", "UZB", "KGZ", "TJK", "TKM", "GEO", "ARM", "AZE", "MDA"]));
    }
  });

  it("draws Crimea in Russia on the ground and in Ukraine as Japan sees it", () => {
    expect(contains("RUS", "ground", SIMFEROPOL)).toBe(true);
    expect(contains("UKR", "ground", SIMFEROPOL)).toBe(false);
    expect(contains("RUS", "japan", SIMFEROPOL)).toBe(false);
    expect(contains("UKR", "japan", SIMFEROPOL)).toBe(true);
  });

  it("draws the Northern Territories in Russia on the ground and in Japan as Japan sees it", () => {
    expect(contains("RUS", "ground", KUNASHIR)).toBe(true);
    expect(contains("JPN", "ground", KUNASHIR)).toBe(false);
    expect(contains("RUS", "japan", KUNASHIR)).toBe(false);
    expect(contains("JPN", "japan", KUNASHIR)).toBe(true);
  });

  it("has a label point for every place in each view", () => {
    const labelKeys = new Set(world.labels.features.map((f) => `${f.properties.id}/${f.properties.view}`));
    const placeKeys = [...world.countries.features, ...world.specialRegions.features].map((f) => `${f.properties.id}/${f.properties.view}`);
    expect(placeKeys.filter((k) => !labelKeys.has(k))).toEqual([]);
  });

  it("lists the same places with fly-to bounds in places.json", () => {
    const fromTopology = [...world.countries.features, ...world.specialRegions.features].map((f) => `${f.properties.id}/${f.properties.view}`).sort();
    expect(places.places.map((p) => `${p.id}/${p.view}`).sort()).toEqual(fromTopology);
    const russia = places.places.find((p) => p.id === "RUS" && p.view === "ground")!;
    expect(russia.bounds![2]! - russia.bounds![0]!).toBeLessThan(200); // across 180°, not the whole world
  });

  it("ships to the browser exactly what it generated, within the 400 KB gzip budget", () => {
    expect(readFileSync(join(root, "public/geo/world.topo.json"), "utf8")).toBe(worldText);
    expect(byteSize(worldText).gzip).toBeLessThanOrEqual(400 * 1024);
  });

  it("serves every font file the style lists", () => {
    const fonts = JSON.parse(readFileSync(join(root, "geo/generated/fontFaces.json"), "utf8")) as {
      fontStack: string;
      fontFaces: Record<string, Array<{ url: string }>>;
    };
    const files = fonts.fontFaces[fonts.fontStack]!;
    expect(files.length).toBeGreaterThan(0);
    for (const { url } of files) expect(existsSync(join(root, "public", url))).toBe(true);
  });

  it("serves the MapLibre worker of the installed maplibre-gl version", () => {
    const installed = readFileSync(require.resolve("maplibre-gl/dist/maplibre-gl-worker.mjs"));
    expect(readFileSync(join(root, "public/geo/maplibre-gl-worker.mjs")).equals(installed)).toBe(true);
  });
});
