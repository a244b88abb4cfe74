import type { MultiPolygon } from "geojson";
import { booleanPointInPolygon, point, polygon } from "@turf/turf";
import { labelMinZoom, labelPoint, largestPart } from "@/geo/labelPoint";

describe("labelPoint", () => {
  it("puts the label inside the largest part", () => {
    const big = [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]];
    const small = [[[20, 20], [21, 20], [21, 21], [20, 21], [20, 20]]];
    const g: MultiPolygon = { type: "MultiPolygon", coordinates: [small, big] };
    expect(largestPart(g)).toBe(big);
    const p = labelPoint(g)!;
    expect(booleanPointInPolygon(point(p), polygon(big))).toBe(true);
  });

  it("stays inside a C-shaped part whose centre of mass falls outside it", () => {
    const c = [[[0, 0], [10, 0], [10, 2], [2, 2], [2, 8], [10, 8], [10, 10], [0, 10], [0, 0]]];
    const p = labelPoint({ type: "Polygon", coordinates: c })!;
    expect(booleanPointInPolygon(point(p), polygon(c))).toBe(true);
  });
});

describe("labelMinZoom", () => {
  it("labels large places earlier than small ones", () => {
    expect(labelMinZoom(17_000_000)).toBe(0);
    expect(labelMinZoom(100_000)).toBe(2);
    expect(labelMinZoom(2_000)).toBeGreaterThan(labelMinZoom(100_000));
  });
});
