// Which document facts support a curated timeline event: pure rules over a fact's place, date,
// category and quote (the rules themselves live in data/timelines/*.json).
import type { $Enums } from "../db/generated/prisma/client";

export interface PartialDate {
  year: number;
  month: number | null;
  day: number | null;
  precision: $Enums.DatePrecision;
}

/** The fields of a fact the rules look at. */
export interface CandidateFact {
  id: number;
  placeCode: string;
  year: number;
  month: number | null;
  day: number | null;
  category: $Enums.FactCategory;
  quote: string;
}

export interface MatchRule {
  places: string[];
  /** The window a fact's date must overlap (inclusive); partial dates cover their whole month or year. */
  from: PartialDate;
  to: PartialDate;
  categories?: $Enums.FactCategory[];
  quoteIncludesAny?: string[];
  quoteIncludesAll?: string[];
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "2020", "2020-11" or "2020-11-09" → a date with its precision; null when malformed. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > daysInMonth(year, month!))) return null;
  const precision = day !== null ? "day" : month !== null ? "month" : "year";
  return { year, month, day, precision };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First and last day a partial date covers, as comparable yyyymmdd numbers. */
export function dateSpan(date: Pick<PartialDate, "year" | "month" | "day">): [number, number] {
  const base = date.year * 10_000;
  if (date.month === null) return [base + 101, base + 1231];
  const monthBase = base + date.month * 100;
  if (date.day === null) return [monthBase + 1, monthBase + 31];
  return [monthBase + date.day, monthBase + date.day];
}

export function datesOverlap(fact: Pick<PartialDate, "year" | "month" | "day">, from: PartialDate, to: PartialDate): boolean {
  const [factStart, factEnd] = dateSpan(fact);
  return factStart <= dateSpan(to)[1] && dateSpan(from)[0] <= factEnd;
}

export function quoteMatches(quote: string, rule: Pick<MatchRule, "quoteIncludesAny" | "quoteIncludesAll">): boolean {
  if (rule.quoteIncludesAny?.length && !rule.quoteIncludesAny.some((word) => quote.includes(word))) return false;
  if (rule.quoteIncludesAll?.length && !rule.quoteIncludesAll.every((word) => quote.includes(word))) return false;
  return true;
}

export function factMatchesRule(fact: CandidateFact, rule: MatchRule): boolean {
  return (
    rule.places.includes(fact.placeCode) &&
    datesOverlap(fact, rule.from, rule.to) &&
    (!rule.categories?.length || rule.categories.includes(fact.category)) &&
    quoteMatches(fact.quote, rule)
  );
}

/** For each event (by slug), the ids of the facts its rule matches, in the facts' order. */
export function linkEventFacts<Fact extends CandidateFact>(
  events: readonly { slug: string; match: MatchRule }[],
  facts: readonly Fact[],
): Map<string, number[]> {
  return new Map(events.map((event) => [event.slug, facts.filter((fact) => factMatchesRule(fact, event.match)).map((fact) => fact.id)]));
}
