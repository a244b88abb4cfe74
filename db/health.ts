// What /api/health reports: is the database there, are its migrations applied, what is loaded.
import type { Db } from "./client";
import { readMigrationFiles } from "./migrations";

export interface DatabaseHealth {
  migrations: { applied: number; pending: string[]; state: "up to date" | "pending" };
  counts: { documents: number; places: number; facts: number; deployments: number };
}

export async function databaseHealth(db: Db): Promise<DatabaseHealth> {
  const [files, appliedRows, counts] = await Promise.all([
    readMigrationFiles(),
    db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    loadedCounts(db),
  ]);
  const applied = new Set(appliedRows.map((row) => row.migration_name));
  const pending = files.map((f) => f.name).filter((name) => !applied.has(name));
  return {
    migrations: { applied: applied.size, pending, state: pending.length === 0 ? "up to date" : "pending" },
    counts,
  };
}

export async function loadedCounts(db: Db): Promise<DatabaseHealth["counts"]> {
  const [documents, places, facts, deployments] = await Promise.all([
    db.document.count(),
    db.place.count(),
    db.fact.count(),
    db.deployment.count(),
  ]);
  return { documents, places, facts, deployments };
}
