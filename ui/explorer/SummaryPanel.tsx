"use client";
// A regional summary for the year: its places (membership that year) with counts, and the key
// events, each with its quote and document. Read from /api/summaries (debounced while the year moves).
import { memo, useEffect, useState } from "react";
import { regionLabel, t } from "@/explorer/i18n";
import { SUMMARY_REGIONS } from "@/explorer/regions";
import type { FactItem, Language } from "@/explorer/types";
import { FactList } from "./FactList";
import styles from "./Explorer.module.css";

interface SummaryPlace {
  code: string;
  nameEn: string;
  nameJa: string;
  via: string | null;
  facts: number;
}
interface Summary {
  region: string;
  year: number;
  places: SummaryPlace[];
  totalFacts: number;
  keyEvents: FactItem[];
}

export interface SummaryPanelProps {
  region: string | null;
  year: number;
  lang: Language;
  onRegionChange: (region: string | null) => void;
  onPlaceSelect: (code: string) => void;
}

export const SummaryPanel = memo(function SummaryPanel({ region, year, lang, onRegionChange, onPlaceSelect }: SummaryPanelProps) {
  const [summary, setSummary] = useState<Summary | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!region) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/summaries/${region}?year=${year}&events=12`, { signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<Summary>) : Promise.reject(new Error(`HTTP ${response.status}`))))
        .then(
          (body) => {
            setSummary(body);
            setError(null);
          },
          (reason: unknown) => {
            if (!controller.signal.aborted) setError(reason instanceof Error ? reason.message : String(reason));
          },
        );
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [region, year]);

  const current = summary && summary.region === region && summary.year === year ? summary : null;
  return (
    <section className={styles.panelSection} aria-labelledby="summary-heading" data-testid="summary-panel">
      <h2 id="summary-heading">{t("summaries", lang)}</h2>
      <div className={styles.chips} role="group" aria-label={t("summaries", lang)}>
        {SUMMARY_REGIONS.map((code) => (
          <button key={code} type="button" aria-pressed={region === code} onClick={() => onRegionChange(region === code ? null : code)} data-testid={`region-${code}`}>
            {regionLabel(code, lang)}
          </button>
        ))}
      </div>
      {region && !current && !error ? <p>{t("loading", lang)}</p> : null}
      {error ? <p role="alert">{error}</p> : null}
      {current ? (
        <>
          <h3>
            {regionLabel(current.region, lang)} · {current.year} · {t("total", lang)} {current.totalFacts}
          </h3>
          <ul className={styles.memberList} data-testid="summary-places">
            {current.places.map((place) => (
              <li key={place.code}>
                <button type="button" className={styles.linkButton} onClick={() => onPlaceSelect(place.code)}>
                  {lang === "ja" ? place.nameJa : place.nameEn}
                </button>{" "}
                <strong>{place.facts}</strong>
                {place.via === "suspended" ? <span className={styles.tag}> {t("suspended", lang)}</span> : null}
                {place.via?.startsWith("administered") ? <span className={styles.tag}> {t("administered", lang)}</span> : null}
              </li>
            ))}
          </ul>
          <h3>{t("keyEvents", lang)}</h3>
          {current.keyEvents.length === 0 ? <p>{t("noFacts", lang)}</p> : <FactList facts={current.keyEvents} lang={lang} testId="summary-events" />}
        </>
      ) : null}
    </section>
  );
});
