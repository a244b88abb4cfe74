// The first-class subjects: the curated timelines (Northern Territories, Nagorno-Karabakh) with the
// quotes that support them, and the reference deployments with the document quotes linked to them.
import type { Db } from "./client";
import type { $Enums, Prisma } from "./generated/prisma/client";

type Tx = Db | Prisma.TransactionClient;

export type TimelineSubjectCode = "northern_territories" | "nagorno_karabakh";

/**
 * The places whose facts belong on a subject's timeline: the special region with its subregions,
 * plus (for Nagorno-Karabakh) the conflict facts of the two parties.
 */
const SUBJECT_PLACES: Record<TimelineSubjectCode, { region: string; conflictParties: string[] }> = {
  northern_territories: { region: "northern-territories", conflictParties: [] },
  nagorno_karabakh: { region: "nagorno-karabakh", conflictParties: ["ARM", "AZE"] },
};

/** The facts the subject rules look at, with what the links need. */
export async function factsForSubjectLinking(db: Tx) {
  return db.fact.findMany({
    select: { id: true, placeCode: true, year: true, month: true, day: true, category: true, quote: true, documentId: true, start: true },
    orderBy: { id: "asc" },
  });
}

export async function referenceDeploymentsForLinking(db: Tx) {
  return db.deployment.findMany({
    where: { origin: "reference" },
    select: { id: true, slug: true, hostCode: true, regionCode: true, startYear: true, endYear: true },
    orderBy: { id: "asc" },
  });
}

/** The stored fields of a curated timeline event. */
export interface TimelineEventFields {
  slug: string;
  placeCode: string;
  year: number;
  month: number | null;
  day: number | null;
  precision: $Enums.DatePrecision;
  kind: string;
  titleEn: string;
  titleJa: string;
  origin: $Enums.DataOrigin;
}

export interface SubjectLinks {
  events: (TimelineEventFields & {
    subject: $Enums.TimelineSubject;
    sourceTitle: string | null;
    sourceUrl: string | null;
    factIds: number[];
  })[];
  deploymentSources: { deploymentId: number; factId: number; title: string; url: string | null }[];
}

/**
 * Replaces every timeline event (and its fact links) and every document-derived deployment source.
 * The reference deployments and their reference citations are left as they are.
 */
export async function replaceSubjectLinks(tx: Prisma.TransactionClient, links: SubjectLinks): Promise<void> {
  await tx.timelineEvent.deleteMany({});
  await tx.deploymentSource.deleteMany({ where: { factId: { not: null } } });
  const created = await tx.timelineEvent.createManyAndReturn({
    data: links.events.map(({ factIds: _factIds, ...event }) => event),
    select: { id: true, slug: true },
  });
  const idOf = new Map(created.map((event) => [event.slug, event.id]));
  const eventFacts = links.events.flatMap((event) => event.factIds.map((factId) => ({ eventId: idOf.get(event.slug)!, factId })));
  if (eventFacts.length > 0) await tx.timelineEventFact.createMany({ data: eventFacts });
  if (links.deploymentSources.length > 0) await tx.deploymentSource.createMany({ data: links.deploymentSources });
}

const quoteSelect = {
  id: true, placeCode: true, year: true, month: true, day: true, precision: true, category: true, quote: true, start: true, end: true,
  document: { select: { id: true, slug: true, title: true, titleEn: true, sourceUrl: true } },
} satisfies Prisma.FactSelect;

type FactRow = Prisma.FactGetPayload<{ select: typeof quoteSelect }>;

export interface TimelineQuote {
  factId: number;
  placeCode: string;
  year: number;
  month: number | null;
  day: number | null;
  category: $Enums.FactCategory;
  quote: string;
  start: number;
  end: number;
  document: { id: number; slug: string; title: string; titleEn: string | null; sourceUrl: string | null };
}

export interface TimelineEventEntry extends TimelineEventFields {
  type: "event";
  /** The reference citation of an event no document supports (curated in data/timelines). */
  citation: { title: string; url: string | null } | null;
  quotes: TimelineQuote[];
}

export interface TimelineMentionEntry {
  type: "mention";
  placeCode: string;
  year: number;
  month: number | null;
  day: number | null;
  precision: $Enums.DatePrecision;
  quote: TimelineQuote;
}

export type TimelineEntry = TimelineEventEntry | TimelineMentionEntry;

/**
 * A subject's timeline between two years (inclusive): its curated events with their supporting
 * quotes, plus the facts of its places that no event took, as document mentions; ordered by date.
 */
