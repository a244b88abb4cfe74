// The map's style as plain data: sources, layers and the colour-blind-safe palette.
// The MapLibre wrapper (ui/map/ExplorerMap.tsx) only changes data, filters, layout and feature
// state at run time; everything that looks like something is decided here.
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from "maplibre-gl";
import type { PointOfView } from "./pointOfView.ts";

export type LabelLanguage = "ja" | "en";

export const SOURCE = {
  countries: "countries",
  specialRegions: "special-regions",
  labels: "labels",
  points: "points",
} as const;

export const LAYER = {
  background: "background",
  countriesFill: "countries-fill",
  countriesLine: "countries-line",
  countriesHighlight: "countries-highlight",
  specialRegionsFill: "special-regions-fill",
  specialRegionsLine: "special-regions-line",
  specialRegionsHighlight: "special-regions-highlight",
  points: "points-circle",
  smallPlaceHits: "small-place-hits",
  labels: "labels",
} as const;

/** Layers a pointer or keyboard selection can hit, top-most first. */
export const INTERACTIVE_LAYERS = [LAYER.points, LAYER.smallPlaceHits, LAYER.specialRegionsFill, LAYER.countriesFill] as const;

/** Special regions smaller than this (km²) get an enlarged, invisible hit circle at their label point. */
export const SMALL_PLACE_AREA_KM2 = 20_000;

/**
 * Sequential classes for the choropleth: ColorBrewer YlGnBu (5 classes), listed by ColorBrewer as
 * colour-blind safe; lightness rises monotonically, so it also reads in greyscale.
 */
export const CHOROPLETH_CLASSES = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"] as const;

/** Accents from the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies. */
export const PALETTE = {
  water: "#dde8ee",
  land: "#f2efe9",
  noData: "#e4e1da",
  border: "#8c8c8c",
  hover: "#000000",
  selected: "#d55e00", // Okabe–Ito vermillion
  specialRegion: "#cc79a7", // Okabe–Ito reddish purple
  specialRegionLine: "#7a3b65",
  point: "#0072b2", // Okabe–Ito blue
  pointStroke: "#ffffff",
  label: "#333333",
  /** Outline of the Northern Territories: Japan's territory under Russian administration. */
  japanClaimLine: "#e69f00", // Okabe–Ito orange
  /** Outline of the places of the regional summary in the panel. */
  regionMember: "#0072b2", // Okabe–Ito blue
  /** Outline of a region annexed by Russia (Crimea from 2014). */
  annexedLine: "#000000",
  labelHalo: "rgba(255,255,255,0.85)",
} as const;


/** Deployment colours by framework (Okabe–Ito), and the ring that marks document support. */
export const FRAMEWORK_COLOURS: Readonly<Record<string, string>> = {
  bilateral: "#0072b2",
  csto: "#e69f00",
  peacekeeping_trilateral: "#009e73",
  annexed_territory: "#56b4e9",
  other: "#999999",
};
export const DOCUMENT_MARK_STROKE = "#000000";
/** Stroke colours of the comparison marks on deployment points. */
export const CHANGE_COLOURS = { added: "#009e73", ended: "#999999", changed: "#d55e00" } as const;

/** The view filter: features drawn in both views plus the chosen one. */
export function viewFilter(view: PointOfView): FilterSpecification {
  return ["in", ["get", "view"], ["literal", ["both", view]]];
}

/**
 * Labels of the chosen view whose place is large enough to label at the current zoom; the special
 * regions' labels go when their layer is hidden.
 */
export function labelFilter(view: PointOfView, showSpecialRegions = true): FilterSpecification {
  const kinds = showSpecialRegions ? ["country", "special-region"] : ["country"];
  return [
    "all",
    viewFilter(view),
    ["in", ["get", "kind"], ["literal", kinds]],
    [">=", ["zoom"], ["get", "min_zoom"]],
  ] as FilterSpecification;
}

export function labelTextField(language: LabelLanguage): ExpressionSpecification {
  const [first, second] = language === "ja" ? ["name_ja", "name_en"] : ["name_en", "name_ja"];
  return ["coalesce", ["get", first], ["get", second]];
}

/** Fill colour from the place's `class` feature state (0-4), or the no-data colour. */
const choroplethFill: ExpressionSpecification = [
  "match",
  ["coalesce", ["feature-state", "class"], -1],
  ...CHOROPLETH_CLASSES.flatMap((colour, i) => [i, colour]),
  PALETTE.land,
] as unknown as ExpressionSpecification; // a spread "match" is beyond the expression tuple types

const stateFlag = (name: string): ExpressionSpecification => ["boolean", ["feature-state", name], false];

// "inRegion": a place of the regional summary shown in the panel.
const highlightColour: ExpressionSpecification = [
  "case",
  stateFlag("selected"),
  PALETTE.selected,
  stateFlag("hover"),
  PALETTE.hover,
  stateFlag("inRegion"),
  PALETTE.regionMember,
  PALETTE.hover,
];
const highlightWidth: ExpressionSpecification = [
  "case",
  stateFlag("selected"),
  2.5,
  stateFlag("hover"),
  1.5,
  stateFlag("inRegion"),
  2,
  0,
];

