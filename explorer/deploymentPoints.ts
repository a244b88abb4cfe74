// Deployments as map points (set once; a year step only changes their `active` feature state, see
// mapState.ts), whether one is active in a year, and those ending in it.
import type { FeatureCollection, Point } from "geojson";
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

/** Deployments that end in the year: still active by the year rule, drawn as ending. */
export function endingInYear(deployments: readonly ExplorerDeployment[], year: number): ExplorerDeployment[] {
  return deployments.filter((d) => d.endYear === year && d.startYear <= year);
}
