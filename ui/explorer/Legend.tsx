// What the colours and marks mean, with who holds each special region in the selected year and
// where the boundaries come from.
import { CHOROPLETH_CLASSES, CHANGE_COLOURS, DOCUMENT_MARK_STROKE, FRAMEWORK_COLOURS, PALETTE } from "@/geo/layerStyles";
import { CLASS_BREAKS } from "@/explorer/choropleth";
import { frameworkLabel, statusLabel, t } from "@/explorer/i18n";
import type { RegionHolding } from "@/explorer/regions";
import type { Language } from "@/explorer/types";
import styles from "./Explorer.module.css";

export interface LegendProps {
  lang: Language;
  holdings: readonly (RegionHolding & { name: string; administratorName: string | null })[];
  showFacts: boolean;
  showDeployments: boolean;
  showRegions: boolean;
  comparing: boolean;
}

const STATUS_LINE: Record<string, string> = {
  "japan-claim-russian-administration": PALETTE.japanClaimLine,
  "annexed-by-russia": PALETTE.annexedLine,
  breakaway: PALETTE.specialRegionLine,
  "held-by-de-jure-state": PALETTE.specialRegionLine,
};

function classLabel(index: number): string {
  const low = CLASS_BREAKS[index]!;
  const next = CLASS_BREAKS[index + 1];
  return next === undefined ? `${low}+` : next - 1 === low ? String(low) : `${low}–${next - 1}`;
}

export function Legend({ lang, holdings, showFacts, showDeployments, showRegions, comparing }: LegendProps) {
  return (
    <section className={styles.legend} aria-labelledby="legend-heading" data-testid="legend">
      <h2 id="legend-heading" className={styles.visuallyHidden}>{t("legend", lang)}</h2>
      {showFacts ? (
        <div>
          <h3>{t("factsPerPlace", lang)}</h3>
          <ul className={styles.swatches}>
            <li><span className={styles.swatch} style={{ background: PALETTE.land }} /> {t("noData", lang)}</li>
            {CHOROPLETH_CLASSES.map((colour, i) => (
              <li key={colour}><span className={styles.swatch} style={{ background: colour }} /> {classLabel(i)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {showRegions ? (
        <div>
          <h3>{t("layerRegions", lang)}</h3>
          <ul className={styles.regionLegend} data-testid="region-legend">
            {holdings.map((holding) => (
              <li key={holding.code} data-region={holding.code}>
                <span className={styles.outlineSwatch} style={{ borderColor: STATUS_LINE[holding.status] }} />
                <strong>{holding.name}</strong>: {statusLabel(holding.status, lang)}
                {holding.administratorName && holding.status !== "japan-claim-russian-administration"
                  ? ` (${holding.administratorName})`
                  : ""}
              </li>
            ))}
          </ul>
          <p className={styles.note}>{t("nkNote", lang)}</p>
        </div>
      ) : null}
      {showDeployments ? (
        <div>
          <h3>{t("layerDeployments", lang)}</h3>
          <ul className={styles.swatches}>
            {Object.entries(FRAMEWORK_COLOURS).map(([framework, colour]) => (
              <li key={framework}><span className={styles.dot} style={{ background: colour }} /> {frameworkLabel(framework, lang)}</li>
            ))}
            <li><span className={styles.dot} style={{ background: "#fff", border: "1px solid #999" }} /> {t("referenceMark", lang)}</li>
            <li><span className={styles.dot} style={{ background: "#fff", border: `3px solid ${DOCUMENT_MARK_STROKE}` }} /> {t("documentMark", lang)}</li>
            {!comparing ? (
              <li><span className={styles.dot} style={{ background: CHANGE_COLOURS.ended, opacity: 0.4 }} /> {t("endingThisYear", lang)}</li>
            ) : null}
            {comparing ? (
              <>
                <li><span className={styles.dot} style={{ border: `3px solid ${CHANGE_COLOURS.added}` }} /> {t("added", lang)}</li>
                <li><span className={styles.dot} style={{ border: `3px solid ${CHANGE_COLOURS.changed}` }} /> {t("changed", lang)}</li>
                <li><span className={styles.dot} style={{ background: CHANGE_COLOURS.ended, opacity: 0.4 }} /> {t("ended", lang)}</li>
              </>
            ) : null}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
