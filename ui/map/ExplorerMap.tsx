"use client";
// The one component that owns the MapLibre instance. It is created once on mount and removed on
// unmount; prop changes only call setData / setFilter / setLayoutProperty / feature state.
// Everything it draws is local: /geo/world.topo.json, the label fonts under /geo/fonts/ and
// MapLibre's worker at /geo/maplibre-gl-worker.mjs (all written by `npm run geo:build`).
import "maplibre-gl/dist/maplibre-gl.css";
import { useEffect, useRef, useState } from "react";
import type { FeatureCollection, Point } from "geojson";
import type { FilterSpecification, GeoJSONSource, Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent } from "maplibre-gl";
import fontFacesFile from "@/geo/generated/fontFaces.json";
import { flyToBounds } from "@/geo/bounds";
import { INTERACTIVE_LAYERS, LAYER, SOURCE, labelFilter, labelTextField, mapStyle, viewFilter, type FontFaces, type LabelLanguage } from "@/geo/layerStyles";
import type { PointOfView } from "@/geo/pointOfView";
import { decodeWorld, type WorldLayers, type WorldTopology } from "@/geo/world";
import { diffFeatureStates, type FeatureStateChange, type FeatureStates, type FeatureStateValue } from "./featureStates";
import { MAP_FIRST_RENDER_MARK, MAP_IDLE_EVENT } from "./mapSignals";

export type MapHitKind = "country" | "special-region" | "point";

/** What a click, a hover or the Enter key found: the place's id and names. */
export type MapHit = { id: string; kind: MapHitKind; name_en?: string; name_ja?: string };

/** A point's id and names; other properties (framework, personnel, years) are for styles and filters. */
export type PointProperties = { id: string; name_en?: string; name_ja?: string; [key: string]: unknown };

export type ExplorerMapProps = {
  /** How contested borders are drawn: "japan" (default) or "ground" (as held de facto). */
  pointOfView?: PointOfView;
  /** Label language; Japanese by default, with English where a Japanese name is missing. */
  language?: LabelLanguage;
  /** Choropleth: place id (ISO alpha-3 or special-region slug) → colour class 0..4. */
  classes?: Readonly<Record<string, number>>;
  /** The selected place (country, special region or point id), outlined. */
  selectedId?: string | null;
  /** When this changes to a place id, the map flies to that place. */
  focusId?: string | null;
  /** Extra point features (e.g. deployments), each with a unique `properties.id`. */
  points?: FeatureCollection<Point, PointProperties> | null;
  /** Which points are drawn, as a layer filter (a change reloads the points in the worker; a year step uses the `active` feature state instead). */
  pointFilter?: FilterSpecification | null;
  showPoints?: boolean;
  /** More feature states by id, merged with the classes and the selection (region status, comparison marks; `active: false` hides a point). */
  featureStates?: Readonly<Record<string, Readonly<Record<string, FeatureStateValue>>>>;
  showSpecialRegions?: boolean;
  showLabels?: boolean;
  onFeatureClick?: (hit: MapHit) => void;
  onHover?: (hit: MapHit | null) => void;
  /** Where the geometry and the worker are served; defaults match public/geo/. */
  worldUrl?: string;
  workerUrl?: string;
  initialCenter?: [number, number];
  initialZoom?: number;
  className?: string;
  ariaLabel?: string;
};

const FONT_FILE = fontFacesFile as { fontStack: string; fontFaces: FontFaces };
type HoverTarget = { source: string; id: string } | null;

function hitFrom(feature: MapGeoJSONFeature): MapHit | null {
  const props = (feature.properties ?? {}) as Record<string, unknown>;
  const id = typeof props.id === "string" ? props.id : undefined;
  if (!id) return null;
  const kind: MapHitKind =
    feature.source === SOURCE.points
      ? "point"
      : feature.source === SOURCE.specialRegions || (feature.source === SOURCE.labels && props.kind === "special-region")
        ? "special-region"
        : "country";
  const name = (key: string) => (typeof props[key] === "string" ? (props[key] as string) : undefined);
  return { id, kind, name_en: name("name_en"), name_ja: name("name_ja") };
}

/** A point whose `active` state is false is drawn with no radius; it must not catch clicks either. */
function isHiddenPoint(feature: MapGeoJSONFeature): boolean {
  return feature.source === SOURCE.points && (feature.state as Record<string, unknown> | undefined)?.active === false;
}

function applyStateChange(map: MapLibreMap, sourceIds: ReadonlyMap<string, ReadonlySet<string>>, change: FeatureStateChange) {
  for (const [source, ids] of sourceIds) {
    if (!ids.has(change.id)) continue;
    for (const key of change.remove ?? []) map.removeFeatureState({ source, id: change.id }, key);
    if (change.set) map.setFeatureState({ source, id: change.id }, change.set);
  }
}

