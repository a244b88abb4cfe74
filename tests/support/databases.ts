// Fresh databases for integration tests: an embedded PGlite served on a loopback port, and a
// scratch database on the Postgres server at 127.0.0.1:5432 when one answers (CI requires it).
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrismaClient, type Db } from "../../db/client";
import { startEmbeddedDatabase } from "../../db/embedded";
import { applyPendingMigrations } from "../../db/migrations";
import { startTcpProxy } from "./tcpProxy";

export type TestDatabaseKind = "embedded" | "server";

export interface TestDatabase {
  kind: TestDatabaseKind;
  url: string;
  /** Takes the database down without deleting it: the embedded one stops, the server is cut off. */
  stop(): Promise<void>;
  /** Starts it again on the same port after stop(). */
  restart(): Promise<void>;
  /** Keeps the next queries in flight: sent by the client, held before the database (tcpProxy.hold). */
  hold(): Promise<void>;
  release(): void;
  destroy(): Promise<void>;
}

export const SERVER_ADMIN_URL = process.env.TEST_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

let serverAnswers: Promise<boolean> | undefined;

/** The kinds to run integration tests against: embedded always, the server when it answers. */
export async function availableDatabaseKinds(): Promise<TestDatabaseKind[]> {
  serverAnswers ??= ping(SERVER_ADMIN_URL);
  if (await serverAnswers) return ["embedded", "server"];
  if (process.env.REQUIRE_POSTGRES_SERVER === "1") {
    throw new Error(`REQUIRE_POSTGRES_SERVER is set but no Postgres server answers at ${SERVER_ADMIN_URL}.`);
  }
  console.warn(`No Postgres server at ${SERVER_ADMIN_URL}: server tests are skipped; the embedded database is tested.`);
  return ["embedded"];
}

export async function createTestDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  return kind === "embedded" ? createEmbedded() : createOnServer();
}

async function createEmbedded(): Promise<TestDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "explorer-test-"));
  const dataDir = path.join(dir, "pglite");
  let running = await startEmbeddedDatabase({ dataDir });
  const port = running.port;
  // Clients reach it through a proxy only so that a test can hold a query in flight; stop() stops
  // the database itself, and the proxy drops the connections it had.
  const proxy = await startTcpProxy("127.0.0.1", port);
  const url = new URL(running.url);
  url.port = String(proxy.port);
  return {
    kind: "embedded",
    url: url.toString(),
    stop: () => running.stop(),
    async restart() {
      running = await startEmbeddedDatabase({ dataDir, port });
    },
    hold: () => proxy.hold(),
    release: () => proxy.release(),
    async destroy() {
      await proxy.close();
      await running.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function createOnServer(): Promise<TestDatabase> {
  const name = `explorer_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(SERVER_ADMIN_URL);
  const proxy = await startTcpProxy(url.hostname, Number(url.port || 5432));
  url.pathname = `/${name}`;
  url.host = `127.0.0.1:${proxy.port}`;
  return {
    kind: "server",
    url: url.toString(),
    stop: () => proxy.cut(),
    restart: () => proxy.restore(),
    hold: () => proxy.hold(),
    release: () => proxy.release(),
    async destroy() {
      await proxy.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function ping(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The kinds chosen by the db project's global setup (synchronous, for describe.each). */
export function databaseKinds(): TestDatabaseKind[] {
  const kinds = (process.env.TEST_DATABASE_KINDS ?? "embedded").split(",") as TestDatabaseKind[];
  return kinds;
}

/** A fresh test database with every migration applied and a Prisma client on it; `close` undoes both. */
export async function openMigratedDatabase(kind: TestDatabaseKind): Promise<{ database: TestDatabase; db: Db; close(): Promise<void> }> {
  const database = await createTestDatabase(kind);
  await applyPendingMigrations(database.url);
  const db = createPrismaClient(database.url, { maxConnections: 2 });
  return {
    database,
    db,
    close: async () => {
      await db.$disconnect();
      await database.destroy();
    },
  };
}
