// The ingest measurements: throughput of the real pipeline against the read-and-split floor, peak
// memory of a fresh process, and the rate facts are written to a database.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { saveDocumentWithFacts, type DocumentRecord, type FactRecord } from "../../db/documents";
import { readLibraryManifest, LIBRARY_DIR } from "../../ingest/library";
import { INGEST_NODE_FLAGS } from "../../ingest/cli/nodeFlags";
import { ingestDocument, ingestDocumentBytes } from "../../ingest/pipeline";
import { MEGABYTE, syntheticMetadata, type Corpus } from "../corpus/corpus";
import { readAndSplit } from "./floor";
import { openScratchDatabase, type ScratchKind } from "./scratchDatabase";

const run = promisify(execFile);

/** Seconds to take every file of the corpus through the real pipeline (read → normalise → sentences → dates → facts). */
export function pipelineSeconds(corpus: Corpus): number {
  const started = process.hrtime.bigint();
  for (const file of corpus.files) {
    const result = ingestDocument(() => readFileSync(file.path), syntheticMetadata(file.path));
    if (!result.ok) throw new Error(`${file.path}: ${result.problems.join("; ")}`);
  }
  return Number(process.hrtime.bigint() - started) / 1e9;
}

export function floorSeconds(corpus: Corpus): number {
  const started = process.hrtime.bigint();
  for (const file of corpus.files) readAndSplit(file.path);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

export function megabytesPerSecond(corpus: Corpus, seconds: number): number {
  return corpus.bytes / MEGABYTE / seconds;
}

/** Warms the pipeline's code on the seed documents, so the first measured run is not the JIT's. */
export async function warmUpPipeline(): Promise<void> {
  for (const metadata of await readLibraryManifest()) {
    ingestDocumentBytes(readFileSync(path.join(LIBRARY_DIR, metadata.file)), metadata);
  }
}

/** Peak resident memory, in MB, of a fresh process (with the ingest command's V8 flags) running the dry run, the real write to `databaseUrl`, or the floor on one file. */
export async function peakMemoryMegabytes(mode: "ingest" | "write" | "floor", file: string, databaseUrl?: string): Promise<number> {
  const { stdout } = await run(process.execPath, [...INGEST_NODE_FLAGS, "--import", "tsx", path.join("bench", "ingest", "peakMemoryChild.ts"), mode, file], {
    env: { ...process.env, NODE_OPTIONS: "", ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
    maxBuffer: 1024 * 1024,
  });
  const last = stdout.trim().split("\n").at(-1) ?? "";
  const { maxRssBytes } = JSON.parse(last) as { maxRssBytes: number };
  return maxRssBytes / MEGABYTE;
}

export interface DerivedDocument {
  document: DocumentRecord;
  facts: FactRecord[];
}

export function deriveDocument(file: string): DerivedDocument {
  const result = ingestDocument(() => readFileSync(file), syntheticMetadata(file));
  if (!result.ok) throw new Error(`${file}: ${result.problems.join("; ")}`);
  return { document: result.document, facts: result.facts };
}

/** Facts per second of saveDocumentWithFacts (one transaction: the document row and its facts) into a fresh database. */
export async function factWriteRate(kind: ScratchKind, derived: DerivedDocument, options: { serverUrl: string | null; workDir: string }): Promise<number> {
  const scratch = await openScratchDatabase(kind, options);
  try {
    const started = process.hrtime.bigint();
    const outcome = await saveDocumentWithFacts(scratch.db, derived.document, derived.facts);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (outcome.status !== "created" || outcome.facts !== derived.facts.length) throw new Error(`unexpected outcome ${JSON.stringify(outcome)}`);
    return derived.facts.length / seconds;
  } finally {
    await scratch.close();
  }
}