export function ExplorerMap({
  pointOfView = "japan",
  language = "ja",
  classes,
  selectedId = null,
  focusId = null,
  points = null,
  pointFilter = null,
  showPoints = true,
  featureStates,
  showSpecialRegions = true,
  showLabels = true,
  onFeatureClick,
  onHover,
  worldUrl = "/geo/world.topo.json",
  workerUrl = "/geo/maplibre-gl-worker.mjs",
  initialCenter = [60, 48],
  initialZoom = 2,
  className,
  ariaLabel = "World map. Arrow keys pan, + and - zoom, Enter selects the place at the centre.",
}: ExplorerMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const layersRef = useRef<WorldLayers | null>(null);
  const [ready, setReady] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Latest callbacks, read by the handlers registered once at mount.
  const onClickRef = useRef(onFeatureClick);
  const onHoverRef = useRef(onHover);
  onClickRef.current = onFeatureClick;
  onHoverRef.current = onHover;
  // Props read once at creation; later changes go through the effects below.
  const initialRef = useRef({ pointOfView, language, initialCenter, initialZoom, worldUrl, workerUrl });
  // The feature states last applied to the current map instance, and which ids each source holds.
  const appliedStates = useRef<FeatureStates>({});
  const sourceIds = useRef(new Map<string, ReadonlySet<string>>());

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let cancelled = false;
    let map: MapLibreMap | null = null;
    let hovered: HoverTarget = null;
    let hoveredId: string | null = null;
    const init = initialRef.current;

    const setHover = (target: HoverTarget) => {
      if (!map || (hovered?.source === target?.source && hovered?.id === target?.id)) return;
      if (hovered) map.setFeatureState(hovered, { hover: false });
      if (target) map.setFeatureState(target, { hover: true });
      hovered = target;
    };
    const topHit = (features: MapGeoJSONFeature[]) => {
      const top = features.find((feature) => !isHiddenPoint(feature));
      return top ? { feature: top, hit: hitFrom(top) } : null;
    };
    const visibleInteractive = () => INTERACTIVE_LAYERS.filter((id) => map?.getLayer(id));

    void (async () => {
      // The world file downloads while MapLibre's code loads and the style is set up.
      const world = fetch(init.worldUrl);
      world.catch(() => undefined); // handled below, after the map exists
      const maplibre = await import("maplibre-gl");
      if (cancelled) return;
      maplibre.setWorkerUrl(init.workerUrl);
      map = new maplibre.Map({
        container,
        style: mapStyle({ view: init.pointOfView, language: init.language, fontStack: FONT_FILE.fontStack, fontFaces: FONT_FILE.fontFaces }),
        center: init.initialCenter,
        zoom: init.initialZoom,
        // Copies of the world render cleanly because geo:build splits polygons at the antimeridian.
        renderWorldCopies: true,
        // Labels appear at once instead of fading in over 300 ms: without a GPU every frame of a
        // fade costs ~80 ms, and the fade kept the first view (and each zoom) busy for 4–5 frames.
        fadeDuration: 0,
        attributionControl: { compact: true, customAttribution: "Natural Earth (public domain) · world-atlas" },
      });
      mapRef.current = map;
      map.addControl(new maplibre.NavigationControl({ showCompass: false }), "top-right");
      map.getCanvas().setAttribute("aria-label", ariaLabel);
      let worldDrawn = false;
      let firstRenderMarked = false;
      map.on("idle", () => {
        if (worldDrawn && !firstRenderMarked) {
          firstRenderMarked = true;
          performance.mark(MAP_FIRST_RENDER_MARK);
        }
        container.dispatchEvent(new Event(MAP_IDLE_EVENT));
      });

      // The view, readable from the page (tests check where a fly ended).
      map.on("moveend", () => {
        container.dataset.zoom = map!.getZoom().toFixed(2);
        container.dataset.center = map!.getCenter().toArray().map((v) => v.toFixed(3)).join(",");
      });
      map.on("mousemove", (e: MapMouseEvent) => {
        const found = topHit(map!.queryRenderedFeatures(e.point, { layers: visibleInteractive() }));
        setHover(found?.hit ? { source: found.feature.source, id: found.hit.id } : null);
        map!.getCanvas().style.cursor = found?.hit ? "pointer" : "";
        const id = found?.hit?.id ?? null;
        if (id === hoveredId) return;
        hoveredId = id;
        onHoverRef.current?.(found?.hit ?? null);
      });
      map.getCanvas().addEventListener("mouseleave", () => {
        setHover(null);
        onHoverRef.current?.(null);
      });
      map.on("click", (e: MapMouseEvent) => {
        const found = topHit(map!.queryRenderedFeatures(e.point, { layers: visibleInteractive() }));
        if (found?.hit) onClickRef.current?.(found.hit);
      });
      // Keyboard: MapLibre pans and zooms with the arrow and +/- keys; Enter picks the place under
      // the centre of the view, so every place is reachable without a pointer.
      map.getCanvas().addEventListener("keydown", (event) => {
        if (event.key !== "Enter" && event.key !== " ") return;
        const centre = map!.project(map!.getCenter());
        const found = topHit(map!.queryRenderedFeatures(centre, { layers: visibleInteractive() }));
        if (found?.hit) {
          event.preventDefault();
          onClickRef.current?.(found.hit);
        }
      });

      try {
        const [response] = await Promise.all([world, map.once("load")]);
        if (!response.ok) throw new Error(`${init.worldUrl}: HTTP ${response.status}`);
        const layers = decodeWorld((await response.json()) as WorldTopology);
        if (cancelled) return;
        layersRef.current = layers;
        (map.getSource(SOURCE.countries) as GeoJSONSource).setData(layers.countries);
        (map.getSource(SOURCE.specialRegions) as GeoJSONSource).setData(layers.specialRegions);
        (map.getSource(SOURCE.labels) as GeoJSONSource).setData(layers.labels);
        sourceIds.current.set(SOURCE.countries, new Set(layers.countries.features.map((f) => f.properties.id)));
        sourceIds.current.set(SOURCE.specialRegions, new Set(layers.specialRegions.features.map((f) => f.properties.id)));
        worldDrawn = true;
        setReady(true);
      } catch (error) {
        if (!cancelled) setLoadError(error instanceof Error ? error.message : String(error));
      }
    })();

    return () => {
      cancelled = true;
      map?.remove();
      mapRef.current = null;
      layersRef.current = null;
      appliedStates.current = {};
      sourceIds.current = new Map();
      setReady(false);
    };
    // The map is created once; ariaLabel is applied at creation only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    for (const layer of [LAYER.countriesFill, LAYER.countriesLine, LAYER.countriesHighlight]) {
      map.setFilter(layer, viewFilter(pointOfView));
    }
    map.setFilter(LAYER.labels, labelFilter(pointOfView, showSpecialRegions));
  }, [ready, pointOfView, showSpecialRegions]);

  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    map.setLayoutProperty(LAYER.labels, "text-field", labelTextField(language));
  }, [ready, language]);

  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    const visibility = (shown: boolean) => (shown ? "visible" : "none");
    for (const layer of [LAYER.specialRegionsFill, LAYER.specialRegionsLine, LAYER.specialRegionsHighlight, LAYER.smallPlaceHits]) {
      map.setLayoutProperty(layer, "visibility", visibility(showSpecialRegions));
    }
    map.setLayoutProperty(LAYER.labels, "visibility", visibility(showLabels));
    map.setLayoutProperty(LAYER.points, "visibility", visibility(showPoints));
  }, [ready, showSpecialRegions, showLabels, showPoints]);

  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    map.setFilter(LAYER.points, pointFilter);
  }, [ready, pointFilter]);

  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    const data = points ?? { type: "FeatureCollection", features: [] };
    (map.getSource(SOURCE.points) as GeoJSONSource).setData(data);
    sourceIds.current.set(SOURCE.points, new Set(data.features.map((f) => f.properties.id)));
    // New points start from no state; the states already wanted for their ids are applied again.
    map.removeFeatureState({ source: SOURCE.points });
    for (const [id, set] of Object.entries(appliedStates.current)) {
      if (sourceIds.current.get(SOURCE.points)?.has(id)) map.setFeatureState({ source: SOURCE.points, id }, set);
    }
  }, [ready, points]);

  // Choropleth classes, the selection and the other states live in feature state, keyed by id, on
  // the sources that hold that id: a year step touches only the ids whose states changed.
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    const next: Record<string, Record<string, FeatureStateValue>> = {};
    for (const [id, states] of Object.entries(featureStates ?? {})) next[id] = { ...states };
    for (const [id, value] of Object.entries(classes ?? {})) next[id] = { ...next[id], class: value };
    if (selectedId) next[selectedId] = { ...next[selectedId], selected: true };
    for (const change of diffFeatureStates(appliedStates.current, next)) applyStateChange(map, sourceIds.current, change);
    appliedStates.current = next;
  }, [ready, classes, selectedId, featureStates]);

  useEffect(() => {
    const map = mapRef.current;
    const layers = layersRef.current;
    if (!ready || !map || !layers || !focusId) return;
    const target =
      layers.specialRegions.features.find((f) => f.properties.id === focusId) ??
      layers.countries.features.find((f) => f.properties.id === focusId && f.properties.view !== (pointOfView === "japan" ? "ground" : "japan"));
    const bounds = target ? flyToBounds(target.geometry) : null;
    if (bounds) map.fitBounds([[bounds[0], bounds[1]], [bounds[2], bounds[3]]], { padding: 40, maxZoom: 6 });
    // Flying is triggered by a new focus id only, not by a change of view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, focusId]);

  return (
    <div className={className} style={{ position: "relative", width: "100%", height: "100%", minHeight: 320 }}>
      <div ref={containerRef} style={{ position: "absolute", inset: 0 }} data-testid="explorer-map" data-ready={ready ? "true" : "false"} />
      {loadError ? (
        <p role="alert" style={{ position: "absolute", top: 8, left: 8, margin: 0, background: "#fff", padding: "4px 8px" }}>
          The map could not load: {loadError}
        </p>
      ) : null}
    </div>
  );
}
