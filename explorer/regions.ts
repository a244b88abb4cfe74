// Who holds each special region in a year, and which places belong to a regional summary then.
import type { ExplorerMembership, ExplorerPlace } from "./types";

export type RegionStatus = "japan-claim-russian-administration" | "annexed-by-russia" | "breakaway" | "held-by-de-jure-state";

export interface RegionHolding {
  code: string;
  status: RegionStatus;
  administrator: string | null;
  note: string | null;
}

export function controlInYear(place: ExplorerPlace, year: number) {
  return place.control.find((row) => row.fromYear <= year && (row.toYear === null || year <= row.toYear)) ?? null;
}

export function regionHolding(place: ExplorerPlace, year: number): RegionHolding {
  const control = controlInYear(place, year);
  const administrator = control?.administrator ?? null;
  let status: RegionStatus;
  if (place.code === "northern-territories") status = "japan-claim-russian-administration";
  else if (administrator === place.parentCode || administrator === null) status = "held-by-de-jure-state";
  else if (administrator === "RUS") status = "annexed-by-russia";
  else status = "breakaway";
  return { code: place.code, status, administrator, note: control?.note ?? null };
}

export const SUMMARY_REGIONS = ["russia", "central-asia", "caucasus", "eastern-europe", "csto"] as const;
export type SummaryRegion = (typeof SUMMARY_REGIONS)[number];

export interface RegionMember {
  code: string;
  status: "member" | "suspended" | "administered";
}

/**
 * The places of a summary region in a year: a group's members (suspended ones too, marked), or for
 * "russia" RUS plus the special regions Russia administers that year.
 */
export function regionMembers(region: string, year: number, memberships: readonly ExplorerMembership[], places: readonly ExplorerPlace[]): RegionMember[] {
  if (region === "russia") {
    const administered = places
      .filter((place) => place.kind === "special_region" && controlInYear(place, year)?.administrator === "RUS")
      .map((place): RegionMember => ({ code: place.code, status: "administered" }));
    return [{ code: "RUS", status: "member" }, ...administered];
  }
  return memberships
    .filter((m) => m.groupCode === region && m.status !== "observer" && m.fromYear <= year && (m.toYear === null || year <= m.toYear))
    .map((m): RegionMember => ({ code: m.memberCode, status: m.status === "suspended" ? "suspended" : "member" }))
    .sort((a, b) => a.code.localeCompare(b.code));
}
