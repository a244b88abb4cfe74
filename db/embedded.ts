// The embedded database: PGlite (Postgres compiled to WebAssembly) served on a loopback port by
// pglite-socket, so the app, the Prisma CLI and the tests all speak the Postgres protocol through
// one code path whether or not a Postgres server is installed.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { StartupError } from "../server/startupError";

export interface EmbeddedDatabase {
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** Where PGlite keeps its files; `memory://` for a throwaway database. */
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Write the address next to the data directory so other processes of this checkout find it (default true). */
  advertise?: boolean;
}

const MAX_CONNECTIONS = 64;
const URL_FILE = "server.json";

export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const host = options.host ?? "127.0.0.1";
  const inMemory = options.dataDir.startsWith("memory://");
  if (!inMemory) await mkdir(options.dataDir, { recursive: true });

  const db = await openPglite(options.dataDir);
  const server = new PGLiteSocketServer({ db, host, port: options.port ?? 0, maxConnections: MAX_CONNECTIONS });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw listenError(error, host, options.port ?? 0);
  }
  const port = Number(server.getServerConn().split(":").pop());
  const url = `postgresql://postgres@${host}:${port}/postgres?sslmode=disable`;
  const advertised = inMemory || options.advertise === false ? null : path.join(options.dataDir, "..", URL_FILE);
  if (advertised) await writeFile(advertised, JSON.stringify({ url, pid: process.pid }) + "\n");

  let stopped = false;
  return {
    url,
    port,
    dataDir: options.dataDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      if (advertised) await rm(advertised, { force: true });
    },
  };
}

/**
 * The address of an embedded database another process of this checkout is serving (npm start
 * writes it next to the data directory), so the Prisma CLI can reach it while the app runs.
 */
export async function runningEmbeddedDatabaseUrl(dataDir: string): Promise<string | null> {
  try {
    const raw = JSON.parse(await readFile(path.join(dataDir, "..", URL_FILE), "utf8")) as { url?: unknown; pid?: unknown };
    if (typeof raw.url !== "string" || typeof raw.pid !== "number") return null;
    process.kill(raw.pid, 0);
    return raw.url;
  } catch {
    return null;
  }
}

async function openPglite(dataDir: string): Promise<PGlite> {
  try {
    return await PGlite.create(dataDir, { extensions: { pg_trgm } });
  } catch (error) {
    throw new StartupError(
      `The embedded database in ${dataDir} could not be opened (${messageOf(error)}).`,
      `If another "npm start" is running, stop it first; if the folder is damaged, delete ${dataDir} and start again.`,
    );
  }
}

function listenError(error: unknown, host: string, port: number): StartupError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EADDRINUSE") {
    return new StartupError(
      `Port ${port} on ${host} is already in use, so the embedded database cannot listen there.`,
      "Stop whatever uses it or choose another port.",
    );
  }
  return new StartupError(`The embedded database could not listen on ${host}:${port} (${messageOf(error)}).`, "");
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
