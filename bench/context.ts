// What every benchmark gets: the run's options, a scratch folder and a log line writer.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { DEFAULT_SERVER_URL } from "./support/scratchDatabase";

export interface BenchContext {
  /** `--quick`: smaller inputs and fewer repetitions, for a smoke check under 3 minutes. */
  quick: boolean;
  /** A folder for generated corpora and databases (bench/.work, gitignored). */
  workDir: string;
  /** A Postgres server to use, or null to use embedded databases only. */
  serverUrl: string | null;
  log(line: string): void;
}

export async function createContext(options: { quick: boolean; serverUrl: string | null }): Promise<BenchContext> {
  const workDir = path.resolve("bench/.work");
  await mkdir(workDir, { recursive: true });
  return { ...options, workDir, log: (line) => process.stderr.write(`  ${line}\n`) };
}

/** The server to use: the one named by --server or BENCH_DATABASE_URL, else the local one if it answers. */
export async function resolveServerUrl(named: string | undefined): Promise<string | null> {
  if (named) return named;
  const client = new pg.Client({ connectionString: DEFAULT_SERVER_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return DEFAULT_SERVER_URL;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}
