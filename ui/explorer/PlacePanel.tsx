"use client";
// The selected place: names, counts by category for the year, the year's facts with quotes and
// sources, and the facts a year before and after. Moving the year filters the cached facts.
import { memo, useEffect, useMemo, useState } from "react";
import { categoryCounts } from "@/explorer/choropleth";
import { categoryLabel, statusLabel, t } from "@/explorer/i18n";
import { regionHolding } from "@/explorer/regions";
import type { ExplorerPlace, FactCountRow, FactItem, Language, TimelineEventItem } from "@/explorer/types";
import type { YearMode } from "@/explorer/urlState";
import { FactList } from "./FactList";
import { factsForPlaces } from "./factsClient";
import { TimelineEvents } from "./TimelineEvents";
import styles from "./Explorer.module.css";

export interface PlacePanelProps {
  place: ExplorerPlace;
  childCodes: readonly string[];
  counts: readonly FactCountRow[];
  year: number;
  mode: YearMode;
  category: string | null;
  lang: Language;
  /** A place code's name in the interface language. */
  nameOf: (code: string) => string;
  /** The place's curated timeline, if it has one. */
  timeline?: readonly TimelineEventItem[];
  onClose: () => void;
}

export const PlacePanel = memo(function PlacePanel({ place, childCodes, counts, year, mode, category, lang, nameOf, timeline, onClose }: PlacePanelProps) {
  const codes = useMemo(() => [place.code, ...childCodes], [place.code, childCodes]);
  const [facts, setFacts] = useState<FactItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setFacts(null);
    setError(null);
    factsForPlaces(codes).then(
      (items) => live && setFacts(items),
      (reason: unknown) => live && setError(reason instanceof Error ? reason.message : String(reason)),
    );
    return () => {
      live = false;
    };
  }, [codes]);

  const byCategory = useMemo(() => categoryCounts(counts, codes, year, mode), [counts, codes, year, mode]);
  const keep = (fact: FactItem) => !category || fact.category === category;
  const inYear = (facts ?? []).filter((f) => (mode === "year" ? f.year === year : f.year <= year) && keep(f));
  const before = (facts ?? []).filter((f) => f.year === year - 1 && keep(f));
  const after = (facts ?? []).filter((f) => f.year === year + 1 && keep(f));
  const holding = place.kind === "special_region" ? regionHolding(place, year) : null;
  const primary = lang === "ja" ? place.nameJa : place.nameEn;
  const secondary = lang === "ja" ? place.nameEn : place.nameJa;

  return (
    <section className={styles.panelSection} aria-labelledby="place-heading" data-testid="place-panel">
      <div className={styles.panelHeader}>
        <h2 id="place-heading" data-testid="place-name">
          {primary} <span className={styles.muted}>{secondary}</span>
        </h2>
        <button type="button" onClick={onClose} aria-label={t("close", lang)}>
          ×
        </button>
      </div>
      {holding ? (
        <p className={styles.holding} data-testid="place-holding">
          {statusLabel(holding.status, lang)}
          {holding.administrator ? ` · ${t("holder", lang)}: ${holding.administrator.length <= 3 ? nameOf(holding.administrator) : holding.administrator}` : ""}
        </p>
      ) : null}
      <h3>
        {mode === "year" ? year : `–${year}`} · {t("total", lang)} {[...byCategory.values()].reduce((a, b) => a + b, 0)}
      </h3>
      <ul className={styles.categoryCounts} data-testid="category-counts">
        {[...byCategory].map(([name, count]) => (
          <li key={name}>
            {categoryLabel(name, lang)} <strong>{count}</strong>
          </li>
        ))}
      </ul>
      {error ? <p role="alert">{error}</p> : null}
      {facts === null && !error ? <p>{t("loading", lang)}</p> : null}
      {facts !== null && inYear.length === 0 ? <p>{t("noFacts", lang)}</p> : null}
      <FactList facts={inYear} lang={lang} testId="facts-this-year" year={year} />
      {mode === "year" ? (
        <>
          <details open={before.length > 0 && before.length <= 5}>
            <summary>
              {t("yearBefore", lang)} ({year - 1}): {before.length}
            </summary>
            <FactList facts={before} lang={lang} testId="facts-year-before" />
          </details>
          <details open={after.length > 0 && after.length <= 5}>
            <summary>
              {t("yearAfter", lang)} ({year + 1}): {after.length}
            </summary>
            <FactList facts={after} lang={lang} testId="facts-year-after" />
          </details>
        </>
      ) : null}
      {timeline ? <TimelineEvents events={timeline} year={year} lang={lang} /> : null}
    </section>
  );
});
