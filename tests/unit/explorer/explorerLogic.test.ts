import { choroplethClasses, countClass, countsByPlace, categoryCounts } from "@/explorer/choropleth";
import { changeMarks, compareYears } from "@/explorer/deploymentComparison";
import { deploymentPoints } from "@/explorer/deploymentPoints";
import { mapFeatureStates } from "@/explorer/mapState";
import { searchPlaces } from "@/explorer/placeSearch";
import { quoteSpan } from "@/explorer/quoteSpan";
import { regionHolding, regionMembers } from "@/explorer/regions";
import type { ExplorerDeployment, ExplorerPlace } from "@/explorer/types";

const place = (code: string, fields: Partial<ExplorerPlace> = {}): ExplorerPlace => ({
  code, kind: "country", nameEn: code, nameJa: code, parentCode: null, names: [], control: [], ...fields,
});
const places = [
  place("GEO", { nameEn: "Georgia", nameJa: "ジョージア", names: ["グルジア", "Georgia"] }),
  place("ARM", { nameEn: "Armenia", nameJa: "アルメニア" }),
  place("northern-territories", { kind: "special_region", parentCode: "JPN", control: [{ administrator: "RUS", fromYear: 1945, toYear: null, note: "" }] }),
  place("etorofu", { kind: "subregion", parentCode: "northern-territories" }),
  place("nagorno-karabakh", {
    kind: "special_region", parentCode: "AZE", nameJa: "ナゴルノ・カラバフ",
    control: [{ administrator: "self-administered", fromYear: 1991, toYear: 2022, note: "" }, { administrator: "AZE", fromYear: 2023, toYear: null, note: "" }],
  }),
  place("crimea", { kind: "special_region", parentCode: "UKR", control: [{ administrator: "UKR", fromYear: 1991, toYear: 2013, note: "" }, { administrator: "RUS", fromYear: 2014, toYear: null, note: "" }] }),
];
const byCode = new Map(places.map((p) => [p.code, p]));

