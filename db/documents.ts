// Documents and the facts derived from them. A document and its facts are written in one
// transaction: the same text twice changes nothing, a changed text replaces the old facts.
import type { Db } from "./client";
import type { $Enums, Prisma } from "./generated/prisma/client";

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

export async function saveDocumentWithFacts(db: Db, document: DocumentRecord, facts: FactRecord[]): Promise<SaveOutcome> {
  assertQuotesAreVerbatim(document.text, facts);
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
      const created = await tx.document.create({ data: document, select: { id: true } });
      await tx.fact.createMany({ data: facts.map((fact) => ({ ...fact, documentId: created.id })) });
      return { status: same ? "replaced" : "created", documentId: created.id, facts: facts.length };
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}

function assertQuotesAreVerbatim(text: string, facts: FactRecord[]) {
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
