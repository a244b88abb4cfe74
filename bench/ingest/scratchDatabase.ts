// A throwaway database for the ingest benchmarks, migrated and with the place catalogue loaded:
// a scratch database on the Postgres server (see bench/support/scratchDatabase.ts), or an embedded
// one in the bench work folder.
import { mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { createPrismaClient, type Db } from "../../db/client";
import { startEmbeddedDatabase } from "../../db/embedded";
import { applyPendingMigrations } from "../../db/migrations";
import { ensurePlaceCatalogue } from "../../server/ensureCatalogue";
import { createScratchDatabase } from "../support/scratchDatabase";

export type ScratchKind = "server" | "embedded";

export interface ScratchDatabase {
  db: Db;
  close(): Promise<void>;
}

export async function openScratchDatabase(kind: ScratchKind, options: { serverUrl: string | null; workDir: string }): Promise<ScratchDatabase> {
  const target = kind === "server" ? await createScratchDatabase(options.serverUrl, "bench_ingest") : await scratchEmbedded(options.workDir);
  try {
    if (kind === "embedded") await applyPendingMigrations(target.url);
    const db = createPrismaClient(target.url, { maxConnections: 2 });
    await ensurePlaceCatalogue(db);
    return {
      db,
      async close() {
        await db.$disconnect();
        await target.drop();
      },
    };
  } catch (error) {
    await target.drop();
    throw error;
  }
}

async function scratchEmbedded(workDir: string) {
  const dir = await mkdtemp(path.join(workDir, "embedded-"));
  const embedded = await startEmbeddedDatabase({ dataDir: path.join(dir, "pglite"), advertise: false });
  return {
    url: embedded.url,
    async drop() {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
