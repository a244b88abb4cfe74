// Two years' deployments compared (the API's pairing rules) and the map marks that show it.
import { compareDeployments } from "@/db/deployments";
import { isActive } from "./deploymentPoints";
import type { ExplorerDeployment } from "./types";

export type DeploymentComparison = ReturnType<typeof compareDeployments<ExplorerDeployment>> & {
  /** Active in the later year but ending in it (e.g. withdrawn during that year). */
  endingInLaterYear: ExplorerDeployment[];
  /** Started after the earlier year and ended before the later one: came and went in between. */
  cameAndWent: ExplorerDeployment[];
};
export type ChangeMark = "added" | "ended" | "changed" | "unchanged";

export function compareYears(deployments: readonly ExplorerDeployment[], from: number, to: number): DeploymentComparison {
  const [early, late] = from <= to ? [from, to] : [to, from];
  const base = compareDeployments(
    deployments.filter((d) => isActive(d, from)),
    deployments.filter((d) => isActive(d, to)),
  );
  return {
    ...base,
    endingInLaterYear: deployments.filter((d) => isActive(d, late) && d.endYear === late && isActive(d, early)),
    cameAndWent: deployments.filter((d) => d.startYear > early && d.endYear !== null && d.endYear < late),
  };
}

/** Feature state per deployment slug: ended marks the earlier row, the others the later one. */
export function changeMarks(comparison: DeploymentComparison): Record<string, { change: ChangeMark }> {
  const marks: Record<string, { change: ChangeMark }> = {};
  for (const d of comparison.unchanged) marks[d.slug] = { change: "unchanged" };
  for (const d of comparison.added) marks[d.slug] = { change: "added" };
  for (const d of comparison.ended) marks[d.slug] = { change: "ended" };
  for (const d of comparison.endingInLaterYear) marks[d.slug] = { change: "ended" };
  for (const c of comparison.changed) {
    if (c.from.slug !== c.to.slug) marks[c.from.slug] = { change: "ended" };
    marks[c.to.slug] = { change: "changed" };
  }
  return marks;
}
