// How the engine reaches Postgres: @prisma/adapter-pg over node-postgres, with three adjustments
// the WebAssembly engine needs here.
// - Postgres's internal "char" type is read as a character (pg-char.mjs).
// - A migration script runs as one simple query, as the native engine runs it (adapter-pg would
//   split it at every ";", including those inside strings and function bodies).
// - The shadow database that `migrate dev` replays migrations into: a configured
//   shadowDatabaseUrl, else a scratch database on the same server, else (PGlite, which answers
//   every database name with its one database) a throwaway in-memory PGlite loaded with the
//   extensions the schema declares and the main database has.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PgCharClient, withCharColumns } from "./pg-char.mjs";

/** node-postgres options for a URL, with the "char" fix and the timeouts the CLI can live with. */
export function poolConfig(url) {
  return { connectionString: url, Client: PgCharClient, connectionTimeoutMillis: 5_000, max: 4 };
}

/**
 * The migration-aware adapter factory the engine is constructed with. `shadowExtensions` holds
 * the extensions the last shadow database had when it was let go (see shadow-extensions.mjs).
 * @param {{ url: string, shadowDatabaseUrl?: string, extensions: string[] }} datasource
 */
export function createAdapterFactory({ url, shadowDatabaseUrl, extensions }) {
  const shadowExtensions = new Set();
  const openShadow = async () => {
    if (shadowDatabaseUrl) return connectToEmptiedDatabase(shadowDatabaseUrl);
    if (await isPglite(url)) return connectToInMemoryPglite([...extensions, ...(await installedExtensions(url))]);
    return connectToScratchDatabase(url);
  };
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    shadowExtensions,
    connect: () => connectTo(url),
    async connectToShadowDb() {
      const adapter = await openShadow();
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        const { rows } = await adapter.queryRaw({ sql: "SELECT extname FROM pg_extension", args: [], argTypes: [] });
        shadowExtensions.clear();
        for (const [name] of rows) shadowExtensions.add(name);
        await dispose();
      };
      return adapter;
    },
  };
}

async function connectTo(url, release) {
  const adapter = withCharColumns(await new PrismaPg(poolConfig(url)).connect());
  const pool = adapter.underlyingDriver();
  adapter.executeScript = async (script) => {
    if (process.env.SCHEMA_ENGINE_TRACE) process.stderr.write(`[${databaseName(url)}] SCRIPT ${script.replace(/\s+/g, " ").slice(0, 120)}\n`);
    try {
      await pool.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  if (process.env.SCHEMA_ENGINE_TRACE) {
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = async (query) => {
      const result = await queryRaw(query);
      process.stderr.write(`[${databaseName(url)}] ${query.sql.replace(/\s+/g, " ").slice(0, 90)} → ${JSON.stringify(result.rows).slice(0, 300)}\n`);
      return result;
    };
  }
  if (release) {
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await release();
    };
  }
  return adapter;
}

/** Runs `work` with a single connection to `url`. */
export async function withClient(url, work) {
  const client = new PgCharClient(poolConfig(url));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function isPglite(url) {
  const version = await withClient(url, async (client) => (await client.query("SELECT version() AS v")).rows[0].v);
  return /PGlite/i.test(version);
}

async function installedExtensions(url) {
  return withClient(url, async (client) => (await client.query("SELECT extname FROM pg_extension")).rows.map((r) => r.extname));
}

async function connectToScratchDatabase(url) {
  const name = `prisma_migrate_shadow_db_${randomUUID()}`;
  await withClient(url, (client) => client.query(`CREATE DATABASE "${name}"`));
  const shadowUrl = withDatabase(url, name);
  const dropIt = () => withClient(url, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  const actual = await withClient(shadowUrl, async (c) => (await c.query("SELECT current_database() AS d")).rows[0].d);
  if (actual !== name) {
    await dropIt();
    throw new Error(`The server answered a connection to database "${name}" with "${actual}"; set a shadowDatabaseUrl.`);
  }
  return connectTo(shadowUrl, dropIt);
}

async function connectToEmptiedDatabase(url) {
  await withClient(url, async (client) => {
    const { rows } = await client.query(
      `SELECT nspname FROM pg_namespace
       WHERE nspname NOT IN ('information_schema', 'pg_toast') AND nspname NOT LIKE 'pg\\_%'`,
    );
    for (const { nspname } of rows) await client.query(`DROP SCHEMA "${nspname}" CASCADE`);
    await client.query(`CREATE SCHEMA IF NOT EXISTS public`);
  });
  return connectTo(url);
}

async function connectToInMemoryPglite(extensionNames) {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const db = await PGlite.create("memory://", { extensions: await pgliteExtensions(extensionNames) });
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 8 });
  await server.start();
  const shadowUrl = `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  return connectTo(shadowUrl, async () => {
    await server.stop();
    await db.close();
  });
}

/** PGlite's bundled contrib modules for these extensions (those it has). */
async function pgliteExtensions(names) {
  const entries = await Promise.all(
    [...new Set(names)].map(async (name) => {
      try {
        const module = await import(`@electric-sql/pglite/contrib/${name}`);
        return module[name] ? [[name, module[name]]] : [];
      } catch {
        return [];
      }
    }),
  );
  return Object.fromEntries(entries.flat());
}

export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

export function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || "postgres";
}
