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
