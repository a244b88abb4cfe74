// Documents and the facts derived from them. A document and its facts are written in one
// transaction: the same text twice changes nothing, a changed text replaces the old facts.
// The text stage's leaf helper (no imports of its own): pieces that never split a surrogate pair.
import { TEXT_CHUNK_LENGTH, textChunks } from "./textChunks";
import type { Db } from "./client";
import { Prisma, type $Enums } from "./generated/prisma/client";

type Tx = Db | Prisma.TransactionClient;

export interface DocumentRecord {
  slug: string;
  title: string;
  titleEn: string | null;
  publisher: string;
  publisherEn: string | null;
  kind: $Enums.DocumentKind;
  publishedOn: Date;
  coversFrom: number;
  coversTo: number;
  language: string;
  sourceUrl: string | null;
  sourceFile: string;
  licenceNote: string;
  encoding: string;
  text: string;
  contentHash: string;
  extractorVersion: string;
}

export interface FactRecord {
  placeCode: string;
  year: number;
  month: number | null;
  day: number | null;
  precision: $Enums.DatePrecision;
  dateText: string | null;
  category: $Enums.FactCategory;
  quote: string;
  start: number;
  end: number;
  sentenceNo: number;
  derivation: $Enums.FactDerivation;
  matchedText: string;
}

export type SaveOutcome =
  | { status: "created" | "replaced"; documentId: number; facts: number }
  | { status: "unchanged"; documentId: number; facts: number };

export class QuoteMismatchError extends Error {}

/** Facts handed over in batches as they are derived, so that the writer never holds them all (`npm run ingest`). */
export interface FactBatches {
  batches: Iterable<readonly FactRecord[]>;
}

