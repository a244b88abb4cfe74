// The real Prisma CLI, offline, through the schema engine in prisma/schema-engine (which
// prisma.config.ts selects), against a fresh database of each kind.
import { execFile } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import pg from "pg";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases";

const ROOT = path.resolve(__dirname, "../..");
const PRISMA_CLI = path.join(ROOT, "node_modules/prisma/build/index.js");
const CLI_TIMEOUT_MS = 90_000;

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `prisma ARGS` against `url`, asynchronously so an embedded database in this process keeps serving. */
function prisma(args: string[], url: string): Promise<CliRun> {
  const { PRISMA_SCHEMA_ENGINE_BINARY: _fromConfig, ...env } = process.env;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [PRISMA_CLI, ...args],
      { cwd: ROOT, env: { ...env, DATABASE_URL: url, CI: "1", NO_COLOR: "1" }, timeout: CLI_TIMEOUT_MS },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function migrationNames(): Promise<string[]> {
  const entries = await readdir(path.join(ROOT, "prisma/migrations"), { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

async function schemaModels(): Promise<string[]> {
  const schema = await readFile(path.join(ROOT, "prisma/schema.prisma"), "utf8");
  return [...schema.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function unusedLoopbackPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe.each(databaseKinds())("the Prisma CLI on the %s database", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  }, 60_000);
  afterAll(async () => {
    await database?.destroy();
  });

  // The tests share one database and build on each other, in order.
  it(
    "reports the committed migrations as not yet applied to an empty database",
    async () => {
      const status = await prisma(["migrate", "status"], database.url);
      expect(status.code).toBe(1);
      expect(status.stdout).toContain("have not yet been applied");
      for (const name of await migrationNames()) expect(status.stdout).toContain(name);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    "deploys every migration, creating the tables and recording the migrations",
    async () => {
      const deploy = await prisma(["migrate", "deploy"], database.url);
      expect(deploy.stdout).toContain("All migrations have been successfully applied.");
      expect(deploy.code).toBe(0);

      const tables = await query<{ tablename: string }>(database.url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
      expect(tables.map((t) => t.tablename)).toEqual(expect.arrayContaining([...(await schemaModels()), "_prisma_migrations"]));
      const recorded = await query<{ migration_name: string }>(
        database.url,
        "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name",
      );
      expect(recorded.map((r) => r.migration_name)).toEqual(await migrationNames());
      const trigramIndex = await query(database.url, "SELECT 1 FROM pg_indexes WHERE indexname = 'Fact_quote_trgm_idx'");
      expect(trigramIndex).toHaveLength(1);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    "then says the database schema is up to date",
    async () => {
      const status = await prisma(["migrate", "status"], database.url);
      expect(status.stdout).toContain("Database schema is up to date!");
      expect(status.code).toBe(0);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    "finds no difference between the migrated database and the schema",
    async () => {
      const diff = await prisma(
        ["migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma", "--exit-code"],
        database.url,
      );
      expect(diff.stdout).toContain("No difference detected.");
      expect(diff.code).toBe(0);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    "finds no difference between the migration history, replayed in a shadow database, and the schema",
    async () => {
      const diff = await prisma(
        ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--exit-code"],
        database.url,
      );
      expect(diff.stdout).toContain("No difference detected.");
      expect(diff.code).toBe(0);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    "prints the SQL that creates the schema from nothing",
    async () => {
      const diff = await prisma(["migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script"], database.url);
      expect(diff.code).toBe(0);
      expect(diff.stdout).toContain('CREATE EXTENSION IF NOT EXISTS "pg_trgm";');
      for (const model of await schemaModels()) expect(diff.stdout).toContain(`CREATE TABLE "${model}" (`);
      expect(diff.stdout).toContain('CREATE INDEX "Fact_quote_trgm_idx" ON "Fact" USING GIN ("quote" gin_trgm_ops);');
    },
    CLI_TIMEOUT_MS,
  );

  it(
    "pulls the models back out of the database",
    async () => {
      const pull = await prisma(["db", "pull", "--print"], database.url);
      expect(pull.code).toBe(0);
      for (const model of await schemaModels()) expect(pull.stdout).toMatch(new RegExp(`^model ${model} \\{`, "m"));
      expect(pull.stdout).toContain('@@index([quote(ops: raw("gin_trgm_ops"))], map: "Fact_quote_trgm_idx", type: Gin)');
    },
    CLI_TIMEOUT_MS,
  );
});

describe("the schema engine", () => {
  it(
    "is the build of the engine version this Prisma CLI expects",
    async () => {
      const manifest = require.resolve("@prisma/engines-version/package.json", { paths: [path.join(ROOT, "node_modules/prisma")] });
      const expected = JSON.parse(await readFile(manifest, "utf8")).prisma.enginesVersion as string;
      const version = await new Promise<string>((resolve, reject) =>
        execFile(process.execPath, [path.join(ROOT, "prisma/schema-engine/schema-engine.mjs"), "--version"], (error, stdout) =>
          error ? reject(error) : resolve(stdout),
        ),
      );
      expect(version.trim()).toBe(`schema-engine-cli ${expected}`);
    },
    CLI_TIMEOUT_MS,
  );
});

describe("the Prisma CLI without a database", () => {
  it(
    "says in one line that the database cannot be reached and what to do",
    async () => {
      const port = await unusedLoopbackPort();
      const status = await prisma(["migrate", "status"], `postgresql://postgres@127.0.0.1:${port}/nowhere`);
      expect(status.code).toBe(1);
      const errorLines = status.stderr.split("\n").filter((line) => line.startsWith("Error"));
      expect(errorLines).toEqual([
        `Error: P1001: Can't reach the database server at 127.0.0.1:${port}: start it, or point DATABASE_URL at a running one.`,
      ]);
      expect(status.stderr).not.toMatch(/^\s+at /m);
    },
    CLI_TIMEOUT_MS,
  );
});
