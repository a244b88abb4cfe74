// Facts: what a document says about a place in a year, with the verbatim quote.
import type { Db } from "./client";
import type { Prisma } from "./generated/prisma/client";

type Tx = Db | Prisma.TransactionClient;

export async function countFacts(db: Tx): Promise<number> {
  return db.fact.count();
}

/** Facts per place and year: what the choropleth colours by. */
export async function factCountsByPlaceAndYear(db: Tx) {
  const rows = await db.fact.groupBy({ by: ["placeCode", "year", "category"], _count: { _all: true } });
  return rows.map((row) => ({ placeCode: row.placeCode, year: row.year, category: row.category, count: row._count._all }));
}

export async function factsForPlace(db: Tx, placeCode: string, years: { from: number; to: number }) {
  return db.fact.findMany({
    where: { placeCode, year: { gte: years.from, lte: years.to } },
    orderBy: [{ year: "asc" }, { month: "asc" }, { day: "asc" }, { id: "asc" }],
    include: { document: { select: { id: true, title: true, titleEn: true, publisher: true, publishedOn: true, sourceUrl: true } } },
  });
}
