"use client";
// Deployments in two years side by side: added, ended and changed (the same pairing as
// /api/deployments/compare, db/deployments.ts compareDeployments), as a table.
import { frameworkLabel, t } from "@/explorer/i18n";
import { personnelOf } from "@/explorer/deploymentPoints";
import type { ExplorerDeployment, Language } from "@/explorer/types";
import type { DeploymentComparison } from "@/explorer/deploymentComparison";
import styles from "./Explorer.module.css";

export interface ComparePanelProps {
  years: { first: number; last: number };
  compare: [number, number] | null;
  comparison: DeploymentComparison | null;
  lang: Language;
  nameOf: (code: string) => string;
  onCompareChange: (compare: [number, number] | null) => void;
  defaultPair: [number, number];
}

export function ComparePanel({ years, compare, comparison, lang, nameOf, onCompareChange, defaultPair }: ComparePanelProps) {
  const yearOptions = Array.from({ length: years.last - years.first + 1 }, (_, i) => years.last - i);
  const [from, to] = compare ?? defaultPair;
  const where = (d: ExplorerDeployment) => `${lang === "ja" ? d.locationJa : d.locationEn} (${nameOf(d.regionCode ?? d.hostCode)})`;
  const strength = (d: ExplorerDeployment) => {
    const n = personnelOf(d);
    return n ? n.toLocaleString(lang) : "–";
  };
  return (
    <section className={styles.panelSection} aria-labelledby="compare-heading" data-testid="compare-panel">
      <h2 id="compare-heading">{t("compareDeployments", lang)}</h2>
      <div className={styles.inline}>
        <select aria-label={`${t("compare", lang)} 1`} value={from} onChange={(e) => onCompareChange([Number(e.target.value), to])} data-testid="compare-from">
          {yearOptions.map((y) => (
            <option key={y} value={y}>{y}</option>
          ))}
        </select>
        →
        <select aria-label={`${t("compare", lang)} 2`} value={to} onChange={(e) => onCompareChange([from, Number(e.target.value)])} data-testid="compare-to">
          {yearOptions.map((y) => (
            <option key={y} value={y}>{y}</option>
          ))}
        </select>
        {compare ? (
          <button type="button" onClick={() => onCompareChange(null)}>{t("compareOff", lang)}</button>
        ) : (
          <button type="button" onClick={() => onCompareChange([from, to])} data-testid="compare-start">{t("compare", lang)}</button>
        )}
      </div>
      {comparison ? (
        <table className={styles.table} data-testid="compare-table">
          <caption className={styles.visuallyHidden}>
            {t("compareDeployments", lang)} {from}–{to}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("changed", lang)}</th>
              <th scope="col">{t("places", lang)}</th>
              <th scope="col">{t("frameworks", lang)}</th>
              <th scope="col">{t("personnel", lang)}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.added.map((d) => (
              <tr key={`a-${d.slug}`} data-change="added">
                <td>{t("added", lang)}</td>
                <td>{where(d)}<br /><small>{d.unitOrFacility}</small></td>
                <td>{frameworkLabel(d.framework, lang)}</td>
                <td>{strength(d)}</td>
              </tr>
            ))}
            {comparison.ended.map((d) => (
              <tr key={`e-${d.slug}`} data-change="ended">
                <td>{t("ended", lang)}</td>
                <td>{where(d)}<br /><small>{d.unitOrFacility}</small></td>
                <td>{frameworkLabel(d.framework, lang)}</td>
                <td>{strength(d)}</td>
              </tr>
            ))}
            {comparison.changed.map((c) => (
              <tr key={`c-${c.to.slug}`} data-change="changed">
                <td>{t("changed", lang)}</td>
                <td>{where(c.to)}<br /><small>{c.changes.some((ch) => ch.field === "unitOrFacility") ? `${c.from.unitOrFacility} → ${c.to.unitOrFacility}` : c.to.unitOrFacility}</small></td>
                <td>{frameworkLabel(c.to.framework, lang)}</td>
                <td>{strength(c.from)} → {strength(c.to)}</td>
              </tr>
            ))}
            {comparison.endingInLaterYear.map((d) => (
              <tr key={`w-${d.slug}`} data-change="ending">
                <td>{t("endsIn", lang)} {d.endYear}</td>
                <td>{where(d)}<br /><small>{d.unitOrFacility}</small></td>
                <td>{frameworkLabel(d.framework, lang)}</td>
                <td>{strength(d)}</td>
              </tr>
            ))}
            {comparison.cameAndWent.map((d) => (
              <tr key={`b-${d.slug}`} data-change="between">
                <td>{t("cameAndWent", lang)} ({d.startYear}–{d.endYear})</td>
                <td>{where(d)}<br /><small>{d.unitOrFacility}</small></td>
                <td>{frameworkLabel(d.framework, lang)}</td>
                <td>{strength(d)}</td>
              </tr>
            ))}
            <tr>
              <td>{t("unchanged", lang)}</td>
              <td colSpan={3}>{comparison.unchanged.length}</td>
            </tr>
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
