// `ingest` suite: MB/s of Japanese text through the real pipeline on synthetic corpora (10, 50 and
// 200 MB; 10 MB in quick mode) against the read-and-split floor, peak memory of a 50 MB dry run
// against the floor's, and facts/s written to the embedded database and the Postgres server.
import type { BenchContext } from "../context";
import { figure, unmeasured, type Figure } from "../figures";
import { median, repeat } from "../stats";
import { syntheticCorpus } from "../corpus/corpus";
import type { BenchSuite } from "../suites";
import { machineLoadNote } from "../support/machineLoad";
import { createScratchDatabase } from "../support/scratchDatabase";
import { deriveDocument, factWriteRate, floorSeconds, megabytesPerSecond, peakMemoryMegabytes, pipelineSeconds, warmUpPipeline } from "./measure";
import type { ScratchKind } from "./scratchDatabase";

export const CORPUS_SEED = 20_260_101;
const THROUGHPUT_TARGET_MB_S = 2;
const PEAK_MEMORY_TARGET_MB = 400;
const MEMORY_MEGABYTES = 50;
/** Quick mode writes this many of the 10 MB document's facts; the full run writes all of a 50 MB document's. */
const QUICK_WRITE_FACTS = 10_000;

export const ingestSuite: BenchSuite = {
  name: "ingest",
  description: "Japanese text through the real ingest pipeline: MB/s, peak memory, facts written per second",
  async run(context) {
    return [...(await throughputFigures(context)), ...(await memoryFigures(context)), ...(await writeFigures(context))];
  },
};

async function throughputFigures(context: BenchContext): Promise<Figure[]> {
  const sizes = context.quick ? [10] : [10, 50, 200];
  const runs = context.quick ? 2 : 3;
  await warmUpPipeline();
  const figures: Figure[] = [];
  for (const megabytes of sizes) {
    const corpus = await syntheticCorpus(context.workDir, { seed: CORPUS_SEED, megabytes }, context.log);
    const pipeline = await repeat(megabytes >= 200 ? Math.min(runs, 2) : runs, 0, async () => megabytesPerSecond(corpus, pipelineSeconds(corpus)));
    const floor = await repeat(runs, 1, async () => megabytesPerSecond(corpus, floorSeconds(corpus)));
    context.log(`${megabytes} MB: pipeline ${pipeline.map((v) => v.toFixed(2)).join(", ")} MB/s; floor ${floor.map((v) => v.toFixed(1)).join(", ")} MB/s`);
    figures.push(
      figure({
        figure: `ingest.throughput.${megabytes}mb`,
        value: median(pipeline),
        unit: "MB/s",
        better: "higher",
        target: THROUGHPUT_TARGET_MB_S,
        baseline: median(floor),
        note: `median of ${pipeline.length} runs over ${corpus.files.length} synthetic document(s) of ≤ 50 MB; baseline: read, decode and split into sentences only; ${machineLoadNote()}`,
      }),
    );
  }
  return figures;
}

async function memoryFigures(context: BenchContext): Promise<Figure[]> {
  const corpus = await syntheticCorpus(context.workDir, { seed: CORPUS_SEED, megabytes: MEMORY_MEGABYTES }, context.log);
  const file = corpus.files[0]!.path;
  const runs = context.quick ? 1 : 3;
  const ingest = await repeat(runs, 0, () => peakMemoryMegabytes("ingest", file));
  const floor = await repeat(runs, 0, () => peakMemoryMegabytes("floor", file));
  context.log(`peak RSS, 50 MB: dry run ${ingest.map((v) => v.toFixed(0)).join(", ")} MB; floor ${floor.map((v) => v.toFixed(0)).join(", ")} MB`);
  const written = await writeMemoryFigures(context, file, median(ingest));
  return [
    figure({
      figure: `ingest.peak_memory.${MEMORY_MEGABYTES}mb`,
      value: median(ingest),
      unit: "MB",
      better: "lower",
      target: PEAK_MEMORY_TARGET_MB,
      baseline: median(floor),
      note: `peak RSS of a fresh process running \`ingest FILE --dry-run --json\` (output discarded), median of ${runs}; baseline: the same process reading and splitting only`,
    }),
    ...written,
  ];
}

async function writeFigures(context: BenchContext): Promise<Figure[]> {
  const corpus = await syntheticCorpus(context.workDir, { seed: CORPUS_SEED, megabytes: context.quick ? 10 : 50 }, context.log);
  const derived = deriveDocument(corpus.files[0]!.path);
  if (context.quick) derived.facts = derived.facts.slice(0, QUICK_WRITE_FACTS);
  const figures: Figure[] = [];
  for (const kind of ["embedded", "server"] as const satisfies readonly ScratchKind[]) {
    const name = `ingest.write.facts_per_s.${kind}`;
    const rate = await factWriteRate(kind, derived, context);
    context.log(`${kind}: ${derived.facts.length} facts at ${rate.toFixed(0)} facts/s`);
    figures.push(
      figure({
        figure: name,
        value: rate,
        unit: "facts/s",
        better: "higher",
        note: `one transaction writing a ${context.quick ? 10 : 50} MB document and ${derived.facts.length} of its facts into a fresh ${kind} database (single run); ${machineLoadNote()}`,
      }),
    );
  }
  return figures;
}


/** Peak RSS of the real command writing the 50 MB document to a fresh server database, beside the dry run's. */
async function writeMemoryFigures(context: BenchContext, file: string, dryRunMegabytes: number): Promise<Figure[]> {
  const name = `ingest.peak_memory.write.${MEMORY_MEGABYTES}mb`;
  if (context.quick) return [unmeasured({ figure: name, unit: "MB", better: "lower" }, "full run only (the write takes over a minute)")];
  if (!context.serverUrl) return [unmeasured({ figure: name, unit: "MB", better: "lower" }, "no Postgres server to write to")];
  const serverUrl = context.serverUrl;
  const runs = await repeat(3, 0, async () => {
    const scratch = await createScratchDatabase(serverUrl, "bench_ingest_memory");
    try {
      return await peakMemoryMegabytes("write", file, scratch.url);
    } finally {
      await scratch.drop();
    }
  });
  const write = median(runs);
  context.log(`peak RSS, 50 MB written to the server: ${runs.map((v) => v.toFixed(0)).join(", ")} MB`);
  return [
    figure({
      figure: name,
      value: write,
      unit: "MB",
      better: "lower",
      target: PEAK_MEMORY_TARGET_MB,
      baseline: dryRunMegabytes,
      note: "peak RSS of a fresh process running `ingest FILE --json` into a fresh server database (one transaction: the document, then its facts derived again in batches as they are written); median of 3 (it varies with when V8 collects); baseline: the dry run's peak",
    }),
  ];
}
