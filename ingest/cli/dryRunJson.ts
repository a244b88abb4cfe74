// The --dry-run --json format, read by other tools: keep it stable (tests/unit/ingest-cli pins
// it). One line per file: {"document": {...metadata, encoding, contentHash, text}, "facts": [...]}.
// Offsets are UTF-16 code-unit offsets into document.text: text.slice(start, end) === quote.
import type { DocumentRecord, FactRecord } from "../../db/documents";
import type { DocumentMetadata } from "../metadata";
import { textChunks } from "../../db/textChunks";

export interface DocumentJson {
  slug: string;
  file: string;
  title: string;
  titleEn: string | null;
  publisher: string;
  publisherEn: string | null;
  kind: string;
  /** "YYYY" or "YYYY-MM-DD", as given. */
  published: string;
  /** "YYYY" or "YYYY-YYYY". */
  covers: string;
  language: string;
  sourceUrl: string | null;
  licenceNote: string;
  encoding: string;
  contentHash: string;
  extractorVersion: string;
  text: string;
}

export interface FactJson {
  place: string;
  year: number;
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY", by precision. */
  date: string;
  precision: "day" | "month" | "year";
  category: string;
  quote: string;
  start: number;
  end: number;
}

export function documentJson(document: DocumentRecord, metadata: DocumentMetadata): DocumentJson {
  return {
    slug: document.slug,
    file: document.sourceFile,
    title: document.title,
    titleEn: document.titleEn,
    publisher: document.publisher,
    publisherEn: document.publisherEn,
    kind: document.kind,
    published: metadata.publishedIsDay ? document.publishedOn.toISOString().slice(0, 10) : year(metadata.publishedYear),
    covers: document.coversFrom === document.coversTo ? year(document.coversFrom) : `${year(document.coversFrom)}-${year(document.coversTo)}`,
    language: document.language,
    sourceUrl: document.sourceUrl,
    licenceNote: document.licenceNote,
    encoding: document.encoding,
    contentHash: document.contentHash,
    extractorVersion: document.extractorVersion,
    text: document.text,
  };
}

export function factJson(fact: FactRecord): FactJson {
  return {
    place: fact.placeCode,
    year: fact.year,
    date: factDate(fact),
    precision: fact.precision,
    category: fact.category,
    quote: fact.quote,
    start: fact.start,
    end: fact.end,
  };
}

function factDate(fact: FactRecord): string {
  const parts = [year(fact.year)];
  if (fact.precision !== "year") parts.push(twoDigits(fact.month));
  if (fact.precision === "day") parts.push(twoDigits(fact.day));
  return parts.join("-");
}

const FACTS_PER_PIECE = 2_000;

/**
 * One file's JSON line in pieces, so neither the document's text nor its hundreds of thousands of
 * facts are ever one string of tens or hundreds of megabytes. The pieces joined are exactly
 * JSON.stringify of the object plus "\n".
 */
export function* dryRunJsonLine(document: DocumentRecord, metadata: DocumentMetadata, facts: readonly FactRecord[]): Generator<string> {
  const { text, ...head } = documentJson(document, metadata);
  // text is the last property of DocumentJson, so it can follow the others in pieces
  yield `{"document":${JSON.stringify(head).slice(0, -1)},"text":"`;
  for (const chunk of textChunks(text)) yield JSON.stringify(chunk).slice(1, -1);
  yield `"},"facts":[`;
  for (let from = 0; from < facts.length; from += FACTS_PER_PIECE) {
    const piece = facts.slice(from, from + FACTS_PER_PIECE).map((fact) => JSON.stringify(factJson(fact)));
    yield (from === 0 ? "" : ",") + piece.join(",");
  }
  yield "]}\n";
}

function year(value: number): string {
  return String(value).padStart(4, "0");
}

function twoDigits(value: number | null): string {
  if (value === null) throw new Error("A fact with month or day precision has no month or day.");
  return String(value).padStart(2, "0");
}
