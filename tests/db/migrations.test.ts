import { mkdtemp, mkdir, writeFile, cp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { applyPendingMigrations, migrationState, readMigrationFiles, MIGRATIONS_DIR } from "../../db/migrations";
import { StartupError } from "../../server/startupError";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases";

async function tables(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    return result.rows.map((r) => r.tablename);
  } finally {
    await client.end();
  }
}

describe.each(databaseKinds())("migrations on the %s database", (kind) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
  });
  afterEach(async () => {
    await database.destroy();
  });

  it("applies every migration to an empty database and records it the way Prisma does", async () => {
    const files = await readMigrationFiles();
    const applied = await applyPendingMigrations(database.url);
    expect(applied).toEqual(files.map((f) => f.name));
    expect(await tables(database.url)).toEqual(expect.arrayContaining(["Document", "Fact", "Place", "Deployment", "_prisma_migrations"]));

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const rows = await client.query("SELECT migration_name, checksum FROM _prisma_migrations ORDER BY migration_name");
    const state = await migrationState(client, files);
    await client.end();
    expect(rows.rows).toEqual(files.map((f) => ({ migration_name: f.name, checksum: f.checksum })));
    expect(state).toEqual({ applied: files.map((f) => f.name), pending: [], failed: [] });
  });

  it("applies nothing the second time", async () => {
    await applyPendingMigrations(database.url);
    expect(await applyPendingMigrations(database.url)).toEqual([]);
  });

  it("two runs at once apply each migration exactly once between them", async () => {
    const files = await readMigrationFiles();
    const [first, second] = await Promise.all([applyPendingMigrations(database.url), applyPendingMigrations(database.url)]);
    expect([...first, ...second].sort()).toEqual(files.map((f) => f.name));
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const state = await migrationState(client, files);
    await client.end();
    expect(state).toEqual({ applied: files.map((f) => f.name), pending: [], failed: [] });
  });

  it("rolls a failing migration back whole and says which one failed", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "migrations-"));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    const broken = path.join(dir, "99999999999999_broken");
    await mkdir(broken);
    await writeFile(path.join(broken, "migration.sql"), 'CREATE TABLE "Half" (id int);\nSELECT no_such_function();\n');

    const failure = applyPendingMigrations(database.url, dir);
    await expect(failure).rejects.toBeInstanceOf(StartupError);
    await expect(failure).rejects.toThrow(/Migration 99999999999999_broken failed and was rolled back/);
    expect(await tables(database.url)).not.toContain("Half");
    expect(await applyPendingMigrations(database.url)).toEqual([]);
  });
});
