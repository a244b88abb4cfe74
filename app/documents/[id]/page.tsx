// A document's whole text with one quote highlighted, so a reader can check a fact in context.
// The text is rendered as three text nodes (before, the quote, after): never as HTML.
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/db/client";
import { findDocumentWithText } from "@/db/documents";
import { quoteSpan } from "@/explorer/quoteSpan";
import styles from "./page.module.css";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function DocumentPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const document = await findDocumentWithText(prisma(), Number(id));
  if (!document) notFound();
  const lang = query.lang === "en" ? "en" : "ja";
  const span = quoteSpan(document.text.length, query.start, query.end);
  const title = lang === "en" && document.titleEn ? document.titleEn : document.title;
  const publisher = lang === "en" && document.publisherEn ? document.publisherEn : document.publisher;
  return (
    <main className={styles.page} lang={document.language}>
      <nav className={styles.nav}>
        <Link href={lang === "en" ? "/?lang=en" : "/"}>{lang === "en" ? "← Back to the map" : "← 地図に戻る"}</Link>
      </nav>
      <header className={styles.header}>
        <h1 data-testid="document-title">{title}</h1>
        <p className={styles.meta}>
          {publisher} · {document.publishedOn.toISOString().slice(0, 10)}
          {document.sourceUrl ? (
            <>
              {" · "}
              <a href={document.sourceUrl} rel="noreferrer">
                {lang === "en" ? "Original" : "原文"}
              </a>
            </>
          ) : null}
        </p>
        {document.licenceNote ? <p className={styles.meta}>{document.licenceNote}</p> : null}
      </header>
      <article className={styles.text} data-testid="document-text">
        {span ? (
          <>
            {document.text.slice(0, span.start)}
            <mark id="quote" className={styles.mark} data-testid="document-quote">
              {document.text.slice(span.start, span.end)}
            </mark>
            {document.text.slice(span.end)}
          </>
        ) : (
          document.text
        )}
      </article>
    </main>
  );
}
