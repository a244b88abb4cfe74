// Loads the synthetic database into an already-migrated Postgres database: the place catalogue
// through the path start-up uses, then documents, facts and deployments through COPY, in one
// transaction (a failed load leaves the database as it was). The secondary indexes and foreign
// keys of Fact are dropped for the copy and rebuilt after it, which is several times faster than
// maintaining them row by row. PGlite's socket server loses protocol sync on COPY FROM STDIN, so
// the loader needs a Postgres server and says so up front on the embedded database.
import pg from "pg";
import { createPrismaClient } from "../../db/client";
import { placeCatalogue } from "../../places/catalogue";
import { ensurePlaceCatalogue } from "../../server/ensureCatalogue";
import { copyRows } from "./copy";
import {
  planFor,
  syntheticDeployments,
  syntheticDocuments,
  type DeploymentRow,
  type DeploymentSourceRow,
  type DocumentRow,
  type FactRow,
  type SyntheticPlan,
  type SyntheticSize,
} from "./generate";

export interface SyntheticLoadResult {
  seed: number;
  documents: number;
  facts: number;
  deployments: number;
  deploymentSources: number;
  /** Milliseconds per step; totalMs is the whole call, catalogue included. */
  timings: { catalogueMs: number; documentsMs: number; factsMs: number; deploymentsMs: number; indexesMs: number; analyzeMs: number; totalMs: number };
  /** Facts per second over the whole load (documents, index builds and ANALYZE included). */
  factsPerSecond: number;
}

const DOCUMENT_COLUMNS = [
  "id", "slug", "title", "titleEn", "publisher", "publisherEn", "kind", "publishedOn", "coversFrom", "coversTo", "sourceFile",
  "licenceNote", "encoding", "text", "contentHash", "extractorVersion",
] as const satisfies readonly (keyof DocumentRow)[];
const FACT_COLUMNS = [
  "id", "documentId", "placeCode", "year", "month", "day", "precision", "dateText", "category", "quote", "start", "end",
  "sentenceNo", "derivation", "matchedText",
] as const satisfies readonly (keyof FactRow)[];
const DEPLOYMENT_COLUMNS = [
  "id", "slug", "hostCode", "regionCode", "locationEn", "locationJa", "lat", "lon", "unitOrFacility", "framework", "startYear",
  "endYear", "personnelLow", "personnelHigh", "personnelAsOf", "origin", "note",
] as const satisfies readonly (keyof DeploymentRow)[];
const SOURCE_COLUMNS = ["id", "deploymentId", "title", "url", "factId"] as const satisfies readonly (keyof DeploymentSourceRow)[];
const TABLES = ["Document", "Fact", "Deployment", "DeploymentSource"] as const;

export async function loadSyntheticDatabase(databaseUrl: string, size: SyntheticSize): Promise<SyntheticLoadResult> {
  const started = performance.now();
  const lap = stopwatch();
  await refuseEmbedded(databaseUrl);
  const prisma = createPrismaClient(databaseUrl, { maxConnections: 1 });
  try {
    await ensurePlaceCatalogue(prisma);
  } finally {
    await prisma.$disconnect();
  }
  const catalogueMs = lap();

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(`LOCK TABLE ${TABLES.map((t) => `"${t}"`).join(", ")} IN SHARE ROW EXCLUSIVE MODE`);
    await client.query("SET LOCAL maintenance_work_mem = '256MB'");
    const plan = planFor(size, placeCatalogue(), await nextIds(client));
    lap();
    const documents = await copyRows(client, "Document", DOCUMENT_COLUMNS, documentRows(plan));
    const documentsMs = lap();
    const factOfPlace = new Map<string, number>();
    const rebuild = await dropFactIndexesAndKeys(client);
    const facts = await copyRows(client, "Fact", FACT_COLUMNS, factRows(plan, factOfPlace));
    const factsMs = lap();
    const { deployments, sources } = syntheticDeployments(plan, factOfPlace);
    await copyRows(client, "Deployment", DEPLOYMENT_COLUMNS, deployments);
    await copyRows(client, "DeploymentSource", SOURCE_COLUMNS, sources);
    const deploymentsMs = lap();
    await rebuild();
    await advanceSequences(client);
    await client.query("COMMIT");
    const indexesMs = lap();
    await client.query(`ANALYZE ${TABLES.map((t) => `"${t}"`).join(", ")}`);
    const analyzeMs = lap();
    const totalMs = performance.now() - started;
    return {
      seed: plan.seed, documents, facts, deployments: deployments.length, deploymentSources: sources.length,
      timings: { catalogueMs, documentsMs, factsMs, deploymentsMs, indexesMs, analyzeMs, totalMs },
      factsPerSecond: facts / (totalMs / 1000),
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function refuseEmbedded(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>("SELECT version()");
    if (rows[0]?.version.includes("PGlite")) {
      throw new Error("The synthetic database loads through COPY FROM STDIN, which the embedded database (PGlite) does not serve; use a Postgres server.");
    }
  } finally {
    await client.end();
  }
}

function* documentRows(plan: SyntheticPlan): Generator<DocumentRow> {
  for (const { document } of syntheticDocuments(plan)) yield document;
}

/** The facts, regenerated from the same seed (cheaper than holding a million rows in memory). */
function* factRows(plan: SyntheticPlan, factOfPlace: Map<string, number>): Generator<FactRow> {
  for (const { facts } of syntheticDocuments(plan)) {
    for (const fact of facts) {
      if (!factOfPlace.has(fact.placeCode)) factOfPlace.set(fact.placeCode, fact.id);
      yield fact;
    }
  }
}

async function nextIds(client: pg.ClientBase): Promise<SyntheticPlan["firstIds"]> {
  const next = async (table: string) => {
    const result = await client.query<{ next: number }>(`SELECT COALESCE(MAX(id), 0) + 1 AS next FROM "${table}"`);
    return Number(result.rows[0]!.next);
  };
  return { document: await next("Document"), fact: await next("Fact"), deployment: await next("Deployment"), deploymentSource: await next("DeploymentSource") };
}

/** Drops Fact's secondary indexes and foreign keys; the returned function recreates them exactly as they were. */
async function dropFactIndexesAndKeys(client: pg.ClientBase): Promise<() => Promise<void>> {
  const indexes = await client.query<{ name: string; definition: string }>(
    `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
      WHERE x.indrelid = '"Fact"'::regclass AND NOT x.indisprimary`,
  );
  const keys = await client.query<{ name: string; definition: string }>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = '"Fact"'::regclass AND contype = 'f'`,
  );
  for (const key of keys.rows) await client.query(`ALTER TABLE "Fact" DROP CONSTRAINT "${key.name}"`);
  for (const index of indexes.rows) await client.query(`DROP INDEX "${index.name}"`);
  return async () => {
    for (const index of indexes.rows) await client.query(index.definition);
    for (const key of keys.rows) await client.query(`ALTER TABLE "Fact" ADD CONSTRAINT "${key.name}" ${key.definition}`);
  };
}

async function advanceSequences(client: pg.ClientBase): Promise<void> {
  for (const table of TABLES) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM "${table}"`,
    );
  }
}

function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const elapsed = now - last;
    last = now;
    return elapsed;
  };
}
