import type { MultiPolygon, Polygon } from "geojson";
import { area } from "@turf/turf";
import { polygonsOf, type Areal } from "@/geo/antimeridian";
import { applyTransfers, partsInsideRegion } from "@/geo/pointOfView";

const box = (w: number, s: number, e: number, n: number) => [[[w, s], [e, s], [e, n], [w, n], [w, s]]];

// "Big" owns a mainland and a separate peninsula that touches "Small"; the region is the peninsula.
const big: MultiPolygon = { type: "MultiPolygon", coordinates: [box(10, 0, 20, 10), box(0, 0, 5, 4)] };
const small: Polygon = { type: "Polygon", coordinates: box(0, 4, 9, 10) };
const region: Polygon = { type: "Polygon", coordinates: box(0, 0, 5, 4) };

describe("partsInsideRegion", () => {
  it("sorts whole polygons by whether they lie mostly inside the region", () => {
    const { inside, outside } = partsInsideRegion(big, region);
    expect(inside).toEqual([box(0, 0, 5, 4)]);
    expect(outside).toEqual([box(10, 0, 20, 10)]);
  });
});

describe("applyTransfers", () => {
  const countries = new Map<string, Areal>([["BIG", big], ["SML", small]]);
  const regions = new Map<string, Areal>([["peninsula", region]]);

  it("moves the region's polygons from one country to the other, dissolving their shared border", () => {
    const { changed, methods, problems } = applyTransfers(countries, regions, [{ region: "peninsula", from: "BIG", to: "SML" }]);
    expect(problems).toEqual([]);
    expect(methods.get("peninsula")).toBe("whole-parts");
    expect(polygonsOf(changed.get("BIG")!)).toEqual([box(10, 0, 20, 10)]);
    const grown = changed.get("SML")!;
    expect(polygonsOf(grown)).toHaveLength(1);
    expect(area(grown)).toBeCloseTo(area(small) + area(region), -3);
  });

  it("falls back to cutting the region out when it is not a whole polygon of the giver", () => {
    const onlyMainland = new Map<string, Areal>([["BIG", { type: "Polygon", coordinates: box(0, 0, 20, 10) }], ["SML", small]]);
    const { changed, methods, problems } = applyTransfers(onlyMainland, regions, [{ region: "peninsula", from: "BIG", to: "SML" }]);
    expect(methods.get("peninsula")).toBe("difference");
    expect(problems.map((p) => p.kind)).toEqual(["no-whole-part-inside-region"]);
    expect(area(changed.get("BIG")!)).toBeCloseTo(area({ type: "Polygon", coordinates: box(0, 0, 20, 10) }) - area(region), -3);
  });

  it("reports a missing region or country as a problem and changes nothing", () => {
    const { changed, problems } = applyTransfers(countries, regions, [
      { region: "nowhere", from: "BIG", to: "SML" },
      { region: "peninsula", from: "XXX", to: "SML" },
    ]);
    expect(changed.size).toBe(0);
    expect(problems.map((p) => p.kind)).toEqual(["missing-region", "missing-country"]);
  });
});
