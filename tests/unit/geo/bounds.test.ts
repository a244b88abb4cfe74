import type { MultiPolygon, Polygon } from "geojson";
import { flyToBounds, tightestCover } from "@/geo/bounds";

const box = (w: number, s: number, e: number, n: number) => [[[w, s], [e, s], [e, n], [w, n], [w, s]]];

describe("flyToBounds", () => {
  it("is the plain bbox for a place away from the antimeridian", () => {
    const g: Polygon = { type: "Polygon", coordinates: box(40, 38, 50, 43) };
    expect(flyToBounds(g)).toEqual([40, 38, 50, 43]);
  });

  it("spans the antimeridian for a place split at it instead of the whole world", () => {
    // Fiji-like: islands at 177..180 and -180..-178.
    const g: MultiPolygon = { type: "MultiPolygon", coordinates: [box(177, -19, 180, -16), box(-180, -18, -178, -15)] };
    expect(flyToBounds(g)).toEqual([177, -19, 182, -15]);
  });

  it("returns null for an empty geometry", () => {
    expect(flyToBounds({ type: "MultiPolygon", coordinates: [] })).toBeNull();
  });
});

describe("tightestCover", () => {
  it("takes the complement of the widest gap between intervals", () => {
    expect(tightestCover([[20, 180], [-180, -170]])).toEqual([20, 190]);
    expect(tightestCover([[0, 10], [100, 110]])).toEqual([0, 110]);
  });
});
