// Chooses the database: a Postgres server when DATABASE_URL is set, otherwise the embedded one.
// Either way the rest of the process only sees a URL.
import pg from "pg";
import { startEmbeddedDatabase } from "../db/embedded";
import { StartupError } from "./startupError";

export type DatabaseKind = "embedded" | "server";

export interface OpenDatabase {
  kind: DatabaseKind;
  url: string;
  close(): Promise<void>;
}

export async function openDatabase(options: { databaseUrl?: string; embeddedDataDir: string }): Promise<OpenDatabase> {
  if (options.databaseUrl) {
    await checkServerReachable(options.databaseUrl);
    return { kind: "server", url: options.databaseUrl, close: async () => undefined };
  }
  const embedded = await startEmbeddedDatabase({ dataDir: options.embeddedDataDir });
  return { kind: "embedded", url: embedded.url, close: () => embedded.stop() };
}

export async function checkServerReachable(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw serverError(error, databaseUrl);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function serverError(error: unknown, databaseUrl: string): StartupError {
  const where = describe(databaseUrl);
  const err = error as NodeJS.ErrnoException & { code?: string };
  switch (err.code) {
    case "ECONNREFUSED":
      return new StartupError(`Nothing answers at ${where}.`, "Start the Postgres server, or unset DATABASE_URL to use the embedded database.");
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return new StartupError(`The host in DATABASE_URL (${where}) cannot be found.`, "Check the host name in DATABASE_URL.");
    case "3D000":
      return new StartupError(`The database named in DATABASE_URL (${where}) does not exist.`, "Create it (createdb) or name an existing one.");
    case "28P01":
    case "28000":
      return new StartupError(`The server at ${where} refused the credentials in DATABASE_URL.`, "Check the user name and password.");
    default:
      return new StartupError(
        `Could not connect to the database at ${where} (${err.message ?? String(error)}).`,
        "Check DATABASE_URL and that the server is running.",
      );
  }
}

/** host:port/database, without credentials, for messages. */
export function describe(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname}:${url.port || "5432"}${url.pathname}`;
  } catch {
    return "the configured address";
  }
}