export async function timelineOf(db: Tx, subject: TimelineSubjectCode, range: { from?: number; to?: number } = {}): Promise<TimelineEntry[]> {
  const years = { gte: range.from, lte: range.to };
  const events = await db.timelineEvent.findMany({
    where: { subject, year: years },
    include: { facts: { select: { fact: { select: quoteSelect } } } },
  });
  const linked = new Set(events.flatMap((event) => event.facts.map(({ fact }) => sentenceDateKey(fact))));
  const eventEntries: TimelineEventEntry[] = events.map((event) => ({
    type: "event",
    slug: event.slug,
    placeCode: event.placeCode,
    year: event.year,
    month: event.month,
    day: event.day,
    precision: event.precision,
    kind: event.kind,
    titleEn: event.titleEn,
    titleJa: event.titleJa,
    origin: event.origin,
    citation: event.sourceTitle ? { title: event.sourceTitle, url: event.sourceUrl } : null,
    quotes: event.facts.map(({ fact }) => toQuote(fact)).sort(byDate),
  }));

  const { region, conflictParties } = SUBJECT_PLACES[subject];
  const places = await db.place.findMany({ where: { OR: [{ code: region }, { parentCode: region }] }, select: { code: true } });
  const candidates = await db.fact.findMany({
    where: {
      year: years,
      OR: [{ placeCode: { in: places.map((p) => p.code) } }, { placeCode: { in: conflictParties }, category: "conflict" }],
    },
    select: quoteSelect,
    orderBy: { id: "asc" },
  });
  const mentions: TimelineMentionEntry[] = [];
  const seen = new Set(linked);
  for (const fact of candidates) {
    const key = sentenceDateKey(fact);
    if (seen.has(key)) continue;
    seen.add(key);
    mentions.push({ type: "mention", placeCode: fact.placeCode, year: fact.year, month: fact.month, day: fact.day, precision: fact.precision, quote: toQuote(fact) });
  }
  return [...eventEntries, ...mentions].sort((a, b) => byDate(a, b) || (a.type === b.type ? 0 : a.type === "event" ? -1 : 1));
}

/** One sentence at one date: the same quote tied to several places shows once. */
function sentenceDateKey(fact: Pick<FactRow, "document" | "start" | "year" | "month" | "day">): string {
  return `${fact.document.id}:${fact.start}:${fact.year}-${fact.month ?? ""}-${fact.day ?? ""}`;
}

function toQuote(fact: FactRow): TimelineQuote {
  const { id, precision: _precision, ...rest } = fact;
  return { factId: id, ...rest };
}

function byDate(a: { year: number; month: number | null; day: number | null }, b: { year: number; month: number | null; day: number | null }): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

const supportSelect = {
  id: true, slug: true, hostCode: true, regionCode: true, locationEn: true, locationJa: true, lat: true, lon: true,
  unitOrFacility: true, framework: true, startYear: true, endYear: true, personnelLow: true, personnelHigh: true,
  personnelAsOf: true, origin: true, note: true,
  sources: { orderBy: { id: "asc" }, select: { title: true, url: true, fact: { select: quoteSelect } } },
} satisfies Prisma.DeploymentSelect;

export interface DeploymentSupport extends Omit<Prisma.DeploymentGetPayload<{ select: typeof supportSelect }>, "sources"> {
  /** "document" when a document quote dated in the requested year supports it, else "reference" only. */
  support: $Enums.DataOrigin;
  /** The reference table's citations. */
  citations: { title: string; url: string | null }[];
  /** Every document quote linked to it (of any year it was active), ordered by date. */
  quotes: TimelineQuote[];
}

/** The deployments active in a year, each with its citations and the document quotes that support it. */
export async function deploymentsWithSupport(db: Tx, year: number): Promise<DeploymentSupport[]> {
  const rows = await db.deployment.findMany({
    where: { startYear: { lte: year }, OR: [{ endYear: null }, { endYear: { gte: year } }] },
    select: supportSelect,
    orderBy: { slug: "asc" },
  });
  return rows.map(({ sources, ...deployment }) => {
    const quotes = sources.flatMap((source) => (source.fact ? [toQuote(source.fact)] : [])).sort(byDate);
    return {
      ...deployment,
      support: quotes.some((quote) => quote.year === year) ? "document" : "reference",
      citations: sources.filter((source) => !source.fact).map(({ title, url }) => ({ title, url })),
      quotes,
    };
  });
}
