// Reads everything the explorer page needs in parallel and turns it into plain serialisable
// props. Facts travel as counts only; a place's quotes are fetched when it is selected.
import "server-only";
import type { Db } from "@/db/client";
import { queryDeployments } from "@/db/deployments";
import { factCountsByPlaceAndYear } from "@/db/facts";
import { listGroupMemberships, listPlacesWithNamesAndControl } from "@/db/places";
import { SUMMARY_REGIONS } from "./regions";
import type { ExplorerData, ExplorerDeployment, ExplorerPlace } from "./types";

export const FACT_CATEGORIES = [
  "diplomacy", "conflict", "territory", "military_deployment", "military_activity", "security_cooperation", "domestic_politics",
  "elections", "economy_trade", "energy", "sanctions", "humanitarian", "culture_exchange", "other",
] as const;

export async function loadExplorerData(db: Db): Promise<ExplorerData> {
  const [places, counts, deployments, memberships] = await Promise.all([
    listPlacesWithNamesAndControl(db),
    factCountsByPlaceAndYear(db),
    queryDeployments(db, {}),
    listGroupMemberships(db),
  ]);
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
    years: { first, last },
  };
}

export const EXPLORER_REGIONS = SUMMARY_REGIONS;
