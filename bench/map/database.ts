// The database the map bench serves: on a Postgres server, a scratch database with the repository's
// documents (as `npm start` loads them) plus a synthetic corpus of 10,000 facts and 500 deployments;
// without a server, the embedded database with the repository's documents only (COPY, which the
// synthetic loader needs, does not work through the embedded database's socket).
import { rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { loadSyntheticDatabase } from "../synthetic";
import { openDatabase } from "../../server/database";
import { prepareDatabase } from "../../server/prepareDatabase";
import type { BenchContext } from "../context";

export const SYNTHETIC_SIZE = { facts: 10_000, deployments: 500, seed: 4 } as const;

export interface MapDatabase {
  /** What the app reads, for the figures' notes. */
  description: string;
  /** For the app's launcher: DATABASE_URL, or the embedded database's folder. */
  appEnv: Record<string, string>;
  /** A URL to read the same data from while the app is not running. */
  withUrl<T>(read: (url: string) => Promise<T>): Promise<T>;
  drop(): Promise<void>;
}

export async function prepareMapDatabase(context: BenchContext): Promise<MapDatabase> {
  return context.serverUrl ? syntheticOnServer(context, context.serverUrl) : repositoryDataEmbedded(context);
}

async function syntheticOnServer(context: BenchContext, serverUrl: string): Promise<MapDatabase> {
  const name = `bench_map_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const started = performance.now();
  const summary = await prepareDatabase(databaseUrl);
  const synthetic = await loadSyntheticDatabase(databaseUrl, SYNTHETIC_SIZE);
  context.log(`map: ${summary.facts} facts from data/ and ${synthetic.facts} synthetic facts, ${summary.deployments} + ${synthetic.deployments} deployments, loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return {
    description: `${synthetic.facts.toLocaleString("en")} synthetic facts and ${synthetic.deployments} deployments (seed ${synthetic.seed}) on top of data/ (${summary.facts} facts, ${summary.deployments} deployments)`,
    appEnv: { DATABASE_URL: databaseUrl },
    withUrl: (read) => read(databaseUrl),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

async function repositoryDataEmbedded(context: BenchContext): Promise<MapDatabase> {
  const dataDir = path.join(context.workDir, "map-pglite");
  await rm(dataDir, { recursive: true, force: true });
  const withUrl = async <T>(read: (url: string) => Promise<T>): Promise<T> => {
    const database = await openDatabase({ embeddedDataDir: dataDir });
    try {
      return await read(database.url);
    } finally {
      await database.close();
    }
  };
  const summary = await withUrl((url) => prepareDatabase(url));
  context.log(`map: no Postgres server given (--server or BENCH_DATABASE_URL): the embedded database with data/ only`);
  return {
    description: `data/ only (${summary.facts} facts, ${summary.deployments} deployments) on the embedded database: give --server for the 10,000-fact corpus`,
    appEnv: { DATABASE_URL: "", EMBEDDED_DB_DIR: dataDir },
    withUrl,
    drop: () => rm(dataDir, { recursive: true, force: true }),
  };
}
