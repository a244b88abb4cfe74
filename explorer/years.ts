// The years the slider stops at: those with a fact, and those in which a deployment starts or ends
// (the map changes then). Years with neither look like their neighbours and are skipped.
import type { ExplorerDeployment, FactCountRow } from "./types";

export function yearsWithData(counts: readonly Pick<FactCountRow, "year">[], deployments: readonly Pick<ExplorerDeployment, "startYear" | "endYear">[]): number[] {
  const years = new Set<number>();
  for (const row of counts) years.add(row.year);
  for (const d of deployments) {
    years.add(d.startYear);
    if (d.endYear !== null) years.add(d.endYear);
  }
  return [...years].sort((a, b) => a - b);
}
