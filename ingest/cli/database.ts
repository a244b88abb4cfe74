// The database the ingest command writes to, chosen like `npm start` does: DATABASE_URL names a
// server; otherwise the embedded database in EMBEDDED_DB_DIR, reached through a running
// `npm start` when there is one (it advertises its address), or opened here and closed after.
// Migrations are applied and the place catalogue loaded, so a fresh database works too.
import { env } from "../../config/env.mjs";
import { createPrismaClient, type Db } from "../../db/client";
import { runningEmbeddedDatabaseUrl } from "../../db/embedded";
import { applyPendingMigrations } from "../../db/migrations";
import { ensurePlaceCatalogue } from "../../server/ensureCatalogue";
import { describe, openDatabase } from "../../server/database";

export interface IngestDatabase {
  db: Db;
  /** Where the documents go, for messages. */
  where: string;
  close(): Promise<void>;
}

export async function openIngestDatabase(): Promise<IngestDatabase> {
  const config = env();
  const target = await chooseDatabase(config.DATABASE_URL, config.EMBEDDED_DB_DIR);
  try {
    await applyPendingMigrations(target.url);
    // The embedded database serves one transaction at a time: while another writer's transaction
    // runs (seconds for a large document), a new connection waits its turn instead of failing.
    const db = createPrismaClient(target.url, { maxConnections: 2, connectTimeoutMs: 120_000 });
    try {
      await ensurePlaceCatalogue(db);
    } catch (error) {
      await db.$disconnect();
      throw error;
    }
    return {
      db,
      where: target.where,
      async close() {
        await db.$disconnect().catch(() => undefined);
        await target.close();
      },
    };
  } catch (error) {
    await target.close();
    throw error;
  }
}

async function chooseDatabase(databaseUrl: string | undefined, embeddedDataDir: string) {
  if (databaseUrl) {
    const server = await openDatabase({ databaseUrl, embeddedDataDir });
    return { url: server.url, where: `Postgres server at ${describe(server.url)}`, close: server.close };
  }
  const running = await runningEmbeddedDatabaseUrl(embeddedDataDir);
  if (running) return { url: running, where: `embedded database in ${embeddedDataDir} (served by the running npm start)`, close: async () => undefined };
  const embedded = await openDatabase({ embeddedDataDir });
  return { url: embedded.url, where: `embedded database in ${embeddedDataDir}`, close: embedded.close };
}
