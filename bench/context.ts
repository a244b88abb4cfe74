// What every benchmark gets: the run's options, a scratch folder and a log line writer.
import { mkdir } from "node:fs/promises";
import path from "node:path";

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
