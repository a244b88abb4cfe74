"use client";
// The explorer: one client component that holds the shareable state (in the URL) and composes
// the map, the timeline, the legend and the side panel. A change of year only recomputes feature
// states and a point filter for the map; nothing is refetched for the map.
import Link from "next/link";
import { useCallback, useDeferredValue, useMemo, useState } from "react";
import { ExplorerMap, type MapHit } from "@/ui/map/ExplorerMap";
import { choroplethClasses, countsByPlace } from "@/explorer/choropleth";
import { compareYears } from "@/explorer/deploymentComparison";
import { deploymentPoints, isActive, personnelOf } from "@/explorer/deploymentPoints";
import { INITIAL_VIEW } from "@/explorer/initialView";
import { mapFeatureStates } from "@/explorer/mapState";
import { categoryLabel, frameworkLabel, t, withdrawnDuring } from "@/explorer/i18n";
import { regionHolding, regionMembers } from "@/explorer/regions";
import type { ExplorerData, ExplorerPlace, FactItem } from "@/explorer/types";
import type { ExplorerUrlState, LayerName, UrlStateBounds } from "@/explorer/urlState";
import { ComparePanel } from "./ComparePanel";
import { documentHref } from "./FactList";
import { Legend } from "./Legend";
import { DeploymentList } from "./DeploymentList";
import { PlaceList } from "./PlaceList";
import { PlacePanel } from "./PlacePanel";
import { SearchBox } from "./SearchBox";
import { SummaryPanel } from "./SummaryPanel";
import { TimelineBar } from "./TimelineBar";
import { useExplorerUrlState } from "./useExplorerUrlState";
import styles from "./Explorer.module.css";

type Tab = "place" | "summary" | "compare" | "list";

const NO_CODES: readonly string[] = [];


export interface ExplorerProps {
  data: ExplorerData;
  initialState: ExplorerUrlState;
  bounds: UrlStateBounds;
}

