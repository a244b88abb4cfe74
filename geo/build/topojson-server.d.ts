// topojson-server ships no types; the one function the build uses.
declare module "topojson-server" {
  import type { GeoJsonObject } from "geojson";
  import type { Topology } from "topojson-specification";
  export function topology(objects: Record<string, GeoJsonObject>, quantization?: number): Topology;
}
