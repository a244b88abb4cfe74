// The data both map pages draw and the year steps the bench takes: read from the database the
// explorer serves (through the same readExplorerData the page uses), and turned into the exact
// map changes of each step (the explorer's feature states, diffed, per source), which the bare
// MapLibre page applies without the app around it.
import { readFile } from "node:fs/promises";
import type { FeatureCollection } from "geojson";
import { createPrismaClient } from "../../db/client";
import { deploymentPoints } from "../../explorer/deploymentPoints";
import { mapFeatureStatesForYear } from "../../explorer/mapState";
import { readExplorerData } from "../../explorer/readExplorerData";
import type { ExplorerData } from "../../explorer/types";
import { SOURCE } from "../../geo/layerStyles";
import { decodeWorld, type WorldLayers, type WorldTopology } from "../../geo/world";
import { diffFeatureStates, type FeatureStateChange, type FeatureStates } from "../../ui/map/featureStates";

export const WORLD_FILE = "public/geo/world.topo.json";

export async function readMapData(databaseUrl: string): Promise<ExplorerData> {
  const db = createPrismaClient(databaseUrl, { maxConnections: 4 });
  try {
    return await readExplorerData(db);
  } finally {
    await db.$disconnect();
  }
}

export async function readWorld(): Promise<WorldLayers> {
  return decodeWorld(JSON.parse(await readFile(WORLD_FILE, "utf8")) as WorldTopology);
}

/** `count` slider steps from the first year with data: forwards to the last, back, and so on. */
export function stepYears(stops: readonly number[], count: number): number[] {
  if (stops.length < 2) throw new Error("The data has fewer than two years to step between.");
  const years = [stops[0]!];
  let index = 0;
  let direction = 1;
  for (let i = 0; i < count; i++) {
    if (index + direction < 0 || index + direction >= stops.length) direction = -direction;
    index += direction;
    years.push(stops[index]!);
  }
  return years;
}

export type RoutedChange = FeatureStateChange & { sources: string[] };
export interface StepPlan {
  /** The states of the first year, applied once the page has loaded. */
  initial: { year: number; featureStates: RoutedChange[] };
  steps: { year: number; featureStates: RoutedChange[] }[];
}

/** The explorer's map changes for each year of `years` (its default view: facts by year, no summary). */
export function planSteps(data: ExplorerData, world: WorldLayers, years: readonly number[]): StepPlan {
  const sourceIds: [string, Set<string>][] = [
    [SOURCE.countries, new Set(world.countries.features.map((f) => f.properties.id))],
    [SOURCE.specialRegions, new Set(world.specialRegions.features.map((f) => f.properties.id))],
    [SOURCE.points, new Set(data.deployments.map((d) => d.slug))],
  ];
  const route = (changes: FeatureStateChange[]): RoutedChange[] =>
    changes
      .map((change) => ({ ...change, sources: sourceIds.filter(([, ids]) => ids.has(change.id)).map(([source]) => source) }))
      .filter((change) => change.sources.length > 0);
  const statesOf = (year: number) => mapFeatureStatesForYear(data, { year, mode: "year", category: null, showFacts: true, summaryRegion: null });
  let current: FeatureStates = statesOf(years[0]!);
  const initial = { year: years[0]!, featureStates: route(diffFeatureStates({}, current)) };
  const steps = years.slice(1).map((year) => {
    const next = statesOf(year);
    const featureStates = route(diffFeatureStates(current, next));
    current = next;
    return { year, featureStates };
  });
  return { initial, steps };
}

export function pointsOf(data: ExplorerData): FeatureCollection {
  return deploymentPoints(data.deployments);
}