export function Explorer({ data, initialState, bounds }: ExplorerProps) {
  const [state, update] = useExplorerUrlState(initialState, bounds);
  const [tab, setTab] = useState<Tab>(initialState.place ? "place" : initialState.compare ? "compare" : initialState.region ? "summary" : "list");
  // A shared URL with a place selected flies the map there once it has loaded, as a pick does.
  const [focus, setFocus] = useState<{ id: string; n: number } | null>(initialState.place ? { id: initialState.place, n: 0 } : null);
  const lang = state.lang;
  // Read once on the client for the map's first view (not part of the rendered markup).
  const [phoneWidth] = useState(() => typeof window !== "undefined" && window.innerWidth < 600);

  const placeByCode = useMemo(() => new Map(data.places.map((p) => [p.code, p])), [data.places]);
  const childrenOf = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const place of data.places) if (place.parentCode && place.kind === "subregion") map.set(place.parentCode, [...(map.get(place.parentCode) ?? []), place.code]);
    return map;
  }, [data.places]);
  const deploymentBySlug = useMemo(() => new Map(data.deployments.map((d) => [d.slug, d])), [data.deployments]);
  const nameOf = useCallback((code: string) => {
    const place = placeByCode.get(code);
    return place ? (lang === "ja" ? place.nameJa : place.nameEn) : code;
  }, [placeByCode, lang]);

  const showLayer = (layer: LayerName) => state.layers.includes(layer);
  const totals = useMemo(
    () => countsByPlace(data.counts, { year: state.year, mode: state.mode, category: state.category }, placeByCode),
    [data.counts, state.year, state.mode, state.category, placeByCode],
  );
  const factsShown = state.layers.includes("facts");
  const classes = useMemo(() => (factsShown ? choroplethClasses(totals) : {}), [totals, factsShown]);
  const points = useMemo(() => deploymentPoints(data.deployments), [data.deployments]);
  const comparison = useMemo(() => (state.compare ? compareYears(data.deployments, state.compare[0], state.compare[1]) : null), [data.deployments, state.compare]);
  const specialRegions = useMemo(() => data.places.filter((p) => p.kind === "special_region"), [data.places]);
  const holdings = useMemo(() => specialRegions.map((place) => regionHolding(place, state.year)), [specialRegions, state.year]);
  const summaryRegion = tab === "summary" ? state.region : null;
  const summaryMembers = useMemo(
    () => (summaryRegion ? regionMembers(summaryRegion, state.year, data.memberships, data.places) : []),
    [summaryRegion, state.year, data.memberships, data.places],
  );
  const featureStates = useMemo(
    () => mapFeatureStates({ classes, holdings, summaryMembers, deployments: data.deployments, year: state.year, comparison, compare: state.compare }),
    [classes, holdings, summaryMembers, data.deployments, state.year, comparison, state.compare],
  );
  // The map follows the year at once; the panel's lists follow a moment later, so that a slider
  // step reaches the map's next frame without waiting for them to render.
  const panelYear = useDeferredValue(state.year);
  const panelTotals = useDeferredValue(totals);

  const selectPlace = useCallback((code: string | null, fly = false) => {
    update({ place: code });
    if (code) setTab("place");
    if (code && fly) setFocus((f) => ({ id: code, n: (f?.n ?? 0) + 1 }));
  }, [update]);
  const onMapClick = useCallback((hit: MapHit) => selectPlace(hit.id), [selectPlace]);
  const selectAndFly = useCallback((code: string) => selectPlace(code, true), [selectPlace]);
  const selectOnly = useCallback((code: string) => selectPlace(code), [selectPlace]);
  const closePlace = useCallback(() => selectPlace(null), [selectPlace]);
  const changeRegion = useCallback((region: string | null) => update({ region }), [update]);
  const onQuotePick = useCallback((fact: FactItem) => {
    const code = placeByCode.get(fact.placeCode)?.kind === "subregion" ? (placeByCode.get(fact.placeCode)?.parentCode ?? fact.placeCode) : fact.placeCode;
    update({ year: fact.year, mode: "year" });
    selectPlace(code, true);
  }, [placeByCode, selectPlace, update]);
  const toggleLayer = (layer: LayerName) =>
    update((current) => ({ layers: current.layers.includes(layer) ? current.layers.filter((l) => l !== layer) : [...current.layers, layer] }));

  const selectedPlace: ExplorerPlace | undefined = state.place ? placeByCode.get(state.place) : undefined;
  const selectedDeployment = state.place ? deploymentBySlug.get(state.place) : undefined;
  const holdingRows = holdings.map((h) => ({ ...h, name: nameOf(h.code), administratorName: h.administrator ? (placeByCode.has(h.administrator) ? nameOf(h.administrator) : h.administrator) : null }));
  const defaultPair: [number, number] = [Math.max(bounds.first, state.year - 4), state.year];

  return (
    <div className={styles.explorer} lang={lang}>
      <header className={styles.toolbar}>
        <h1 className={styles.title}>{t("title", lang)}</h1>
        <SearchBox places={data.places} lang={lang} onPlacePick={selectAndFly} onQuotePick={onQuotePick} />
        <label className={styles.inline}>
          <span>{t("category", lang)}</span>
          <select value={state.category ?? ""} onChange={(e) => update({ category: e.target.value || null })} data-testid="category">
            <option value="">{t("allCategories", lang)}</option>
            {data.categories.map((c) => (
              <option key={c} value={c}>{categoryLabel(c, lang)}</option>
            ))}
          </select>
        </label>
        <div className={styles.segmented} role="group" aria-label={t("pointOfView", lang)}>
          <button type="button" aria-pressed={state.view === "japan"} onClick={() => update({ view: "japan" })} data-testid="view-japan">{t("viewJapan", lang)}</button>
          <button type="button" aria-pressed={state.view === "ground"} onClick={() => update({ view: "ground" })} data-testid="view-ground">{t("viewGround", lang)}</button>
        </div>
        <fieldset className={styles.layers}>
          <legend className={styles.visuallyHidden}>{t("layers", lang)}</legend>
          {(["facts", "deployments", "regions", "labels"] as const).map((layer) => (
            <label key={layer}>
              <input type="checkbox" checked={showLayer(layer)} onChange={() => toggleLayer(layer)} data-testid={`layer-${layer}`} />
              {t(({ facts: "layerFacts", deployments: "layerDeployments", regions: "layerRegions", labels: "layerLabels" } as const)[layer], lang)}
            </label>
          ))}
        </fieldset>
        <button type="button" onClick={() => update({ lang: lang === "ja" ? "en" : "ja" })} aria-label={t("languageSwitch", lang)} data-testid="language">
          {t("language", lang)}
        </button>
      </header>

      <div className={styles.body}>
        <div className={styles.mapColumn}>
          <ExplorerMap
            className={styles.map}
            ariaLabel={lang === "ja" ? "地図。矢印キーで移動、+/-で拡大縮小、Enterで中央の地域を選択" : "World map. Arrow keys pan, + and - zoom, Enter selects the place at the centre."}
            pointOfView={state.view}
            language={lang}
            selectedId={state.place}
            focusId={focus ? focus.id : null}
            points={points}
            showPoints={showLayer("deployments")}
            featureStates={featureStates}
            showSpecialRegions={showLayer("regions")}
            showLabels={showLayer("labels")}
            onFeatureClick={onMapClick}
            initialCenter={INITIAL_VIEW.center}
            initialZoom={phoneWidth ? INITIAL_VIEW.phoneZoom : INITIAL_VIEW.zoom}
          />
          <TimelineBar
            first={bounds.first}
            last={bounds.last}
            stops={data.years.withData}
            year={state.year}
            mode={state.mode}
            lang={lang}
            onYearChange={(year) => update({ year })}
            onModeChange={(mode) => update({ mode })}
          />
          <p className={styles.note} data-testid="boundary-note">{t("boundaryNote", lang)}</p>
          <Legend
            lang={lang}
            holdings={holdingRows}
            showFacts={factsShown}
            showDeployments={showLayer("deployments")}
            showRegions={showLayer("regions")}
            comparing={comparison !== null}
          />
        </div>

        <aside className={styles.panel} aria-label={t("layers", lang)}>
          <div className={styles.tabs} role="tablist">
            {(["place", "summary", "compare", "list"] as const).map((name) => (
              <button key={name} type="button" role="tab" aria-selected={tab === name} onClick={() => setTab(name)} data-testid={`tab-${name}`}>
                {t(({ place: "places", summary: "summaries", compare: "compare", list: "listView" } as const)[name], lang)}
              </button>
            ))}
          </div>
          {tab === "place" && selectedPlace ? (
            <PlacePanel
              place={selectedPlace}
              childCodes={childrenOf.get(selectedPlace.code) ?? NO_CODES}
              counts={data.counts}
              year={panelYear}
              mode={state.mode}
              category={state.category}
              lang={lang}
              nameOf={nameOf}
              timeline={data.timelines[selectedPlace.code]}
              onClose={closePlace}
            />
          ) : null}
          {tab === "place" && selectedDeployment ? (
            <section className={styles.panelSection} data-testid="deployment-panel">
              <h2>{lang === "ja" ? selectedDeployment.locationJa : selectedDeployment.locationEn} <span className={styles.muted}>{nameOf(selectedDeployment.regionCode ?? selectedDeployment.hostCode)}</span></h2>
              <p>{selectedDeployment.unitOrFacility}</p>
              <p>
                {frameworkLabel(selectedDeployment.framework, lang)} · {selectedDeployment.startYear}–{selectedDeployment.endYear ?? ""} · {t("personnel", lang)}{" "}
                {personnelOf(selectedDeployment) || "–"}{" "}
                {!isActive(selectedDeployment, state.year) ? `(${state.year}: –)` : selectedDeployment.endYear === state.year ? `(${withdrawnDuring(state.year, lang)})` : ""}
              </p>
              <p className={styles.note}>{selectedDeployment.note}</p>
              <ul>
                {selectedDeployment.sources.map((s, i) => (
                  <li key={i}>
                    {s.quote && s.documentId ? <blockquote className={styles.quote}>{s.quote}</blockquote> : null}
                    {s.documentId ? (
                      <Link
                        href={s.quoteSpan ? documentHref({ ...s.quoteSpan, document: { id: s.documentId } }, lang) : `/documents/${s.documentId}${lang === "en" ? "?lang=en" : ""}`}
                        data-testid="deployment-document-link"
                      >
                        {s.title}
                      </Link>
                    ) : s.url ? (
                      <a href={s.url} rel="noreferrer">{s.title}</a>
                    ) : (
                      s.title
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {tab === "place" && !selectedPlace && !selectedDeployment ? <p className={styles.panelSection}>{lang === "ja" ? "地図または一覧で地域を選んでください。" : "Pick a place on the map or in the list."}</p> : null}
          {tab === "summary" ? (
            <SummaryPanel region={state.region} year={panelYear} lang={lang} onRegionChange={changeRegion} onPlaceSelect={selectAndFly} />
          ) : null}
          {tab === "compare" ? (
            <ComparePanel years={bounds} compare={state.compare} comparison={comparison} lang={lang} nameOf={nameOf} onCompareChange={(compare) => update({ compare })} defaultPair={defaultPair} />
          ) : null}
          {tab === "list" ? (
            <>
              <PlaceList places={data.places} totals={panelTotals} year={panelYear} lang={lang} selected={state.place} onSelect={selectAndFly} />
              <DeploymentList deployments={data.deployments} year={panelYear} lang={lang} nameOf={nameOf} selected={state.place} onSelect={selectOnly} />
            </>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