describe("choropleth", () => {
  const rows = [
    { placeCode: "ARM", year: 2020, category: "conflict", count: 2 },
    { placeCode: "ARM", year: 2020, category: "diplomacy", count: 1 },
    { placeCode: "ARM", year: 2019, category: "conflict", count: 5 },
    { placeCode: "etorofu", year: 2020, category: "territory", count: 1 },
    { placeCode: "northern-territories", year: 2020, category: "territory", count: 2 },
  ];

  it("counts the year only, or every year up to it", () => {
    expect(countsByPlace(rows, { year: 2020, mode: "year", category: null }, byCode).get("ARM")).toBe(3);
    expect(countsByPlace(rows, { year: 2020, mode: "upto", category: null }, byCode).get("ARM")).toBe(8);
  });

  it("filters by category", () => {
    expect(countsByPlace(rows, { year: 2020, mode: "year", category: "conflict" }, byCode).get("ARM")).toBe(2);
  });

  it("counts an island's facts towards its special region", () => {
    expect(countsByPlace(rows, { year: 2020, mode: "year", category: null }, byCode).get("northern-territories")).toBe(3);
  });

  it("classes counts by powers of two and leaves zero unclassed", () => {
    expect([0, 1, 2, 3, 4, 7, 8, 15, 16, 500].map(countClass)).toEqual([null, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(choroplethClasses(new Map([["A", 0], ["B", 9]]))).toEqual({ B: 3 });
  });

  it("orders a place's category counts by size", () => {
    expect([...categoryCounts(rows, ["ARM"], 2020, "year")]).toEqual([["conflict", 2], ["diplomacy", 1]]);
  });
});

describe("special regions and summaries", () => {
  it("says who holds each special region in the year", () => {
    expect(regionHolding(byCode.get("northern-territories")!, 2020).status).toBe("japan-claim-russian-administration");
    expect(regionHolding(byCode.get("nagorno-karabakh")!, 2020).status).toBe("breakaway");
    expect(regionHolding(byCode.get("nagorno-karabakh")!, 2024).status).toBe("held-by-de-jure-state");
    expect(regionHolding(byCode.get("crimea")!, 2010).status).toBe("held-by-de-jure-state");
    expect(regionHolding(byCode.get("crimea")!, 2014).status).toBe("annexed-by-russia");
  });

  it("lists a group's members by year, suspended ones marked and observers left out", () => {
    const memberships = [
      { groupCode: "csto", memberCode: "UZB", fromYear: 2006, toYear: 2011, status: "member" as const },
      { groupCode: "csto", memberCode: "ARM", fromYear: 1994, toYear: 2023, status: "member" as const },
      { groupCode: "csto", memberCode: "ARM", fromYear: 2024, toYear: null, status: "suspended" as const },
      { groupCode: "csto", memberCode: "SRB", fromYear: 2013, toYear: null, status: "observer" as const },
    ];
    expect(regionMembers("csto", 2010, memberships, places)).toEqual([{ code: "ARM", status: "member" }, { code: "UZB", status: "member" }]);
    expect(regionMembers("csto", 2024, memberships, places)).toEqual([{ code: "ARM", status: "suspended" }]);
  });

  it("puts the places Russia administers in the Russia summary", () => {
    expect(regionMembers("russia", 2010, [], places).map((m) => m.code)).toEqual(["RUS", "northern-territories"]);
    expect(regionMembers("russia", 2015, [], places).map((m) => m.code)).toEqual(["RUS", "northern-territories", "crimea"]);
  });
});

describe("deployments", () => {
  const deployment = (slug: string, fields: Partial<ExplorerDeployment>): ExplorerDeployment => ({
    slug, hostCode: "AZE", regionCode: null, locationEn: slug, locationJa: slug, lat: 40, lon: 46, unitOrFacility: "unit",
    framework: "bilateral", startYear: 2000, endYear: null, personnelLow: null, personnelHigh: null, origin: "reference",
    documentSupported: false, note: "", sources: [], ...fields,
  });
  const all = [
    deployment("nk-peacekeepers", { regionCode: "nagorno-karabakh", framework: "peacekeeping_trilateral", startYear: 2020, endYear: 2024 - 1, personnelHigh: 1960 }),
    deployment("blr-iskander", { hostCode: "BLR", lat: 53, lon: 28, startYear: 2023, documentSupported: true }),
    deployment("arm-base", { hostCode: "ARM", lat: 40.8, lon: 43.8, startYear: 1995, personnelHigh: 3000 }),
  ];

  it("finds what was added and what ended between two years", () => {
    const comparison = compareYears(all, 2020, 2024);
    expect(comparison.added.map((d) => d.slug)).toEqual(["blr-iskander"]);
    expect(comparison.ended.map((d) => d.slug)).toEqual(["nk-peacekeepers"]);
    expect(changeMarks(comparison)).toEqual({
      "arm-base": { change: "unchanged" }, "blr-iskander": { change: "added" }, "nk-peacekeepers": { change: "ended" },
    });
  });

  it("marks document-supported points and keeps ongoing ones open-ended", () => {
    const points = deploymentPoints(all);
    const iskander = points.features.find((f) => f.properties.id === "blr-iskander")!;
    expect(iskander.properties).toMatchObject({ mark: "document", endYear: 9999 });
    expect(points.features.find((f) => f.properties.id === "arm-base")!.properties).toMatchObject({ mark: "reference", personnel: 3000 });
  });

  it("shows the points active in the year, or in either year of a comparison, through feature state", () => {
    const parts = { classes: {}, holdings: [], summaryMembers: [], deployments: all, comparison: null, compare: null };
    const in2022 = mapFeatureStates({ ...parts, year: 2022 });
    expect([in2022["nk-peacekeepers"]?.active, in2022["blr-iskander"]?.active, in2022["arm-base"]?.active]).toEqual([true, false, true]);
    expect(mapFeatureStates({ ...parts, year: 2023 })["nk-peacekeepers"]).toEqual({ active: true, change: "ended" });
    const compared = mapFeatureStates({ ...parts, year: 2024, compare: [2020, 2024], comparison: compareYears(all, 2020, 2024) });
    expect(compared["nk-peacekeepers"]).toEqual({ active: true, change: "ended" });
    expect(compared["blr-iskander"]).toEqual({ active: true, change: "added" });
  });

  it("merges the choropleth class, the region status and the summary's places by id", () => {
    const states = mapFeatureStates({
      classes: { ARM: 2 }, holdings: [{ code: "crimea", status: "annexed-by-russia" }], summaryMembers: [{ code: "ARM" }],
      deployments: [], year: 2020, comparison: null, compare: null,
    });
    expect(states).toEqual({ ARM: { class: 2, inRegion: true }, crimea: { status: "annexed-by-russia" } });
  });
});

describe("place search", () => {
  it("finds Georgia by its old Japanese name", () => {
    expect(searchPlaces("グルジア", places)[0]?.place.code).toBe("GEO");
  });

  it("ignores middle dots and case", () => {
    expect(searchPlaces("ナゴルノカラバフ", places)[0]?.place.code).toBe("nagorno-karabakh");
    expect(searchPlaces("armenia", places)[0]?.place.code).toBe("ARM");
  });

  it("returns nothing for an empty query", () => {
    expect(searchPlaces("  ", places)).toEqual([]);
  });
});

describe("quoteSpan", () => {
  it("accepts a span inside the text and refuses the rest", () => {
    expect(quoteSpan(100, "10", "20")).toEqual({ start: 10, end: 20 });
    expect(quoteSpan(100, "20", "10")).toBeNull();
    expect(quoteSpan(100, "10", "101")).toBeNull();
    expect(quoteSpan(100, "-1", "5")).toBeNull();
    expect(quoteSpan(100, undefined, "5")).toBeNull();
  });
});
