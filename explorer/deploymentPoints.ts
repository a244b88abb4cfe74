// Deployments as map points and the year filters the map applies to them (one setFilter per
// year, never new data), plus the change marks of a comparison.
import type { FeatureCollection, Point } from "geojson";
import type { ExpressionSpecification, FilterSpecification } from "maplibre-gl";
import type { ExplorerDeployment } from "./types";

export const ONGOING_END_YEAR = 9999;

export type DeploymentPointProperties = {
  id: string;
  name_en: string;
  name_ja: string;
  framework: string;
  personnel: number;
  /** "reference" or "document" (a quoted document supports it). */
  mark: "reference" | "document";
  startYear: number;
  endYear: number;
};

export function personnelOf(deployment: Pick<ExplorerDeployment, "personnelLow" | "personnelHigh">): number {
  return deployment.personnelHigh ?? deployment.personnelLow ?? 0;
}

export function deploymentPoints(deployments: readonly ExplorerDeployment[]): FeatureCollection<Point, DeploymentPointProperties> {
  return {
    type: "FeatureCollection",
    features: deployments.map((d) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [d.lon, d.lat] },
      properties: {
        id: d.slug,
        name_en: d.locationEn,
        name_ja: d.locationJa,
        framework: d.framework,
        personnel: personnelOf(d),
        mark: d.origin === "document" || d.documentSupported ? "document" : "reference",
        startYear: d.startYear,
        endYear: d.endYear ?? ONGOING_END_YEAR,
      },
    })),
  };
}

export function isActive(deployment: Pick<ExplorerDeployment, "startYear" | "endYear">, year: number): boolean {
  return deployment.startYear <= year && (deployment.endYear === null || year <= deployment.endYear);
}

function activeFilter(year: number): ExpressionSpecification {
  return ["all", ["<=", ["get", "startYear"], year], [">=", ["get", "endYear"], year]];
}

/** Points active in the year, or with a comparison those active in either year. */
export function deploymentFilter(year: number, compare: readonly [number, number] | null): FilterSpecification {
  if (!compare) return activeFilter(year);
  return ["any", activeFilter(compare[0]), activeFilter(compare[1])];
}

/** Deployments that end in the year: still active by the year rule, drawn as ending. */
export function endingInYear(deployments: readonly ExplorerDeployment[], year: number): ExplorerDeployment[] {
  return deployments.filter((d) => d.endYear === year && d.startYear <= year);
}
