// Reads everything the explorer page needs in parallel and turns it into plain serialisable
// props. Facts travel as counts only; a place's quotes are fetched when it is selected.
// Free of server-only so that `npm run bench` can read the same data the page gets.
import type { Db } from "@/db/client";
import { queryDeployments } from "@/db/deployments";
import { factCountsByPlaceAndYear, factSpans } from "@/db/facts";
import { listGroupMemberships, listPlacesWithNamesAndControl } from "@/db/places";
import { timelineOf, type TimelineEntry, type TimelineSubjectCode } from "@/db/timelines";
import { SUMMARY_REGIONS } from "./regions";
import { yearsWithData } from "./years";
import type { ExplorerData, ExplorerDeployment, ExplorerPlace, TimelineEventItem } from "./types";

const TIMELINE_SUBJECTS: Record<string, TimelineSubjectCode> = {
  "northern-territories": "northern_territories",
  "nagorno-karabakh": "nagorno_karabakh",
};

function timelineEvents(entries: TimelineEntry[]): TimelineEventItem[] {
  return entries.flatMap((entry) =>
    entry.type !== "event"
      ? []
      : [{
          slug: entry.slug, year: entry.year, month: entry.month, day: entry.day, titleEn: entry.titleEn, titleJa: entry.titleJa,
          origin: entry.origin, citation: entry.citation,
          quotes: entry.quotes.map((q) => ({
            factId: q.factId, year: q.year, quote: q.quote, start: q.start, end: q.end,
            documentId: q.document.id, documentTitle: q.document.title, documentTitleEn: q.document.titleEn,
          })),
        }],
  );
}

/** The curated timelines; a database without them (older migrations) gives none rather than no page. */
async function loadTimelines(db: Db): Promise<Record<string, TimelineEventItem[]>> {
  const entries = await Promise.all(
    Object.entries(TIMELINE_SUBJECTS).map(async ([code, subject]) => [code, timelineEvents(await timelineOf(db, subject).catch(() => []))] as const),
  );
  return Object.fromEntries(entries);
}

export const FACT_CATEGORIES = [
  "diplomacy", "conflict", "territory", "military_deployment", "military_activity", "security_cooperation", "domestic_politics",
  "elections", "economy_trade", "energy", "sanctions", "humanitarian", "culture_exchange", "other",
] as const;

export async function readExplorerData(db: Db): Promise<ExplorerData> {
  const [places, counts, deployments, memberships, timelines] = await Promise.all([
    listPlacesWithNamesAndControl(db),
    factCountsByPlaceAndYear(db),
    queryDeployments(db, {}),
    listGroupMemberships(db),
    loadTimelines(db),
  ]);
  const spans = await factSpans(db, deployments.flatMap((d) => d.sources.flatMap((s) => (s.factId === null ? [] : [s.factId]))));
  const explorerPlaces: ExplorerPlace[] = places.map((place) => ({
    code: place.code,
    kind: place.kind,
    nameEn: place.nameEn,
    nameJa: place.nameJa,
    parentCode: place.parentCode,
    names: place.names.map((n) => n.name),
    control: place.control,
  }));
  const explorerDeployments: ExplorerDeployment[] = deployments.map((d) => ({
    slug: d.slug, hostCode: d.hostCode, regionCode: d.regionCode, locationEn: d.locationEn, locationJa: d.locationJa,
    lat: d.lat, lon: d.lon, unitOrFacility: d.unitOrFacility, framework: d.framework, startYear: d.startYear, endYear: d.endYear,
    personnelLow: d.personnelLow, personnelHigh: d.personnelHigh, origin: d.origin, note: d.note,
    documentSupported: d.sources.some((s) => s.factId !== null),
    sources: d.sources.map((s) => ({
      title: s.title, url: s.url, factId: s.factId, quote: s.fact?.quote ?? null, documentId: s.fact?.document.id ?? null,
      quoteSpan: s.factId === null ? null : (spans.get(s.factId) ?? null),
    })),
  }));
  const years = [...counts.map((row) => row.year), ...deployments.map((d) => d.startYear)];
  const currentYear = new Date().getUTCFullYear();
  const lastFact = Math.max(...counts.map((row) => row.year), 0);
  const first = years.length ? Math.min(...years) : currentYear;
  const last = Math.max(lastFact, first);
  return {
    places: explorerPlaces,
    counts,
    deployments: explorerDeployments,
    memberships: memberships.map((m) => ({ ...m })),
    categories: [...FACT_CATEGORIES],
    years: { first, last, withData: yearsWithData(counts, explorerDeployments) },
    timelines,
  };
}

export const EXPLORER_REGIONS = SUMMARY_REGIONS;
