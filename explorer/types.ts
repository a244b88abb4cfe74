// The explorer's data as the server page hands it to the client: plain, serialisable records.
import type { DeploymentRecord } from "@/db/deployments";
import type { $Enums } from "@/db/generated/prisma/client";

export type Language = "ja" | "en";
export type PlaceKind = "country" | "special_region" | "subregion" | "group";

export interface ExplorerPlace {
  code: string;
  kind: PlaceKind;
  nameEn: string;
  nameJa: string;
  parentCode: string | null;
  /** Every name and variant (ja and en) the place is known by, for search. */
  names: string[];
  control: { administrator: string; fromYear: number; toYear: number | null; note: string }[];
}

export interface FactCountRow {
  placeCode: string;
  year: number;
  category: string;
  count: number;
}

export type ExplorerDeployment = Omit<DeploymentRecord, "personnelAsOf" | "origin" | "sources"> & {
  origin: "reference" | "document";
  /** True when a source of the deployment is a fact quoted from an ingested document. */
  documentSupported: boolean;
  sources: {
    title: string; url: string | null; quote: string | null; documentId: number | null; factId: number | null;
    /** Where the quote sits in the document, so the document view can highlight it. */
    quoteSpan: { start: number; end: number } | null;
  }[];
};

export interface ExplorerMembership {
  groupCode: string;
  memberCode: string;
  fromYear: number;
  toYear: number | null;
  status: "member" | "suspended" | "observer";
}

/** A curated timeline event (Northern Territories, Nagorno-Karabakh) with the quotes that support it. */
export interface TimelineEventItem {
  slug: string;
  year: number;
  month: number | null;
  day: number | null;
  titleEn: string;
  titleJa: string;
  origin: "reference" | "document";
  citation: { title: string; url: string | null } | null;
  quotes: { factId: number; year: number; quote: string; start: number; end: number; documentId: number; documentTitle: string; documentTitleEn: string | null }[];
}

export interface ExplorerData {
  places: ExplorerPlace[];
  counts: FactCountRow[];
  deployments: ExplorerDeployment[];
  memberships: ExplorerMembership[];
  categories: string[];
  /** The span of the slider and the years it stops at (see years.ts). */
  years: { first: number; last: number; withData: number[] };
  /** Curated timeline events by special-region code; empty when the timelines are not loaded. */
  timelines: Record<string, TimelineEventItem[]>;
}

/** One fact as /api/facts returns it. */
export interface FactItem {
  id: number;
  placeCode: string;
  placeNameEn: string;
  placeNameJa: string;
  year: number;
  month: number | null;
  day: number | null;
  precision: "day" | "month" | "year";
  dateText: string | null;
  category: string;
  quote: string;
  start: number;
  end: number;
  document: { id: number; title: string; titleEn: string | null; publisher: string; publisherEn: string | null; sourceUrl: string | null };
}
