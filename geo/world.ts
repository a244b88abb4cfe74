// The shape of the generated world file (geo/generated/world.topo.json, served as
// /geo/world.topo.json) and its decoding into the GeoJSON layers the map draws.
// Pure and free of Node APIs, so the browser and the tests share it.
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { FeatureView } from "./pointOfView.ts";

export type PlaceKind = "country" | "special-region";

export type CountryProperties = {
  kind: "country";
  id: string;
  iso_a3: string | null;
  /** true for a world-atlas unit with no ISO code (Kosovo, Somaliland, ...): its id is a slug. */
  no_iso: boolean;
  name_en: string;
  name_ja: string;
  view: FeatureView;
};

export type SpecialRegionProperties = {
  kind: "special-region";
  id: string;
  name_en: string;
  name_ja: string;
  /** The country the region belongs to de jure (Japan's position for the Northern Territories). */
  iso_a3: string;
  iso_n3: string;
  administered_by: string;
  status_note: string;
  source: string;
  area_km2: number;
  /** Short names for map labels. */
  label_en: string;
  label_ja: string;
  /** What the outline does and does not cover, where that needs saying (Nagorno-Karabakh). */
  extent_note?: string;
  view: "both";
};

export type LabelProperties = {
  kind: PlaceKind;
  id: string;
  name_en: string;
  name_ja: string;
  view: FeatureView;
  /** Area in km²; larger places win label collisions. */
  area_km2: number;
  /** The zoom from which the label is drawn, so that small places don't crowd the world view. */
  min_zoom: number;
};

export type WorldMeta = {
  generatedBy: string;
  note: string;
  sources: string[];
};

export type WorldObjects = {
  countries: GeometryCollection<CountryProperties>;
  specialRegions: GeometryCollection<SpecialRegionProperties>;
  labels: GeometryCollection<LabelProperties>;
};

export type WorldTopology = Topology<WorldObjects> & { meta: WorldMeta };

export type WorldLayers = {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
  specialRegions: FeatureCollection<Polygon | MultiPolygon, SpecialRegionProperties>;
  labels: FeatureCollection<Point, LabelProperties>;
};

const decoded = new WeakMap<WorldTopology, WorldLayers>();

/** Decodes the topology once per object (memoised) into the three GeoJSON layers. */
export function decodeWorld(topology: WorldTopology): WorldLayers {
  const cached = decoded.get(topology);
  if (cached) return cached;
  const layers: WorldLayers = {
    countries: feature(topology, topology.objects.countries) as WorldLayers["countries"],
    specialRegions: feature(topology, topology.objects.specialRegions) as WorldLayers["specialRegions"],
    labels: feature(topology, topology.objects.labels) as WorldLayers["labels"],
  };
  decoded.set(topology, layers);
  return layers;
}

export type PlaceFeature = Feature<Polygon | MultiPolygon, CountryProperties | SpecialRegionProperties>;
