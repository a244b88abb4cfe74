// Facts: what a document says about a place in a year, with the verbatim quote.
import type { Db } from "./client";
import type { $Enums, Prisma } from "./generated/prisma/client";

type Tx = Db | Prisma.TransactionClient;

export async function countFacts(db: Tx): Promise<number> {
  return db.fact.count();
}

/** Facts per place and year: what the choropleth colours by. */
export async function factCountsByPlaceAndYear(db: Tx) {
  const rows = await db.fact.groupBy({ by: ["placeCode", "year", "category"], _count: { _all: true } });
  return rows.map((row) => ({ placeCode: row.placeCode, year: row.year, category: row.category, count: row._count._all }));
}

/** Where each fact's quote sits in its document, for links that highlight it. */
export async function factSpans(db: Tx, ids: readonly number[]): Promise<Map<number, { start: number; end: number }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.fact.findMany({ where: { id: { in: [...ids] } }, select: { id: true, start: true, end: true } });
  return new Map(rows.map((row) => [row.id, { start: row.start, end: row.end }]));
}

export async function factsForPlace(db: Tx, placeCode: string, years: { from: number; to: number }) {
  return db.fact.findMany({
    where: { placeCode, year: { gte: years.from, lte: years.to } },
    orderBy: [{ year: "asc" }, { month: "asc" }, { day: "asc" }, { id: "asc" }],
    include: { document: { select: { id: true, title: true, titleEn: true, publisher: true, publishedOn: true, sourceUrl: true } } },
  });
}

/** Where the API's fact queries narrow down to; every field is optional and they combine with AND. */
export interface FactFilter {
  placeCode?: string;
  /** Places over spans of years (a region group by year): a fact counts when its year is in its place's span. */
  spans?: { placeCode: string; fromYear: number; toYear: number | null }[];
  years?: { from: number; to: number };
  categories?: $Enums.FactCategory[];
  documentId?: number;
  /** Text the quote contains, case-insensitively (ILIKE, served by the trigram index). */
  text?: string;
}

/** Escapes the LIKE wildcards so user text matches literally (backslash is Postgres's default escape). */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function factWhere(filter: FactFilter): Prisma.FactWhereInput {
  const and: Prisma.FactWhereInput[] = [];
  if (filter.placeCode !== undefined) and.push({ placeCode: filter.placeCode });
  if (filter.spans !== undefined) {
    and.push({
      OR: filter.spans.map((span) => ({
        placeCode: span.placeCode,
        year: span.toYear === null ? { gte: span.fromYear } : { gte: span.fromYear, lte: span.toYear },
      })),
    });
  }
  if (filter.years) and.push({ year: { gte: filter.years.from, lte: filter.years.to } });
  if (filter.categories?.length) and.push({ category: { in: filter.categories } });
  if (filter.documentId !== undefined) and.push({ documentId: filter.documentId });
  if (filter.text !== undefined) and.push({ quote: { contains: escapeLikePattern(filter.text), mode: "insensitive" } }); // Prisma does not escape LIKE wildcards
  return { AND: and };
}

const factListSelect = {
  id: true, placeCode: true, year: true, month: true, day: true, precision: true, dateText: true, category: true,
  quote: true, start: true, end: true, documentId: true,
  place: { select: { nameEn: true, nameJa: true, lat: true, lon: true } },
  document: { select: { title: true, titleEn: true, publisher: true, publisherEn: true, sourceUrl: true, publishedOn: true } },
} satisfies Prisma.FactSelect;

export type FactListItem = Prisma.FactGetPayload<{ select: typeof factListSelect }>;

/** One page of facts in id order after `afterId`; hasMore says whether another page follows. */
export async function queryFacts(db: Tx, filter: FactFilter, page: { afterId?: number; limit: number }) {
  const where = factWhere(filter);
  const rows = await db.fact.findMany({
    where: page.afterId === undefined ? where : { AND: [where, { id: { gt: page.afterId } }] },
    orderBy: { id: "asc" },
    take: page.limit + 1,
    select: factListSelect,
  });
  return { items: rows.slice(0, page.limit), hasMore: rows.length > page.limit };
}

/** Facts in date order (undated months and days last): the key events of a summary. */
export async function factsInDateOrder(db: Tx, filter: FactFilter, limit: number) {
  return db.fact.findMany({
    where: factWhere(filter),
    orderBy: [{ year: "asc" }, { month: { sort: "asc", nulls: "last" } }, { day: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    take: limit,
    select: factListSelect,
  });
}

/** Fact counts per place, year and category under a filter, in a stable order. */
export async function factCounts(db: Tx, filter: FactFilter) {
  const rows = await db.fact.groupBy({
    by: ["placeCode", "year", "category"],
    where: factWhere(filter),
    _count: { _all: true },
    orderBy: [{ placeCode: "asc" }, { year: "asc" }, { category: "asc" }],
  });
  return rows.map((row) => ({ placeCode: row.placeCode, year: row.year, category: row.category, count: row._count._all }));
}
