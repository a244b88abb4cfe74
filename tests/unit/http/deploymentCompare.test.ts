import { compareDeployments, deploymentSeriesKey } from "@/db/deployments";

type Row = Parameters<typeof deploymentSeriesKey>[0] & {
  slug: string;
  unitOrFacility: string;
  framework: "bilateral" | "csto" | "peacekeeping_trilateral" | "annexed_territory" | "other";
  personnelLow: number | null;
  personnelHigh: number | null;
};

function row(slug: string, fields: Partial<Row> = {}): Row {
  return {
    slug,
    hostCode: "UKR",
    regionCode: "crimea",
    lat: 44.608,
    lon: 33.5213,
    unitOrFacility: "Russian forces in occupied Crimea",
    framework: "annexed_territory",
    personnelLow: 16000,
    personnelHigh: 16000,
    ...fields,
  };
}

describe("deploymentSeriesKey", () => {
  it("is shared by per-period rows at the same point and differs for another point or region", () => {
    const a = row("ukr-crimea-2014-2015");
    const b = row("ukr-crimea-2016-2018", { unitOrFacility: "something else" });
    expect(deploymentSeriesKey(a)).toBe(deploymentSeriesKey(b));
    expect(deploymentSeriesKey(row("x", { lat: 44.7 }))).not.toBe(deploymentSeriesKey(a));
    expect(deploymentSeriesKey(row("x", { regionCode: null }))).not.toBe(deploymentSeriesKey(a));
    expect(deploymentSeriesKey(row("x", { hostCode: "RUS" }))).not.toBe(deploymentSeriesKey(a));
  });
});

describe("compareDeployments", () => {
  it("pairs per-period rows of one series as a change, listing what changed", () => {
    const before = [row("ukr-crimea-2014-2015", { personnelLow: 16000, personnelHigh: 16000 })];
    const after = [row("ukr-crimea-2016-2018", { personnelLow: 24000, personnelHigh: 24000 })];
    const result = compareDeployments(before, after);
    expect(result.added).toEqual([]);
    expect(result.ended).toEqual([]);
    expect(result.changed).toHaveLength(1);
    expect(result.changed[0]?.changes.map((c) => c.field)).toEqual(["slug", "personnelLow", "personnelHigh"]);
  });

  it("reports a framework change on the same slug", () => {
    const result = compareDeployments([row("a", { framework: "bilateral" })], [row("a", { framework: "other" })]);
    expect(result.changed[0]?.changes).toEqual([{ field: "framework", from: "bilateral", to: "other" }]);
  });

  it("keeps identical rows out of added, ended and changed", () => {
    const result = compareDeployments([row("a")], [row("a")]);
    expect(result).toMatchObject({ added: [], ended: [], changed: [] });
    expect(result.unchanged.map((r) => r.slug)).toEqual(["a"]);
  });

  it("lists rows only in the later year as added and only in the earlier as ended", () => {
    const gyumri = row("arm-102nd-base-gyumri", { hostCode: "ARM", regionCode: null, lat: 40.79, lon: 43.8257 });
    const gabala = row("aze-gabala-radar", { hostCode: "AZE", regionCode: null, lat: 40.9814, lon: 47.8458 });
    const karabakh = row("aze-nk-peacekeepers-2020-2024", { hostCode: "AZE", regionCode: "nagorno-karabakh", lat: 39.8177, lon: 46.7528 });
    const result = compareDeployments([gyumri, gabala], [gyumri, karabakh]);
    expect(result.added.map((r) => r.slug)).toEqual(["aze-nk-peacekeepers-2020-2024"]);
    expect(result.ended.map((r) => r.slug)).toEqual(["aze-gabala-radar"]);
    expect(result.changed).toEqual([]);
  });

  it("prefers a slug match over a series match", () => {
    const result = compareDeployments([row("a"), row("b")], [row("b"), row("c")]);
    expect(result.unchanged.map((r) => r.slug)).toEqual(["b"]);
    expect(result.changed.map((c) => [c.from.slug, c.to.slug])).toEqual([["a", "c"]]);
  });
});
