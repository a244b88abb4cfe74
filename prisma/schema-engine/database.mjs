// Connections to Postgres for the engine: @prisma/adapter-pg adapters over node-postgres, with two
// adjustments the WebAssembly engine needs here:
// - Postgres's internal "char" type is read as a character (pg-char.mjs);
// - a migration script runs as one simple query, as the native engine runs it (adapter-pg would
//   split it at every ";", including those inside strings and function bodies).
// SCHEMA_ENGINE_TRACE=1 logs every statement and its rows on stderr (see the CLI's with
// DEBUG="prisma:schemaEngine:stderr").
import { PrismaPg } from "@prisma/adapter-pg";
import { PgCharClient, withCharColumns } from "./pg-char.mjs";

const TRACE = Boolean(process.env.SCHEMA_ENGINE_TRACE);

/** node-postgres options for a URL, with the "char" fix and timeouts the CLI can live with. */
function poolConfig(url) {
  return { connectionString: url, Client: PgCharClient, connectionTimeoutMillis: 5_000, max: 4 };
}

/** A driver adapter for `url`; `release` runs after it is disposed (to drop a scratch database). */
export async function connectTo(url, release) {
  const adapter = withCharColumns(await new PrismaPg(poolConfig(url)).connect());
  const pool = adapter.underlyingDriver();
  adapter.executeScript = async (script) => {
    trace(url, `SCRIPT ${script}`);
    try {
      await pool.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  if (TRACE) {
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = async (query) => {
      const result = await queryRaw(query);
      trace(url, `${query.sql} → ${JSON.stringify(result.rows)}`);
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

export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

export function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || "postgres";
}

function trace(url, text) {
  if (TRACE) process.stderr.write(`[${databaseName(url)}] ${text.replace(/\s+/g, " ").slice(0, 300)}\n`);
}
