// How deployments leave the API: JSON items, CSV rows and GeoJSON points, each with its sources
// (reference-table citations, or the quoted document for a document-derived row).
import type { Feature, FeatureCollection, Point } from "geojson";
import type { DeploymentItem } from "@/db/deployments";
import type { CsvColumn } from "./csv";

export function deploymentSources(deployment: DeploymentItem) {
  return deployment.sources.map((source) => ({
    title: source.title,
    url: source.url,
    factId: source.factId,
    quote: source.fact?.quote ?? null,
    document: source.fact
      ? { id: source.fact.document.id, title: source.fact.document.title, publisher: source.fact.document.publisher, sourceUrl: source.fact.document.sourceUrl }
      : null,
  }));
}

export function deploymentJson(deployment: DeploymentItem) {
  const { id: _id, sources: _sources, ...fields } = deployment;
  return { ...fields, sources: deploymentSources(deployment) };
}

/** The map layer's point properties (the brief list, plus the fields a popup needs). */
export function deploymentLayerProperties(deployment: DeploymentItem) {
  return {
    slug: deployment.slug,
    framework: deployment.framework,
    personnelLow: deployment.personnelLow,
    personnelHigh: deployment.personnelHigh,
    personnelAsOf: deployment.personnelAsOf,
    origin: deployment.origin,
    startYear: deployment.startYear,
    endYear: deployment.endYear,
    hostCode: deployment.hostCode,
    regionCode: deployment.regionCode,
    locationEn: deployment.locationEn,
    locationJa: deployment.locationJa,
    unitOrFacility: deployment.unitOrFacility,
  };
}

export function deploymentsGeoJson(
  deployments: DeploymentItem[],
  properties: (d: DeploymentItem) => Record<string, unknown> = deploymentJson,
): FeatureCollection<Point> {
  return {
    type: "FeatureCollection",
    features: deployments.map(
      (deployment): Feature<Point> => ({
        type: "Feature",
        id: deployment.slug,
        geometry: { type: "Point", coordinates: [deployment.lon, deployment.lat] },
        properties: properties(deployment),
      }),
    ),
  };
}

const joinSources = (d: DeploymentItem, pick: (s: ReturnType<typeof deploymentSources>[number]) => string | null) =>
  deploymentSources(d).map((s) => pick(s) ?? "").join(" | ");

export const deploymentCsvColumns: readonly CsvColumn<DeploymentItem>[] = [
  { header: "slug", value: (d) => d.slug },
  { header: "host_code", value: (d) => d.hostCode },
  { header: "region_code", value: (d) => d.regionCode },
  { header: "location_en", value: (d) => d.locationEn },
  { header: "location_ja", value: (d) => d.locationJa },
  { header: "lat", value: (d) => d.lat },
  { header: "lon", value: (d) => d.lon },
  { header: "unit_or_facility", value: (d) => d.unitOrFacility },
  { header: "framework", value: (d) => d.framework },
  { header: "start_year", value: (d) => d.startYear },
  { header: "end_year", value: (d) => d.endYear },
  { header: "personnel_low", value: (d) => d.personnelLow },
  { header: "personnel_high", value: (d) => d.personnelHigh },
  { header: "personnel_as_of", value: (d) => d.personnelAsOf },
  { header: "origin", value: (d) => d.origin },
  { header: "source_titles", value: (d) => joinSources(d, (s) => s.document?.title ?? s.title) },
  { header: "source_publishers", value: (d) => joinSources(d, (s) => s.document?.publisher ?? null) },
  { header: "source_urls", value: (d) => joinSources(d, (s) => s.document?.sourceUrl ?? s.url) },
  { header: "note", value: (d) => d.note },
];
