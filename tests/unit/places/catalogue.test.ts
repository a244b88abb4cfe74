import { readFileSync } from "node:fs";
import * as turf from "@turf/turf";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlasJson from "world-atlas/countries-50m.json";
import { controlIn, groupMemberships, membersOf, placeCatalogue, placeControl } from "@/places/catalogue";
import { atlasNameOfUnnumberedPlace, atlasTerritoryIds, atlasUnnamedFeatures, pointsNotInAtlas } from "@/places/catalogue/atlas-exceptions";

const atlas = atlasJson as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const atlasFeatures = (feature(atlas, atlas.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features;
const places = placeCatalogue();
const byCode = new Map(places.map((p) => [p.code, p]));

function place(code: string) {
  const p = byCode.get(code);
  if (!p) throw new Error(`no place ${code}`);
  return p;
}

describe("place catalogue", () => {
  it("has unique codes, ISO codes and world-atlas ids", () => {
    const unique = (values: (string | null)[]) => {
      const present = values.filter((v): v is string => v !== null);
      return new Set(present).size === present.length;
    };
    expect(unique(places.map((p) => p.code))).toBe(true);
    expect(unique(places.map((p) => p.isoA3))).toBe(true);
    expect(unique(places.map((p) => p.isoN3))).toBe(true);
  });

  it("lists the 193 UN members, the two observers, Taiwan and Kosovo as countries", () => {
    const countries = places.filter((p) => p.kind === "country");
    expect(countries).toHaveLength(197);
    for (const code of ["VAT", "PSE", "TWN", "XKX", "RUS", "JPN", "SSD", "TUV"]) expect(place(code).kind).toBe("country");
    expect(place("XKX").isoN3).toBeNull();
  });

  it("gives every parent code an existing place, and special regions a country as parent", () => {
    for (const p of places) if (p.parentCode) expect(byCode.has(p.parentCode)).toBe(true);
    for (const p of places.filter((x) => x.kind === "special_region")) expect(place(p.parentCode ?? "").kind).toBe("country");
    for (const p of places.filter((x) => x.kind === "subregion")) expect(p.parentCode).toBe("northern-territories");
    expect(place("nagorno-karabakh").parentCode).toBe("AZE");
    expect(place("crimea").parentCode).toBe("UKR");
  });

  it("maps every world-atlas 50m feature to a place or a listed exception", () => {
    const byIsoN3 = new Map(places.filter((p) => p.isoN3).map((p) => [p.isoN3, p.code]));
    const unmapped = atlasFeatures.filter((f) => {
      if (f.id === undefined)
        return !(f.properties.name in atlasUnnamedFeatures) && !Object.values(atlasNameOfUnnumberedPlace).includes(f.properties.name);
      return !byIsoN3.has(String(f.id)) && !(String(f.id) in atlasTerritoryIds);
    });
    expect(unmapped.map((f) => f.id ?? f.properties.name)).toEqual([]);
  });

  it("uses world-atlas's zero-padded three-digit ids", () => {
    const atlasIds = new Set(atlasFeatures.map((f) => f.id).filter((id) => id !== undefined).map(String));
    for (const p of places.filter((x) => x.isoN3)) {
      expect(p.isoN3).toMatch(/^\d{3}$/);
      if (!(p.code in pointsNotInAtlas)) expect(atlasIds.has(p.isoN3 ?? "")).toBe(true);
    }
    expect(place("AFG").isoN3).toBe("004");
  });

  it("puts each country's generated point inside its world-atlas shape", () => {
    const byId = new Map(atlasFeatures.map((f) => [f.id === undefined ? f.properties.name : String(f.id), f]));
    const outside: string[] = [];
    for (const p of places.filter((x) => x.kind === "country")) {
      expect(p.lat).not.toBeNull();
      const shape = byId.get(p.isoN3 ?? atlasNameOfUnnumberedPlace[p.code] ?? "");
      if (!shape) continue;
      if (!turf.booleanPointInPolygon(turf.point([p.lon ?? 0, p.lat ?? 0]), shape)) outside.push(p.code);
    }
    expect(outside).toEqual([]);
  });

  it("puts each special region's point inside its polygon, and the islands inside the Northern Territories", () => {
    const regions = JSON.parse(readFileSync("geo/source/special-regions.geojson", "utf8")) as FeatureCollection<Polygon | MultiPolygon, { id: string }>;
    const shapes = new Map(regions.features.map((f) => [f.properties.id, f]));
    for (const p of places.filter((x) => x.kind === "special_region" || x.kind === "subregion")) {
      const shape = shapes.get(p.kind === "subregion" ? (p.parentCode ?? "") : p.code);
      if (!shape) throw new Error(`no polygon for ${p.code}`);
      expect(turf.booleanPointInPolygon(turf.point([p.lon ?? 0, p.lat ?? 0]), shape)).toBe(true);
    }
    expect(place("etorofu").lat).toBeGreaterThan(place("kunashiri").lat ?? 0);
  });

  it("marks the points file as generated", () => {
    expect(readFileSync("places/catalogue/points.generated.ts", "utf8")).toMatch(/^\/\/ GENERATED FILE.*build-points\.ts/);
  });

  it("uses the Foreign Ministry's Japanese names and keeps historical ones", () => {
    const names = (code: string, variant: string) => place(code).names.filter((n) => n.variant === variant).map((n) => n.name);
    expect(place("GEO").nameJa).toBe("ジョージア");
    expect(names("GEO", "historical")).toContain("グルジア");
    expect(place("KGZ").nameJa).toBe("キルギス");
    expect(names("KGZ", "historical")).toContain("キルギスタン");
    expect(place("USA").nameJa).toBe("米国");
    expect(place("GBR").nameJa).toBe("英国");
    expect(place("KOR").nameJa).toBe("韓国");
    expect(place("PRK").nameJa).toBe("北朝鮮");
    expect(place("CHN").nameJa).toBe("中国");
    expect(place("MDA").names.map((n) => n.name)).toEqual(expect.arrayContaining(["モルドバ", "モルドヴァ"]));
    expect(names("BLR", "historical")).toContain("白ロシア");
    expect(names("RUS", "historical")).toEqual(expect.arrayContaining(["ソ連", "ソビエト連邦"]));
    expect(names("RUS", "abbreviation")).toContain("露");
    expect(names("RUS", "city")).toContain("モスクワ");
    expect(place("northern-territories").names.map((n) => n.name)).toEqual(expect.arrayContaining(["北方領土", "北方四島"]));
  });

  it("lists each name once per place, in one of the two languages", () => {
    for (const p of places) {
      expect(new Set(p.names.map((n) => n.name)).size).toBe(p.names.length);
      for (const n of p.names) expect(["ja", "en"]).toContain(n.lang);
      expect(p.names.filter((n) => n.variant === "official" && n.lang === "ja")).toHaveLength(1);
    }
  });
});

describe("group memberships", () => {
  const memberships = groupMemberships();
  const codes = (group: string, year: number, status = "member") =>
    membersOf(group, year)
      .filter((m) => m.status === status)
      .map((m) => m.code)
      .sort();

  it("refer to groups and existing places, with years in order", () => {
    for (const m of memberships) {
      expect(place(m.groupCode).kind).toBe("group");
      expect(byCode.has(m.memberCode)).toBe(true);
      if (m.toYear !== null) expect(m.toYear).toBeGreaterThanOrEqual(m.fromYear);
    }
  });

  it("never give one member two rows in the same year of the same group", () => {
    const overlaps = memberships.filter((a, i) =>
      memberships.some(
        (b, j) =>
          i < j &&
          a.groupCode === b.groupCode &&
          a.memberCode === b.memberCode &&
          a.fromYear <= (b.toYear ?? Infinity) &&
          b.fromYear <= (a.toYear ?? Infinity),
      ),
    );
    expect(overlaps).toEqual([]);
  });

  it("follows the CSTO's changes: Uzbekistan in and out, Armenia suspended from 2024", () => {
    expect(codes("csto", 1995)).toEqual(["ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "RUS", "TJK", "UZB"]);
    expect(codes("csto", 2000)).toEqual(["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"]);
    expect(codes("csto", 2008)).toContain("UZB");
    expect(codes("csto", 2013)).not.toContain("UZB");
    expect(codes("csto", 2024)).not.toContain("ARM");
    expect(codes("csto", 2024, "suspended")).toEqual(["ARM"]);
  });

  it("follows NATO and EU enlargement and Brexit", () => {
    expect(codes("nato", 2022)).not.toContain("FIN");
    expect(codes("nato", 2023)).toContain("FIN");
    expect(codes("nato", 2023)).not.toContain("SWE");
    expect(codes("nato", 2024)).toHaveLength(32);
    expect(codes("eu", 2019)).toContain("GBR");
    expect(codes("eu", 2020)).not.toContain("GBR");
    expect(codes("eu", 2020)).toHaveLength(27);
  });

  it("suspends Russia from the G8 in 2014 and keeps Georgia out of the CIS from 2009", () => {
    expect(codes("g8", 2013)).toHaveLength(8);
    expect(codes("g8", 2014, "suspended")).toEqual(["RUS"]);
    expect(codes("cis", 2008)).toContain("GEO");
    expect(codes("cis", 2009)).not.toContain("GEO");
  });

  it("grows the SCO with India and Pakistan (2017), Iran (2023) and Belarus (2024)", () => {
    expect(codes("sco", 2016)).toEqual(["CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"]);
    expect(codes("sco", 2017)).toEqual(expect.arrayContaining(["IND", "PAK"]));
    expect(codes("sco", 2022)).not.toContain("IRN");
    expect(codes("sco", 2023)).toContain("IRN");
    expect(codes("sco", 2024)).toContain("BLR");
  });

  it("defines the three regions by their states", () => {
    expect(codes("central-asia", 2020)).toEqual(["KAZ", "KGZ", "TJK", "TKM", "UZB"]);
    expect(codes("caucasus", 2020)).toEqual(["ARM", "AZE", "GEO"]);
    expect(codes("eastern-europe", 2020)).toEqual(["BLR", "MDA", "UKR"]);
    expect(codes("eaeu", 2014)).toEqual([]);
    expect(codes("eaeu", 2015)).toEqual(["ARM", "BLR", "KAZ", "KGZ", "RUS"]);
  });
});

describe("place control", () => {
  it("covers each special region with rows that do not overlap", () => {
    const rows = placeControl();
    for (const region of places.filter((p) => p.kind === "special_region")) {
      const own = rows.filter((r) => r.placeCode === region.code).sort((a, b) => a.fromYear - b.fromYear);
      expect(own.length).toBeGreaterThan(0);
      own.slice(1).forEach((r, i) => expect(r.fromYear).toBe((own[i]?.toYear ?? Infinity) + 1));
    }
    for (const r of rows) if (/^[A-Z]{3}$/.test(r.administrator)) expect(byCode.has(r.administrator)).toBe(true);
  });

  it("says who holds Crimea, Nagorno-Karabakh and the Northern Territories by year", () => {
    expect(controlIn("crimea", 2013)?.administrator).toBe("UKR");
    expect(controlIn("crimea", 2014)?.administrator).toBe("RUS");
    expect(controlIn("northern-territories", 1945)?.administrator).toBe("RUS");
    expect(controlIn("northern-territories", 1944)).toBeUndefined();
    expect(controlIn("nagorno-karabakh", 2020)?.administrator).toMatch(/Artsakh/);
    expect(controlIn("nagorno-karabakh", 2023)?.administrator).toBe("AZE");
    expect(controlIn("transnistria", 2020)?.note).toMatch(/Russian forces/);
  });
});