export function mapLayers(view: PointOfView, language: LabelLanguage, fontStack: string): LayerSpecification[] {
  return [
    { id: LAYER.background, type: "background", paint: { "background-color": PALETTE.water } },
    {
      id: LAYER.countriesFill,
      type: "fill",
      source: SOURCE.countries,
      filter: viewFilter(view),
      paint: { "fill-color": choroplethFill, "fill-opacity": ["case", stateFlag("hover"), 0.85, 1] },
    },
    {
      id: LAYER.countriesLine,
      type: "line",
      source: SOURCE.countries,
      filter: viewFilter(view),
      paint: { "line-color": PALETTE.border, "line-width": ["interpolate", ["linear"], ["zoom"], 1, 0.3, 6, 1] },
    },
    {
      id: LAYER.specialRegionsFill,
      type: "fill",
      source: SOURCE.specialRegions,
      paint: {
        "fill-color": ["match", ["coalesce", ["feature-state", "class"], -1], -1, PALETTE.specialRegion, choroplethFill],
        "fill-opacity": ["case", stateFlag("hover"), 0.75, 0.55],
      },
    },
    {
      id: LAYER.specialRegionsLine,
      type: "line",
      source: SOURCE.specialRegions,
      paint: {
        "line-color": [
          "match",
          ["coalesce", ["feature-state", "status"], ""],
          "japan-claim-russian-administration",
          PALETTE.japanClaimLine,
          "annexed-by-russia",
          PALETTE.annexedLine,
          PALETTE.specialRegionLine,
        ],
        "line-width": 1.8,
        "line-dasharray": [2, 1],
      },
    },
    {
      id: LAYER.countriesHighlight,
      type: "line",
      source: SOURCE.countries,
      filter: viewFilter(view),
      paint: { "line-color": highlightColour, "line-width": highlightWidth },
    },
    {
      id: LAYER.specialRegionsHighlight,
      type: "line",
      source: SOURCE.specialRegions,
      paint: { "line-color": highlightColour, "line-width": highlightWidth },
    },
    {
      id: LAYER.smallPlaceHits,
      type: "circle",
      source: SOURCE.labels,
      filter: ["all", ["==", ["get", "kind"], "special-region"], ["<", ["get", "area_km2"], SMALL_PLACE_AREA_KM2]],
      // Invisible but hit-testable: tiny regions stay clickable at world zoom.
      paint: { "circle-radius": 9, "circle-opacity": 0, "circle-stroke-width": 0 },
    },
    {
      id: LAYER.points,
      type: "circle",
      source: SOURCE.points,
      paint: {
        "circle-color": ["match", ["get", "framework"], ...Object.entries(FRAMEWORK_COLOURS).flat(), PALETTE.point],
        // Area grows with personnel (radius with its square root); unknown strength draws small.
        // A point whose `active` state is false (not deployed in the year) has no radius: the year
        // slider hides and shows points through feature state, with no reload of the source.
        "circle-radius": [
          "case",
          ["boolean", ["feature-state", "active"], true],
          [
            "+",
            ["case", stateFlag("hover"), 2, 0],
            ["interpolate", ["linear"], ["sqrt", ["coalesce", ["get", "personnel"], 0]], 0, 4, 30, 7, 100, 14],
          ],
          0,
        ],
        "circle-opacity": ["match", ["coalesce", ["feature-state", "change"], ""], "ended", 0.3, 0.9],
        "circle-stroke-opacity": [
          "case",
          ["boolean", ["feature-state", "active"], true],
          ["match", ["coalesce", ["feature-state", "change"], ""], "ended", 0.5, 1],
          0,
        ],
        "circle-stroke-color": [
          "case",
          stateFlag("selected"),
          PALETTE.selected,
          ["==", ["coalesce", ["feature-state", "change"], ""], "added"],
          CHANGE_COLOURS.added,
          ["==", ["coalesce", ["feature-state", "change"], ""], "changed"],
          CHANGE_COLOURS.changed,
          ["==", ["get", "mark"], "document"],
          DOCUMENT_MARK_STROKE,
          PALETTE.pointStroke,
        ],
        "circle-stroke-width": [
          "case",
          stateFlag("selected"),
          3,
          ["in", ["coalesce", ["feature-state", "change"], ""], ["literal", ["added", "changed"]]],
          3,
          ["==", ["get", "mark"], "document"],
          2.5,
          1.2,
        ],
      } as unknown as NonNullable<Extract<LayerSpecification, { type: "circle" }>["paint"]>, // spread "match" is beyond the tuple types
    },
    {
      id: LAYER.labels,
      type: "symbol",
      source: SOURCE.labels,
      filter: labelFilter(view),
      layout: {
        "text-field": labelTextField(language),
        "text-font": [fontStack],
        "text-size": ["interpolate", ["linear"], ["zoom"], 1, 10, 5, 13],
        "text-max-width": 10,
        // Lower keys are placed first: the special regions, then larger places before smaller ones.
        "symbol-sort-key": ["case", ["==", ["get", "kind"], "special-region"], -1e9, ["-", 0, ["get", "area_km2"]]],
        "text-padding": 3,
      },
      paint: { "text-color": PALETTE.label, "text-halo-color": PALETTE.labelHalo, "text-halo-width": 1.2 },
    },
  ];
}

export type FontFaces = NonNullable<StyleSpecification["font-faces"]>;

/** The whole offline style: no glyph server, sprite or tile URL; sources start empty and get setData. */
export function mapStyle(options: {
  view: PointOfView;
  language: LabelLanguage;
  fontStack: string;
  fontFaces: FontFaces;
}): StyleSpecification {
  const geojson = (): GeoJSONSourceSpecification => ({
    type: "geojson",
    data: { type: "FeatureCollection", features: [] },
    promoteId: "id",
  });
  return {
    version: 8,
    "font-faces": options.fontFaces,
    sources: {
      [SOURCE.countries]: geojson(),
      [SOURCE.specialRegions]: geojson(),
      [SOURCE.labels]: geojson(),
      [SOURCE.points]: geojson(),
    },
    layers: mapLayers(options.view, options.language, options.fontStack),
  };
}
