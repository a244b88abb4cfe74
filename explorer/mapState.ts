// What the map shows for the selected year, as feature states keyed by place id or deployment
// slug: the choropleth class, the special regions' status, the summary's places, the deployments
// active in the year (or in either compared year) and the comparison marks. A year step changes
// only the states that differ, so the map never reloads its data while the slider moves.
import { choroplethClasses, countsByPlace } from "./choropleth";
import { changeMarks, type DeploymentComparison } from "./deploymentComparison";
import { endingInYear, isActive } from "./deploymentPoints";
import { regionHolding, regionMembers } from "./regions";
import type { ExplorerDeployment, ExplorerMembership, ExplorerPlace, FactCountRow } from "./types";
import type { YearMode } from "./urlState";

export type MapStateValue = number | string | boolean;
export type MapFeatureStates = Record<string, Record<string, MapStateValue>>;

export interface MapStateParts {
  /** Choropleth class per place (empty when the facts layer is off). */
  classes: Readonly<Record<string, number>>;
  holdings: readonly { code: string; status: string }[];
  /** The places of the regional summary shown in the panel, or none. */
  summaryMembers: readonly { code: string }[];
  deployments: readonly ExplorerDeployment[];
  year: number;
  comparison: DeploymentComparison | null;
  compare: readonly [number, number] | null;
}

export function mapFeatureStates(parts: MapStateParts): MapFeatureStates {
  const states: MapFeatureStates = {};
  const add = (id: string, values: Record<string, MapStateValue>) => (states[id] = { ...states[id], ...values });
  for (const [code, value] of Object.entries(parts.classes)) add(code, { class: value });
  for (const holding of parts.holdings) add(holding.code, { status: holding.status });
  for (const member of parts.summaryMembers) add(member.code, { inRegion: true });
  for (const d of parts.deployments) {
    const active = parts.compare ? isActive(d, parts.compare[0]) || isActive(d, parts.compare[1]) : isActive(d, parts.year);
    add(d.slug, { active });
  }
  if (parts.comparison) for (const [slug, mark] of Object.entries(changeMarks(parts.comparison))) add(slug, mark);
  else for (const d of endingInYear(parts.deployments, parts.year)) add(d.slug, { change: "ended" });
  return states;
}

/** Everything the map needs for one year, from the explorer's data, as the explorer computes it. */
export interface YearQuery {
  year: number;
  mode: YearMode;
  category: string | null;
  showFacts: boolean;
  summaryRegion: string | null;
}

export interface MapStateData {
  places: readonly ExplorerPlace[];
  counts: readonly FactCountRow[];
  deployments: readonly ExplorerDeployment[];
  memberships: readonly ExplorerMembership[];
}

export function mapFeatureStatesForYear(data: MapStateData, query: YearQuery): MapFeatureStates {
  const placeByCode = new Map(data.places.map((p) => [p.code, p]));
  const totals = countsByPlace(data.counts, query, placeByCode);
  return mapFeatureStates({
    classes: query.showFacts ? choroplethClasses(totals) : {},
    holdings: data.places.filter((p) => p.kind === "special_region").map((p) => regionHolding(p, query.year)),
    summaryMembers: query.summaryRegion ? regionMembers(query.summaryRegion, query.year, data.memberships, data.places) : [],
    deployments: data.deployments,
    year: query.year,
    comparison: null,
    compare: null,
  });
}
