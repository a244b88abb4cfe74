import type { Polygon } from "geojson";
import { area } from "@turf/turf";
import { crossesAntimeridian, densifyLongEdges, maxLongitudeJump, polygonsOf, splitAtAntimeridian, unwrapRing } from "@/geo/antimeridian";

// A 10°×10° square centred on the antimeridian, written as world-atlas writes it: 175 → -175.
const squareAcross: Polygon = {
  type: "Polygon",
  coordinates: [[[175, -5], [-175, -5], [-175, 5], [175, 5], [175, -5]]],
};

describe("splitAtAntimeridian", () => {
  it("cuts a polygon crossing 180° into one part on each side with no long jumps", () => {
    const split = splitAtAntimeridian(squareAcross);
    const parts = polygonsOf(split);
    expect(parts).toHaveLength(2);
    expect(maxLongitudeJump(split)).toBeLessThanOrEqual(180);
    const lons = parts.map((p) => p[0]!.map((pt) => pt[0]!));
    const [east, west] = lons[0]!.some((x) => x > 0) ? [lons[0]!, lons[1]!] : [lons[1]!, lons[0]!];
    expect(Math.min(...east)).toBe(175);
    expect(Math.max(...east)).toBe(180);
    expect(Math.min(...west)).toBe(-180);
    expect(Math.max(...west)).toBe(-175);
  });

  it("keeps the area of the crossing polygon", () => {
    const unwrappedSquare: Polygon = { type: "Polygon", coordinates: [[[175, -5], [185, -5], [185, 5], [175, 5], [175, -5]]] };
    const before = area(unwrappedSquare);
    const after = area(splitAtAntimeridian(squareAcross));
    expect(Math.abs(after - before) / before).toBeLessThan(1e-6);
  });

  it("returns polygons that do not cross unchanged", () => {
    const square: Polygon = { type: "Polygon", coordinates: [[[10, 10], [20, 10], [20, 20], [10, 20], [10, 10]]] };
    expect(splitAtAntimeridian(square)).toBe(square);
  });

  it("closes a ring around the south pole along the pole instead of across the map", () => {
    // Antarctica-like: a coast ring from -180 eastwards all the way to 180.
    const coast: number[][] = [];
    for (let x = -180; x <= 180; x += 30) coast.push([x, -70 - (x % 60 === 0 ? 2 : 0)]);
    coast.push([-180, -70]);
    const ring: Polygon = { type: "Polygon", coordinates: [coast] };
    expect(crossesAntimeridian(ring)).toBe(true);
    const split = splitAtAntimeridian(ring);
    expect(maxLongitudeJump(split)).toBeLessThanOrEqual(180);
    const lats = polygonsOf(split).flatMap((p) => p[0]!.map((pt) => pt[1]!));
    expect(Math.min(...lats)).toBe(-90);
  });
});

describe("unwrapRing", () => {
  it("shifts longitudes so no step is longer than 180°", () => {
    expect(unwrapRing([[179, 0], [-179, 0], [-178, 1]])).toEqual([[179, 0], [181, 0], [182, 1]]);
  });
});

describe("densifyLongEdges", () => {
  it("puts points back on an edge longer than 90° without moving the line", () => {
    expect(densifyLongEdges([[180, -90], [-180, -90]])).toEqual([[180, -90], [90, -90], [0, -90], [-90, -90], [-180, -90]]);
    expect(densifyLongEdges([[0, 0], [10, 0]])).toEqual([[0, 0], [10, 0]]);
  });
});
