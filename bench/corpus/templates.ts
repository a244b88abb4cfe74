// The seed documents as sentence patterns: each body sentence and heading of the real documents,
// with the places it names and the dates it writes out (with their year) cut out as slots, so the
// generator can put other places and dates in and the ingestion path still reads real sentences.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { findPlaceMentions } from "../../places/gazetteer";
import { documentDateContext, findDates, type DatePrecision } from "../../ingest/dates";
import { readLibraryManifest, LIBRARY_DIR } from "../../ingest/library";
import { decodeDocumentBytes } from "../../ingest/read";
import { normaliseDocumentText, paragraphsToSentences, textToParagraphs } from "../../ingest/text";

export type TemplatePart = string | { slot: "place" } | { slot: "date"; precision: DatePrecision };

export interface SentenceTemplate {
  parts: TemplatePart[];
}

export interface SeedPatterns {
  headings: SentenceTemplate[];
  sentences: SentenceTemplate[];
}

interface Span {
  start: number;
  end: number;
  part: Exclude<TemplatePart, string>;
}

/** Reads the seed documents of the library folder and turns them into patterns. */
export async function seedPatterns(dir = LIBRARY_DIR): Promise<SeedPatterns> {
  const headings: SentenceTemplate[] = [];
  const sentences: SentenceTemplate[] = [];
  for (const metadata of await readLibraryManifest(dir)) {
    const decoded = decodeDocumentBytes(await readFile(path.join(dir, metadata.file)));
    if (!decoded.ok) throw new Error(`${metadata.file}: ${decoded.problem}`);
    const context = documentDateContext({ coversFrom: metadata.coversFrom, coversTo: metadata.coversTo, published: { year: metadata.publishedYear } });
    const paragraphs = textToParagraphs(normaliseDocumentText(decoded.text).text);
    for (const paragraph of paragraphs) if (paragraph.kind === "heading") headings.push(templateOf(paragraph.text, context));
    for (const sentence of paragraphsToSentences(paragraphs)) if (!sentence.inFootnote) sentences.push(templateOf(sentence.text, context));
  }
  return { headings, sentences };
}

export function templateOf(text: string, context: Parameters<typeof findDates>[1]): SentenceTemplate {
  const spans: Span[] = [
    ...findPlaceMentions(text).filter((m) => m.via === "name").map((m): Span => ({ start: m.start, end: m.end, part: { slot: "place" } })),
    ...findDates(text, context).filter((d) => d.explicitYear && !d.isFiscalYear).map((d): Span => ({ start: d.start, end: d.end, part: { slot: "date", precision: d.precision } })),
  ].sort((a, b) => a.start - b.start);
  const parts: TemplatePart[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue; // overlapping mentions: keep the first
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push(span.part);
    at = span.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return { parts };
}