/** Writes a document and its facts (all at once, or in batches as they are derived) in one transaction; a fact whose quote is not the text at its offsets rolls it back. */
export async function saveDocumentWithFacts(db: Db, document: DocumentRecord, facts: readonly FactRecord[] | FactBatches): Promise<SaveOutcome> {
  const batches = "batches" in facts ? facts.batches : [facts];
  return db.$transaction(
    async (tx) => {
      const same = await tx.document.findFirst({
        where: { OR: [{ slug: document.slug }, { contentHash: document.contentHash }] },
        select: { id: true, contentHash: true, extractorVersion: true, _count: { select: { facts: true } } },
      });
      if (same && same.contentHash === document.contentHash && same.extractorVersion === document.extractorVersion) {
        return { status: "unchanged", documentId: same.id, facts: same._count.facts };
      }
      if (same) await tx.document.delete({ where: { id: same.id } });
      const inPieces = document.text.length > TEXT_CHUNK_LENGTH;
      const created = await tx.document.create({ data: { ...document, text: inPieces ? "" : document.text }, select: { id: true } });
      if (inPieces) await writeTextInPieces(tx, created.id, document.text);
      let written = 0;
      for (const batch of batches) {
        assertQuotesAreVerbatim(document.text, batch);
        await insertFacts(tx, created.id, batch);
        written += batch.length;
      }
      return { status: same ? "replaced" : "created", documentId: created.id, facts: written };
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}

/**
 * A long text goes in pieces, gathered by one UPDATE: sent as one parameter, a 50 MB document's
 * text was copied whole into the driver's message buffer (which grows by half again each time it
 * is short), and that copy was the write's peak memory (~60 MB over the rest of the write). The
 * temporary table lives only inside this transaction (a rollback drops it too).
 */
async function writeTextInPieces(tx: Prisma.TransactionClient, documentId: number, text: string) {
  await tx.$executeRaw`CREATE TEMP TABLE document_text_piece (n int PRIMARY KEY, piece text NOT NULL)`;
  let n = 0;
  for (const piece of textChunks(text)) await tx.$executeRaw`INSERT INTO document_text_piece (n, piece) VALUES (${n++}, ${piece})`;
  await tx.$executeRaw`UPDATE "Document" SET text = (SELECT string_agg(piece, '' ORDER BY n) FROM document_text_piece) WHERE id = ${documentId}`;
  await tx.$executeRaw`DROP TABLE document_text_piece`;
}

/**
 * Facts per INSERT: each statement sends one array per column, so its size is what is bounded.
 * Small, because Prisma's debug module keeps its last 100 calls' arguments (even with debugging
 * off), the statement and its parameters among them: at 5,000 facts a 50 MB document's write held
 * a few hundred MB of past chunks; at 1,000 the peak was ~150 MB lower, at a similar write time.
 */
export const FACTS_PER_INSERT = 1_000;

/**
 * Inserts facts in chunks, each one statement of column arrays unnested into rows: one round trip
 * per chunk rather than per handful of rows, and no statement too large for the driver.
 */
async function insertFacts(tx: Prisma.TransactionClient, documentId: number, facts: readonly FactRecord[]) {
  for (let from = 0; from < facts.length; from += FACTS_PER_INSERT) {
    const chunk = facts.slice(from, from + FACTS_PER_INSERT);
    const column = <K extends keyof FactRecord>(key: K) => chunk.map((fact) => fact[key]);
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO "Fact" ("documentId", "placeCode", year, month, day, precision, "dateText", category, quote, start, "end", "sentenceNo", derivation, "matchedText")
      SELECT ${documentId}, f.place, f.year, f.month, f.day, f.precision::"DatePrecision", f.date_text, f.category::"FactCategory",
             f.quote, f.start, f.finish, f.sentence_no, f.derivation::"FactDerivation", f.matched_text
        FROM unnest(
          ${column("placeCode")}::text[], ${column("year")}::int[], ${column("month")}::int[], ${column("day")}::int[],
          ${column("precision")}::text[], ${column("dateText")}::text[], ${column("category")}::text[], ${column("quote")}::text[],
          ${column("start")}::int[], ${column("end")}::int[], ${column("sentenceNo")}::int[], ${column("derivation")}::text[],
          ${column("matchedText")}::text[]
        ) AS f(place, year, month, day, precision, date_text, category, quote, start, finish, sentence_no, derivation, matched_text)`);
  }
}

function assertQuotesAreVerbatim(text: string, facts: readonly FactRecord[]) {
  const bad = facts.find((fact) => text.slice(fact.start, fact.end) !== fact.quote);
  if (bad) {
    throw new QuoteMismatchError(`A fact's quote is not the text at ${bad.start}–${bad.end}: "${bad.quote.slice(0, 40)}…"`);
  }
}

export async function countDocuments(db: Tx): Promise<number> {
  return db.document.count();
}

export async function listDocuments(db: Tx) {
  return db.document.findMany({
    orderBy: { publishedOn: "desc" },
    select: {
      id: true, slug: true, title: true, titleEn: true, publisher: true, publisherEn: true, kind: true,
      publishedOn: true, coversFrom: true, coversTo: true, sourceUrl: true, licenceNote: true,
      _count: { select: { facts: true } },
    },
  });
}

export async function findDocument(db: Tx, id: number) {
  return db.document.findUnique({ where: { id } });
}

/** A document's public metadata and its normalised text (the text every fact offset refers to). */
export async function findDocumentWithText(db: Tx, id: number) {
  return db.document.findUnique({
    where: { id },
    select: {
      id: true, slug: true, title: true, titleEn: true, publisher: true, publisherEn: true, kind: true,
      publishedOn: true, coversFrom: true, coversTo: true, language: true, sourceUrl: true, licenceNote: true,
      encoding: true, contentHash: true, extractorVersion: true, ingestedAt: true, text: true,
      _count: { select: { facts: true } },
    },
  });
}

export async function documentExists(db: Tx, id: number): Promise<boolean> {
  return (await db.document.count({ where: { id } })) > 0;
}
