// The one Prisma client of the process. Nothing else constructs a client: scripts and tests that
// need their own database call createPrismaClient with a URL and close it themselves.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;

const CONNECT_TIMEOUT_MS = 3_000;

export interface PrismaClientOptions {
  maxConnections?: number;
  /** How long to wait for a connection (default 3 s; the ingest command waits longer, see ingest/cli/database.ts). */
  connectTimeoutMs?: number;
  /** Called with every SQL statement Prisma sends and its JSON-encoded parameters (the benchmarks replay them through pg). */
  onQuery?: (sql: string, params: string) => void;
}

export function createPrismaClient(databaseUrl: string, options: PrismaClientOptions = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 10_000,
  });
  if (!options.onQuery) return new PrismaClient({ adapter });
  const onQuery = options.onQuery;
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  client.$on("query", (event) => onQuery(event.query, event.params));
  return client as unknown as PrismaClient;
}

const globalForPrisma = globalThis as unknown as { explorerPrisma?: PrismaClient };

/** The process-wide client for the app server, created on first use from DATABASE_URL. */
export function prisma(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set: start the explorer with `npm start`, which provides it.");
  }
  globalForPrisma.explorerPrisma ??= createPrismaClient(url);
  return globalForPrisma.explorerPrisma;
}
