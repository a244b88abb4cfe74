// Synthetic corpora on disk, cached in the bench work folder by seed and size: a corpus of N MB is
// documents of at most 50 MB each (the largest document the ingest command must take), written
// paragraph by paragraph so generating 200 MB never holds it in memory.
import { createWriteStream } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { once } from "node:events";
import path from "node:path";
import { validateDocumentMetadata, type DocumentMetadata } from "../../ingest/metadata";
import { documentParagraphs, FIRST_YEAR, LAST_YEAR } from "./generate";
import { seedPatterns, type SeedPatterns } from "./templates";

export const MEGABYTE = 1_000_000;
export const MAX_DOCUMENT_MEGABYTES = 50;
/** Bump when the generator's output changes, so cached corpora are rebuilt. */
const GENERATOR_VERSION = 2;

export interface CorpusFile {
  path: string;
  bytes: number;
}

export interface Corpus {
  dir: string;
  files: CorpusFile[];
  bytes: number;
}

/** The metadata the ingest pipeline needs for a synthetic document. */
export function syntheticMetadata(file: string): DocumentMetadata {
  const result = validateDocumentMetadata({
    file,
    slug: `synthetic-${path.basename(file, ".txt")}`,
    title: "合成ベンチマーク文書",
    publisher: "ベンチマーク",
    kind: "other",
    published: String(LAST_YEAR),
    covers: `${FIRST_YEAR}-${LAST_YEAR}`,
    language: "ja",
    licenceNote: "Generated from the seed documents' sentence patterns for benchmarking.",
  });
  if (!result.ok) throw new Error(`synthetic metadata: ${result.problems.join("; ")}`);
  return result.metadata;
}

export function documentSizes(megabytes: number): number[] {
  const sizes: number[] = [];
  for (let left = megabytes; left > 0; left -= MAX_DOCUMENT_MEGABYTES) sizes.push(Math.min(left, MAX_DOCUMENT_MEGABYTES));
  return sizes;
}

/** The corpus of this seed and size, generated on first use. */
export async function syntheticCorpus(workDir: string, options: { seed: number; megabytes: number }, log?: (line: string) => void): Promise<Corpus> {
  const dir = path.join(workDir, "corpus", `v${GENERATOR_VERSION}-seed${options.seed}-${options.megabytes}mb`);
  const manifest = path.join(dir, "corpus.json");
  const cached = await readFile(manifest, "utf8").then((text) => JSON.parse(text) as Corpus, () => null);
  if (cached) return cached;

  log?.(`generating a ${options.megabytes} MB corpus (seed ${options.seed}) in ${path.relative(process.cwd(), dir)}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const patterns = await seedPatterns();
  const files: CorpusFile[] = [];
  for (const [index, megabytes] of documentSizes(options.megabytes).entries()) {
    const file = path.join(dir, `document-${index + 1}.txt`);
    files.push({ path: file, bytes: await writeDocument(file, patterns, options.seed * 1_000 + index, megabytes * MEGABYTE) });
  }
  const corpus: Corpus = { dir, files, bytes: files.reduce((sum, f) => sum + f.bytes, 0) };
  await writeFile(`${manifest}.tmp`, JSON.stringify(corpus));
  await rename(`${manifest}.tmp`, manifest); // written last: a half-generated corpus is never taken for a cached one
  return corpus;
}

async function writeDocument(file: string, patterns: SeedPatterns, seed: number, bytes: number): Promise<number> {
  const out = createWriteStream(file);
  let written = 0;
  let batch = "";
  for (const piece of documentParagraphs(patterns, seed, bytes)) {
    batch += piece;
    if (batch.length >= 256 * 1024) {
      written += Buffer.byteLength(batch);
      if (!out.write(batch)) await once(out, "drain");
      batch = "";
    }
  }
  written += Buffer.byteLength(batch);
  out.end(batch);
  await once(out, "finish");
  return written;
}
