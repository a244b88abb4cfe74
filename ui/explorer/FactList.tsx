// Facts as a reader checks them: date, category, the verbatim quote (as text) and its document.
import Link from "next/link";
import { categoryLabel, formatFactDate, t } from "@/explorer/i18n";
import type { FactItem, Language } from "@/explorer/types";
import styles from "./Explorer.module.css";

export function documentHref(fact: Pick<FactItem, "start" | "end"> & { document: { id: number } }, lang: Language): string {
  return `/documents/${fact.document.id}?start=${fact.start}&end=${fact.end}${lang === "en" ? "&lang=en" : ""}#quote`;
}

/** `year`, when given, is the year the list shows (it follows the slider a moment after the map). */
export function FactList({ facts, lang, testId, year }: { facts: readonly FactItem[]; lang: Language; testId?: string; year?: number }) {
  return (
    <ol className={styles.facts} data-testid={testId} data-year={year}>
      {facts.map((fact) => (
        <li key={fact.id} className={styles.fact} data-testid="fact">
          <div className={styles.factMeta}>
            <time>{formatFactDate(fact, lang)}</time>
            <span className={styles.tag}>{categoryLabel(fact.category, lang)}</span>
            {fact.placeNameJa ? <span className={styles.muted}>{lang === "ja" ? fact.placeNameJa : fact.placeNameEn}</span> : null}
          </div>
          <blockquote className={styles.quote} lang="ja">
            {fact.quote}
          </blockquote>
          <div className={styles.factSource}>
            {t("source", lang)}:{" "}
            <Link href={documentHref(fact, lang)} data-testid="fact-document-link">
              {lang === "en" && fact.document.titleEn ? fact.document.titleEn : fact.document.title}
            </Link>
          </div>
        </li>
      ))}
    </ol>
  );
}
