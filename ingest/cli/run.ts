// `npm run ingest -- FILE…`: every file is read, decoded and derived first; only when all of them
// are good is anything written, each document in its own transaction. So a bad file, or a crash
// before the writes, leaves the database as it was; a crash during a write loses only that
// document's transaction (earlier documents of the run stay written). The first pass only counts
// the facts; the write derives them again batch by batch inside the document's transaction, so
// memory holds the texts and one batch, never every fact of a 50 MB document.
//
// Exit codes: 0 done; 1 a file has a problem (nothing written) or the database failed; 2 usage.
import { readFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { once } from "node:events";
import type { Writable } from "node:stream";
import type { DocumentRecord, FactRecord } from "../../db/documents";
import type { FactProblem } from "../facts/sentencesToFacts";
import type { DocumentMetadata } from "../metadata";
import { countByCategory, countDocument, factBatchesOfText, ingestDocument, totalOf } from "../pipeline";
import { documentSizeProblem } from "../read";
import { metadataFlags, parseIngestArgs, USAGE, type IngestOptions } from "./args";
import type { IngestDatabase } from "./database";
import { fileMetadata, missingFlagsProblem, readManifestEntries } from "./documentMetadata";
import { dryRunJsonLine } from "./dryRunJson";
import { startProgress, type Progress } from "./progress";
import { derivedSummaryLines, outcomeLine } from "./summary";

export const EXIT = { ok: 0, fileProblem: 1, usage: 2 } as const;

const HELP = `Usage: ${USAGE}

Derives facts from each FILE and writes each document in its own transaction to the database
(DATABASE_URL, else the embedded one in EMBEDDED_DB_DIR). Every file is read and derived first:
if any has a problem, nothing is written. The same text again changes nothing; a changed text
under the same slug replaces the document and its facts.

A FILE listed in data/documents/manifest.json takes its metadata from there; flags override it.
Any other FILE needs --title, --publisher, --published and --covers (so one such file per run);
its slug comes from the file name unless --slug is given, --kind defaults to other.

  --dry-run         derive and report, write nothing
  --json            with --dry-run: one line per file, {"document": {…, "text"}, "facts": [{"place",
                    "year", "date", "precision", "category", "quote", "start", "end"}]};
                    otherwise one line per file with its status (created, replaced, unchanged)
Exit status: 0 done, 1 a file or the database had a problem, 2 wrong arguments.`;

export interface IngestIo {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  /** Lets the caller close the database on SIGINT/SIGTERM. */
  onDatabaseOpen?: (database: IngestDatabase) => void;
}

interface DerivedFile {
  file: string;
  bytes: number;
  metadata: DocumentMetadata;
  document: DocumentRecord;
  /** Kept only where they are printed (a JSON dry run); a write derives them again as it goes. */
  facts: FactRecord[] | null;
  factsByCategory: Map<string, number>;
  sentences: number;
  problems: FactProblem[];
}

interface PlannedFile {
  file: string;
  bytes: number;
  metadata: DocumentMetadata;
}

export async function runIngest(argv: readonly string[], io: IngestIo): Promise<number> {
  const say = (line: string) => write(io.stdout, `${line}\n`);
  const complain = (line: string) => write(io.stderr, `ingest: ${line}\n`);

  const args = parseIngestArgs(argv);
  if (!args.ok) {
    await complain(`${args.problem}. Usage: ${USAGE}`);
    return EXIT.usage;
  }
  const options = args.options;
  if (options.help) {
    await say(HELP);
    return EXIT.ok;
  }

  const planned = await planFiles(options);
  if (planned.usageProblem) {
    await complain(planned.usageProblem);
    return EXIT.usage;
  }

  const totalBytes = planned.files.reduce((sum, f) => sum + f.bytes, 0);
  const progress = startProgress(Boolean(io.stdout.isTTY) && !options.json, options.dryRun ? totalBytes : 2 * totalBytes);
  const derived: DerivedFile[] = [];
  const fileProblems: string[] = [...planned.fileProblems];
  for (const plan of planned.files) {
    progress.stage("reading", plan.file);
    const result = await deriveFile(plan, options.dryRun && options.json);
    progress.advance(plan.bytes);
    if (result.ok) derived.push(result.derived);
    else fileProblems.push(`${plan.file}: ${result.problems.join("; ")}`);
  }
  fileProblems.push(...clashesWithinRun(derived));
  if (fileProblems.length > 0) {
    progress.stop();
    for (const problem of fileProblems) await complain(problem);
    await complain(`nothing was written: ${fileProblems.length} problem(s) in ${options.files.length} file(s).`);
    return EXIT.fileProblem;
  }

  if (options.dryRun) {
    progress.stop();
    for (const file of derived) {
      if (options.json) {
        for (const piece of dryRunJsonLine(file.document, file.metadata, file.facts ?? [])) await write(io.stdout, piece);
      } else {
        for (const line of derivedSummaryLines(summaryOf(file))) await say(line);
      }
    }
    if (!options.json) await say("Dry run: nothing written.");
    return EXIT.ok;
  }

  return writeDerived(derived, options, io, progress, say, complain);
}

async function writeDerived(
  derived: DerivedFile[],
  options: IngestOptions,
  io: IngestIo,
  progress: Progress,
  say: (line: string) => Promise<void>,
  complain: (line: string) => Promise<void>,
): Promise<number> {
  // Loaded here, not at the top: Prisma and PGlite cost ~90 MB that a dry run does not need.
  const { openIngestDatabase } = await import("./database");
  const { saveDocumentWithFacts, FACTS_PER_INSERT } = await import("../../db/documents");
  let database: IngestDatabase;
  try {
    database = await openIngestDatabase();
  } catch (error) {
    progress.stop();
    await complain(`${messageOf(error)} Nothing was written.`);
    return EXIT.fileProblem;
  }
  io.onDatabaseOpen?.(database);
  const showLines = !io.stdout.isTTY && !options.json;
  try {
    const outcomes: string[] = options.json ? [] : [`Database: ${database.where}.`];
    if (showLines) for (const line of outcomes.splice(0)) await say(line);
    for (const [index, file] of derived.entries()) {
      progress.stage("writing", file.file);
      if (showLines) await say(`${file.file}: writing ${totalOf(file.factsByCategory)} facts…`);
      let outcome;
      try {
        // The facts are derived again batch by batch inside the write, so they are never all held at once.
        const batches = factBatchesOfText(file.document.text, file.metadata, FACTS_PER_INSERT, { sentences: 0, problems: [] });
        outcome = await saveDocumentWithFacts(database.db, file.document, { batches });
      } catch (error) {
        progress.stop();
        const written = derived.slice(0, index).map((f) => f.file);
        await complain(
          `${file.file}: could not be written (${messageOf(error)}); its transaction was rolled back.` +
            (written.length > 0 ? ` Already written in this run: ${written.join(", ")}.` : " Nothing was written."),
        );
        return EXIT.fileProblem;
      }
      progress.advance(file.bytes);
      if (options.json) {
        await write(io.stdout, `${JSON.stringify({ file: file.file, slug: file.document.slug, ...outcome })}\n`);
      } else {
        outcomes.push(...derivedSummaryLines(summaryOf(file)), outcomeLine(file.file, outcome));
        if (showLines) for (const line of outcomes.splice(0)) await say(line);
      }
    }
    progress.stop();
    for (const line of outcomes) await say(line);
    return EXIT.ok;
  } finally {
    await database.close();
  }
}

async function planFiles(options: IngestOptions): Promise<{ files: PlannedFile[]; fileProblems: string[]; usageProblem?: string }> {
  const manifest = await readManifestEntries();
  const flags = metadataFlags(options);
  const files: PlannedFile[] = [];
  const fileProblems: string[] = [];
  for (const file of options.files) {
    const entry = manifest.get(path.resolve(file));
    const usageProblem = missingFlagsProblem(file, entry, flags);
    if (usageProblem) return { files, fileProblems, usageProblem };
    const metadata = fileMetadata(file, entry, flags);
    const size = await fileSize(file);
    const problems = [...(metadata.ok ? [] : metadata.problems), ...(size.problem ? [size.problem] : [])];
    if (problems.length > 0 || !metadata.ok) fileProblems.push(`${file}: ${problems.join("; ")}`);
    else files.push({ file, bytes: size.bytes, metadata: metadata.metadata });
  }
  return { files, fileProblems };
}

async function fileSize(file: string): Promise<{ bytes: number; problem?: string }> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return { bytes: 0, problem: "is not a regular file" };
    return { bytes: info.size, problem: documentSizeProblem(info.size) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { bytes: 0, problem: code === "ENOENT" ? "no such file" : `cannot be read (${messageOf(error)})` };
  }
}

