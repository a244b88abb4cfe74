// The shadow database that `migrate dev` and `migrate diff --from-migrations` replay the migration
// history into: a configured shadowDatabaseUrl (emptied first, as the native engine does), else a
// scratch database on the same server (dropped afterwards), else, on PGlite, which answers every
// database name with its one database, a throwaway in-memory PGlite with the extensions the
// schema declares and the main database has.
import { randomUUID } from "node:crypto";
import { connectTo, withClient, withDatabase } from "./database.mjs";

/** @param {{ url: string, shadowDatabaseUrl?: string, extensions: string[] }} datasource */
export async function connectToShadowDatabase({ url, shadowDatabaseUrl, extensions }) {
  if (shadowDatabaseUrl) return connectToEmptiedDatabase(shadowDatabaseUrl);
  if (await isPglite(url)) return connectToInMemoryPglite([...extensions, ...(await installedExtensions(url))]);
  return connectToScratchDatabase(url);
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
