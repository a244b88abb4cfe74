// The bare MapLibre page: the explorer's style with the same GeoJSON, the first render marked and
// each idle frame signalled as ui/map/ExplorerMap.tsx does, and `bareMap.step(i)`, which applies
// the precomputed map changes of one year step (the explorer's feature states, per source), so
// the bench can time MapLibre's own share of a step.
import * as maplibregl from "/maplibre/maplibre-gl.mjs";

const FIRST_RENDER_MARK = "explorer-map:first-render";
const IDLE_EVENT = "explorer-map:idle";

const params = new URLSearchParams(location.search);
const container = document.getElementById("map");
// The same size as the explorer's map, when the bench gives it.
if (params.has("width")) Object.assign(container.style, { right: "auto", bottom: "auto", width: `${params.get("width")}px`, height: `${params.get("height")}px` });

const [view, style, plan] = await Promise.all(["/scenario.json", "/style.json", "/steps.json"].map((url) => fetch(url).then((r) => r.json())));
for (const source of Object.values(style.sources)) {
  if (typeof source.data === "string") source.data = new URL(source.data, location.href).href;
}

maplibregl.setWorkerUrl("/maplibre/maplibre-gl-worker.mjs");
const map = new maplibregl.Map({ container, style, center: view.center, zoom: view.zoom, renderWorldCopies: true });
let marked = false;
map.on("idle", () => {
  if (!marked && map.isSourceLoaded("countries")) {
    marked = true;
    performance.mark(FIRST_RENDER_MARK);
  }
  container.dispatchEvent(new Event(IDLE_EVENT));
});

function apply(changes) {
  for (const change of changes) {
    for (const source of change.sources) {
      for (const key of change.remove ?? []) map.removeFeatureState({ source, id: change.id }, key);
      if (change.set) map.setFeatureState({ source, id: change.id }, change.set);
    }
  }
}
map.once("load", () => apply(plan.initial.featureStates));

window.bareMap = {
  /** Applies year step `index` of the plan (the explorer's changes for that year). */
  step: (index) => apply(plan.steps[index].featureStates),
  steps: plan.steps.length,
};
