// A special region's curated timeline up to the selected year: each event with its supporting
// quotes (linked to the document view) or, for reference events, its citation.
import Link from "next/link";
import { formatFactDate, t } from "@/explorer/i18n";
import type { Language, TimelineEventItem } from "@/explorer/types";
import { documentHref } from "./FactList";
import styles from "./Explorer.module.css";

export function TimelineEvents({ events, year, lang }: { events: readonly TimelineEventItem[]; year: number; lang: Language }) {
  const shown = events.filter((event) => event.year <= year);
  if (shown.length === 0) return null;
  return (
    <details open className={styles.timelineEvents} data-testid="timeline-events">
      <summary>
        {t("timelineHeading", lang)} (–{year}): {shown.length}
      </summary>
      <ol className={styles.facts}>
        {shown.map((event) => (
          <li key={event.slug} className={styles.fact} data-current={event.year === year ? "true" : undefined}>
            <div className={styles.factMeta}>
              <time>{formatFactDate(event, lang)}</time>
              <strong>{lang === "ja" ? event.titleJa : event.titleEn}</strong>
            </div>
            {event.quotes.map((quote) => (
              <div key={quote.factId}>
                <blockquote className={styles.quote} lang="ja">
                  {quote.quote}
                </blockquote>
                <div className={styles.factSource}>
                  {t("source", lang)}:{" "}
                  <Link href={documentHref({ start: quote.start, end: quote.end, document: { id: quote.documentId } }, lang)}>
                    {lang === "en" && quote.documentTitleEn ? quote.documentTitleEn : quote.documentTitle}
                  </Link>
                </div>
              </div>
            ))}
            {event.quotes.length === 0 && event.citation ? (
              <div className={styles.factSource}>
                {t("referenceMark", lang)}: {event.citation.url ? <a href={event.citation.url} rel="noreferrer">{event.citation.title}</a> : event.citation.title}
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