async function deriveFile(plan: PlannedFile, keepFacts: boolean): Promise<{ ok: true; derived: DerivedFile } | { ok: false; problems: string[] }> {
  // Read inside the pipeline's decoding step, so the bytes (50 MB for a 50 MB file) are garbage
  // once decoded, which holding them here or passing them down would prevent.
  const readBytes = () => readFileSync(plan.file);
  try {
    if (keepFacts) {
      const result = ingestDocument(readBytes, plan.metadata);
      if (!result.ok) return { ok: false, problems: result.problems };
      const { document, facts, sentences, problems } = result;
      return { ok: true, derived: { ...plan, document, facts, factsByCategory: countByCategory(facts), sentences, problems } };
    }
    const result = countDocument(readBytes, plan.metadata);
    if (!result.ok) return { ok: false, problems: result.problems };
    const { document, factsByCategory, sentences, problems } = result;
    return { ok: true, derived: { ...plan, document, facts: null, factsByCategory, sentences, problems } };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code) return { ok: false, problems: [`cannot be read (${messageOf(error)})`] };
    throw error;
  }
}

/** Two files of one run that would land on the same document: the second would replace the first. */
function clashesWithinRun(derived: DerivedFile[]): string[] {
  const problems: string[] = [];
  const bySlug = new Map<string, string>();
  const byHash = new Map<string, string>();
  for (const file of derived) {
    const sameSlug = bySlug.get(file.document.slug);
    const sameText = byHash.get(file.document.contentHash);
    if (sameSlug) problems.push(`${file.file}: has the same slug (${file.document.slug}) as ${sameSlug}; give one of them --slug`);
    else if (sameText) problems.push(`${file.file}: has the same text as ${sameText}`);
    bySlug.set(file.document.slug, file.file);
    byHash.set(file.document.contentHash, file.file);
  }
  return problems;
}

function summaryOf(file: DerivedFile) {
  return { file: file.file, slug: file.document.slug, encoding: file.document.encoding, sentences: file.sentences, factsByCategory: file.factsByCategory, problems: file.problems };
}

async function write(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, "drain");
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
