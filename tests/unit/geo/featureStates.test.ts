import { diffFeatureStates } from "@/ui/map/featureStates";

describe("diffFeatureStates", () => {
  it("sets only what changed and removes keys that are gone", () => {
    const current = { RUS: { class: 4 }, KAZ: { class: 2 }, GEO: { class: 1, selected: true } };
    const next = { RUS: { class: 4 }, KAZ: { class: 3 }, GEO: { class: 1 }, crimea: { class: 0 } };
    expect(diffFeatureStates(current, next)).toEqual([
      { id: "GEO", remove: ["selected"] },
      { id: "KAZ", set: { class: 3 } },
      { id: "crimea", set: { class: 0 } },
    ]);
  });

  it("removes every key of a place that left the map's data", () => {
    expect(diffFeatureStates({ UZB: { class: 1 } }, {})).toEqual([{ id: "UZB", remove: ["class"] }]);
  });
});
