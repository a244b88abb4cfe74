// Applies the migrations in prisma/migrations the way `prisma migrate deploy` does, recording them
// in Prisma's own _prisma_migrations table (same columns, same sha256 checksum), so the Prisma CLI
// and this runner agree on what is applied. Each migration runs in one transaction: a failure
// leaves the database as it was.
//
// Two runs at once (two `npm run ingest` on a fresh database) must not both apply a migration. The
// session advisory lock keeps them apart on a Postgres server, but not on the embedded database:
// pglite-socket serves every connection from one PGlite session, where a session lock is
// re-entrant. What it does guarantee is that an open transaction has the database to itself, so
// each migration checks, inside its own transaction, that no other run applied it meanwhile.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { StartupError } from "../server/startupError";

export const MIGRATIONS_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), "prisma/migrations");
// The advisory lock key Prisma's schema engine takes, so a CLI run and a start-up never interleave.
const PRISMA_ADVISORY_LOCK = 72707369;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationState {
  applied: string[];
  pending: string[];
  failed: string[];
}

export async function readMigrationFiles(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

export async function migrationState(client: pg.ClientBase, files: MigrationFile[]): Promise<MigrationState> {
  const rows = await appliedRows(client);
  const applied = new Set(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name));
  const failed = rows.filter((r) => !r.finished_at && !r.rolled_back_at).map((r) => r.migration_name);
  return {
    applied: files.filter((f) => applied.has(f.name)).map((f) => f.name),
    pending: files.filter((f) => !applied.has(f.name)).map((f) => f.name),
    failed,
  };
}

/** Applies what is pending; returns the names it applied. */
export async function applyPendingMigrations(databaseUrl: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = await readMigrationFiles(dir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
    await inTransaction(client, () => ensureMigrationsTable(client));
    const state = await migrationState(client, files);
    if (state.failed.length > 0) {
      throw new StartupError(
        `The database records a failed migration (${state.failed.join(", ")}).`,
        "Resolve it with `npx prisma migrate resolve` or reset the database (`npx prisma migrate reset`).",
      );
    }
    const applied: string[] = [];
    for (const file of files.filter((f) => state.pending.includes(f.name))) {
      if (await applyOne(client, file)) applied.push(file.name);
    }
    return applied;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]).catch(() => undefined);
    await client.end();
  }
}

/** Applies one migration unless another run applied it first; says whether this run did. */
async function applyOne(client: pg.ClientBase, file: MigrationFile): Promise<boolean> {
  try {
    return await inTransaction(client, async () => {
      if (await isRecorded(client, file.name)) return false;
      await client.query(file.sql);
      await client.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count)
         VALUES ($1, $2, now(), $3, NULL, now(), 1)`,
        [randomUUID(), file.checksum, file.name],
      );
      return true;
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(
      `Migration ${file.name} failed and was rolled back: ${reason}.`,
      "Fix the migration (or the database it runs on) and start again; nothing was changed.",
    );
  }
}

async function inTransaction<T>(client: pg.ClientBase, work: () => Promise<T>): Promise<T> {
  await client.query("BEGIN");
  try {
    const result = await work();
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}

async function isRecorded(client: pg.ClientBase, name: string): Promise<boolean> {
  const result = await client.query(
    `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    [name],
  );
  return (result.rowCount ?? 0) > 0;
}

interface AppliedRow {
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

async function appliedRows(client: pg.ClientBase): Promise<AppliedRow[]> {
  const exists = await client.query<{ present: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`,
  );
  if (!exists.rows[0]?.present) return [];
  const result = await client.query<AppliedRow>(
    `SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
  );
  return result.rows;
}

async function ensureMigrationsTable(client: pg.ClientBase): Promise<void> {
  await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
  )`);
}
