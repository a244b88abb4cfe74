// The map bench's plan: which years it steps through, and the feature-state changes the bare
// MapLibre page applies for each step (the explorer's, routed to the sources holding each id).
import { planSteps, stepYears } from "@/bench/map/scenario";
import type { ExplorerData, ExplorerDeployment } from "@/explorer/types";
import type { WorldLayers } from "@/geo/world";

const deployment = (slug: string, startYear: number, endYear: number | null): ExplorerDeployment => ({
  slug, hostCode: "ARM", regionCode: null, locationEn: slug, locationJa: slug, lat: 40, lon: 44, unitOrFacility: "unit",
  framework: "bilateral", startYear, endYear, personnelLow: null, personnelHigh: null, origin: "reference",
  documentSupported: false, note: "", sources: [],
});

const data: ExplorerData = {
  places: [{ code: "ARM", kind: "country", nameEn: "Armenia", nameJa: "アルメニア", parentCode: null, names: [], control: [] }],
  counts: [{ placeCode: "ARM", year: 2000, category: "diplomacy", count: 1 }, { placeCode: "ARM", year: 2001, category: "diplomacy", count: 5 }],
  deployments: [deployment("base", 2001, null)],
  memberships: [],
  categories: [],
  years: { first: 2000, last: 2001, withData: [2000, 2001] },
  timelines: {},
};
const world = {
  countries: { type: "FeatureCollection", features: [{ type: "Feature", geometry: { type: "Polygon", coordinates: [] }, properties: { id: "ARM" } }] },
  specialRegions: { type: "FeatureCollection", features: [] },
  labels: { type: "FeatureCollection", features: [] },
} as unknown as WorldLayers;

describe("the map bench's steps", () => {
  it("walks the years with data forwards, then back, and so on", () => {
    expect(stepYears([1, 2, 3], 5)).toEqual([1, 2, 3, 2, 1, 2]);
    expect(() => stepYears([1], 3)).toThrow(/fewer than two years/);
  });

  it("sends each changed state to the source that holds the id, as the explorer does", () => {
    const plan = planSteps(data, world, [2000, 2001, 2000]);
    expect(plan.initial.featureStates).toEqual([
      { id: "ARM", set: { class: 0 }, sources: ["countries"] },
      { id: "base", set: { active: false }, sources: ["points"] },
    ]);
    expect(plan.steps.map((step) => step.featureStates)).toEqual([
      [{ id: "ARM", set: { class: 2 }, sources: ["countries"] }, { id: "base", set: { active: true }, sources: ["points"] }],
      [{ id: "ARM", set: { class: 0 }, sources: ["countries"] }, { id: "base", set: { active: false }, sources: ["points"] }],
    ]);
  });
});
