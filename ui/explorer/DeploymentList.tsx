// The deployments active in the year as a list (the map's points for keyboard and screen-reader
// users); those ending in the year are marked.
import { memo } from "react";
import { frameworkLabel, t, withdrawnDuring } from "@/explorer/i18n";
import { isActive, personnelOf } from "@/explorer/deploymentPoints";
import type { ExplorerDeployment, Language } from "@/explorer/types";
import styles from "./Explorer.module.css";

export interface DeploymentListProps {
  deployments: readonly ExplorerDeployment[];
  year: number;
  lang: Language;
  nameOf: (code: string) => string;
  selected: string | null;
  onSelect: (slug: string) => void;
}

export const DeploymentList = memo(function DeploymentList({ deployments, year, lang, nameOf, selected, onSelect }: DeploymentListProps) {
  const active = deployments.filter((d) => isActive(d, year));
  return (
    <section className={styles.panelSection} aria-labelledby="deployment-list-heading" data-testid="deployment-list" data-year={year}>
      <h2 id="deployment-list-heading">
        {t("deploymentsThisYear", lang)} · {year} ({active.length})
      </h2>
      <ul className={styles.placeList}>
        {active.map((d) => (
          <li key={d.slug} data-slug={d.slug} data-ending={d.endYear === year ? "true" : undefined}>
            <button type="button" aria-current={selected === d.slug ? "true" : undefined} onClick={() => onSelect(d.slug)}>
              <span>
                {nameOf(d.regionCode ?? d.hostCode)}: {lang === "ja" ? d.locationJa : d.locationEn}
                <br />
                <small className={styles.muted}>
                  {frameworkLabel(d.framework, lang)} · {d.startYear}–{d.endYear ?? ""}
                  {d.endYear === year ? ` · ${withdrawnDuring(year, lang)}` : ""}
                  {d.documentSupported ? ` · ${t("documentMark", lang)}` : ""}
                </small>
              </span>
              <strong>{personnelOf(d) ? personnelOf(d).toLocaleString(lang) : "–"}</strong>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
});
