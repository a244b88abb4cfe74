// Deployments abroad: host, location, framework, years and personnel, each with its sources.
import type { Db } from "./client";
import type { $Enums, Prisma } from "./generated/prisma/client";

type Tx = Db | Prisma.TransactionClient;

export interface DeploymentRecord {
  slug: string;
  hostCode: string;
  regionCode: string | null;
  locationEn: string;
  locationJa: string;
  lat: number;
  lon: number;
  unitOrFacility: string;
  framework: $Enums.DeploymentFramework;
  startYear: number;
  endYear: number | null;
  personnelLow: number | null;
  personnelHigh: number | null;
  personnelAsOf: number | null;
  origin: $Enums.DataOrigin;
  note: string;
  sources: { title: string; url: string | null; factId?: number | null }[];
}

/** Replaces every deployment of one origin (the reference table is reloaded as a whole). */
export async function replaceDeployments(tx: Prisma.TransactionClient, origin: $Enums.DataOrigin, deployments: DeploymentRecord[]) {
  await tx.deployment.deleteMany({ where: { origin } });
  for (const { sources, ...fields } of deployments) {
    await tx.deployment.create({ data: { ...fields, sources: { create: sources } } });
  }
}

export async function countDeployments(db: Tx): Promise<number> {
  return db.deployment.count();
}

export async function deploymentsInYear(db: Tx, year: number) {
  return db.deployment.findMany({
    where: { startYear: { lte: year }, OR: [{ endYear: null }, { endYear: { gte: year } }] },
    include: { sources: true },
    orderBy: { slug: "asc" },
  });
}

export interface DeploymentFilter {
  /** Active in this year: startYear ≤ year ≤ endYear (a null endYear is ongoing). */
  year?: number;
  hostCode?: string;
  frameworks?: $Enums.DeploymentFramework[];
  origin?: $Enums.DataOrigin;
}

const deploymentSelect = {
  id: true, slug: true, hostCode: true, regionCode: true, locationEn: true, locationJa: true, lat: true, lon: true,
  unitOrFacility: true, framework: true, startYear: true, endYear: true, personnelLow: true, personnelHigh: true,
  personnelAsOf: true, origin: true, note: true,
  sources: {
    orderBy: { id: "asc" },
    select: {
      title: true, url: true, factId: true,
      fact: { select: { quote: true, document: { select: { id: true, title: true, publisher: true, sourceUrl: true } } } },
    },
  },
} satisfies Prisma.DeploymentSelect;

export type DeploymentItem = Prisma.DeploymentGetPayload<{ select: typeof deploymentSelect }>;

export async function queryDeployments(db: Tx, filter: DeploymentFilter): Promise<DeploymentItem[]> {
  const and: Prisma.DeploymentWhereInput[] = [];
  if (filter.year !== undefined) {
    and.push({ startYear: { lte: filter.year }, OR: [{ endYear: null }, { endYear: { gte: filter.year } }] });
  }
  if (filter.hostCode !== undefined) and.push({ hostCode: filter.hostCode });
  if (filter.frameworks?.length) and.push({ framework: { in: filter.frameworks } });
  if (filter.origin !== undefined) and.push({ origin: filter.origin });
  return db.deployment.findMany({ where: { AND: and }, orderBy: { slug: "asc" }, select: deploymentSelect });
}

type Comparable = Pick<
  DeploymentItem,
  "slug" | "hostCode" | "regionCode" | "lat" | "lon" | "unitOrFacility" | "framework" | "personnelLow" | "personnelHigh"
>;

/**
 * The series a deployment row belongs to: same host state, same special region, same map point
 * (to about 100 m). The reference table splits a deployment whose strength changed into one row
 * per period (ukr-crimea-2014-2015, ukr-crimea-2016-2018, …; syr-tartus-pmto-1971-2014,
 * syr-tartus-naval-base-2015-2024), and those rows share exactly this key while their slugs and
 * unit descriptions differ; no two rows with the same key are active in the same year.
 */
export function deploymentSeriesKey(row: Pick<Comparable, "hostCode" | "regionCode" | "lat" | "lon">): string {
  return `${row.hostCode}|${row.regionCode ?? ""}|${row.lat.toFixed(3)},${row.lon.toFixed(3)}`;
}

const COMPARED_FIELDS = ["slug", "framework", "personnelLow", "personnelHigh", "unitOrFacility"] as const;

export interface DeploymentChange<Row> {
  series: string;
  from: Row;
  to: Row;
  changes: { field: (typeof COMPARED_FIELDS)[number]; from: unknown; to: unknown }[];
}

/**
 * What changed between two years' active deployments. Rows pair up by slug first, then by series
 * key (deploymentSeriesKey); a pair that differs in slug, framework, personnel or unit is
 * "changed", an identical pair is "unchanged"; rows left over are "added" (only in the later
 * year) or "ended" (only in the earlier year).
 */
export function compareDeployments<Row extends Comparable>(before: readonly Row[], after: readonly Row[]) {
  const pairs: [Row, Row][] = [];
  const unmatchedAfter = new Map(after.map((row) => [row.slug, row]));
  const leftBefore: Row[] = [];
  for (const row of before) {
    const same = unmatchedAfter.get(row.slug);
    if (same) {
      pairs.push([row, same]);
      unmatchedAfter.delete(row.slug);
    } else {
      leftBefore.push(row);
    }
  }
  const ended: Row[] = [];
  for (const row of leftBefore) {
    const key = deploymentSeriesKey(row);
    const successor = [...unmatchedAfter.values()].find((candidate) => deploymentSeriesKey(candidate) === key);
    if (successor) {
      pairs.push([row, successor]);
      unmatchedAfter.delete(successor.slug);
    } else {
      ended.push(row);
    }
  }
  const changed: DeploymentChange<Row>[] = [];
  const unchanged: Row[] = [];
  for (const [from, to] of pairs) {
    const changes = COMPARED_FIELDS.filter((field) => from[field] !== to[field]).map((field) => ({ field, from: from[field], to: to[field] }));
    if (changes.length > 0) changed.push({ series: deploymentSeriesKey(to), from, to, changes });
    else unchanged.push(to);
  }
  return { added: [...unmatchedAfter.values()], ended, changed, unchanged };
}
