// Start-up: migrations, then everything in data/, loaded once. A second start with the same
// inputs writes nothing.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createPrismaClient } from "../db/client";
import { loadDatasetOnce } from "../db/datasets";
import { replaceDeployments } from "../db/deployments";
import { loadedCounts } from "../db/health";
import { applyPendingMigrations } from "../db/migrations";
import { loadDocumentLibrary } from "../ingest/library";
import { parseForcesAbroadCsv } from "../ingest/reference/forcesAbroad";
import { loadSubjects } from "../subjects/loadSubjects";
import { ensurePlaceCatalogue } from "./ensureCatalogue";
import { StartupError } from "./startupError";

export const FORCES_ABROAD_CSV = "data/reference/russian-forces-abroad.csv";
const LONG_TRANSACTION = { timeout: 120_000, maxWait: 30_000 };

export interface LoadSummary {
  migrationsApplied: string[];
  documents: number;
  places: number;
  facts: number;
  deployments: number;
}

export async function prepareDatabase(databaseUrl: string, log: (line: string) => void = () => undefined): Promise<LoadSummary> {
  const migrationsApplied = await applyPendingMigrations(databaseUrl);
  if (migrationsApplied.length > 0) log(`Applied migrations: ${migrationsApplied.join(", ")}.`);
  const db = createPrismaClient(databaseUrl, { maxConnections: 2 });
  try {
    await ensurePlaceCatalogue(db);
    await loadReferenceDeployments(db);
    await loadDocumentLibrary(db, { log });
    await loadSubjects(db, { log });
    return { migrationsApplied, ...(await loadedCounts(db)) };
  } finally {
    await db.$disconnect();
  }
}

async function loadReferenceDeployments(db: ReturnType<typeof createPrismaClient>) {
  const csv = await readFile(FORCES_ABROAD_CSV, "utf8");
  const { deployments, problems } = parseForcesAbroadCsv(csv);
  if (problems.length > 0) {
    const first = problems[0]!;
    throw new StartupError(`${FORCES_ABROAD_CSV} line ${first.row}: ${first.message} (${problems.length} problem(s)).`, "Fix the file; nothing was loaded.");
  }
  await db.$transaction(
    (tx) => loadDatasetOnce(tx, "forces-abroad", sha256(csv), () => replaceDeployments(tx, "reference", deployments)),
    LONG_TRANSACTION,
  );
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
