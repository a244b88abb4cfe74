// Suite `startup`: `npm start` from cold on a fresh embedded database (the app already built) to
// the first successful page, against the floor of `next start` of the built app alone (on a
// database that is already loaded) to its first page. Median of 3 runs (quick: 1).
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import type { BenchContext } from "../context";
import { figure, type Figure } from "../figures";
import { median, repeat } from "../stats";
import { prepareDatabase } from "../../server/prepareDatabase";
import { buildIfStale } from "../../server/nextProcess";
import { freePort } from "../../server/ports";
import { stopGroup } from "../support/processGroup";
import { createScratchDatabase } from "../support/scratchDatabase";
import type { BenchSuite } from "../suites";

const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");
const TSX_BIN = path.resolve("node_modules/tsx/dist/cli.mjs");
const FIRST_PAGE_TIMEOUT_MS = 300_000;

export const startupSuite: BenchSuite = {
  name: "startup",
  description: "npm start from cold on a fresh embedded database to the first page, vs next start of the built app alone",
  run: runStartupBench,
};

async function runStartupBench(context: BenchContext): Promise<Figure[]> {
  const runs = context.quick ? 1 : 3;
  await buildIfStale(context.log);
  const cold = await repeat(runs, 0, () => timeColdStart(context));
  context.log(`npm start, cold: ${cold.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(", ")}`);
  const scratch = await createScratchDatabase(context.serverUrl, "bench_startup");
  let bare: number[];
  try {
    await prepareDatabase(scratch.url);
    bare = await repeat(runs, 0, () => timeToFirstPage([NEXT_BIN, "start", "-p", "{port}"], { DATABASE_URL: scratch.url, DATABASE_KIND: "server" }));
  } finally {
    await scratch.drop();
  }
  context.log(`next start alone: ${bare.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(", ")}`);
  return [
    figure({
      figure: "startup.coldStart.seconds",
      value: median(cold) / 1000,
      unit: "s",
      better: "lower",
      baseline: median(bare) / 1000,
      note: `median of ${runs}: \`npm start\` (tsx server/start.ts) on an empty embedded database dir until GET / answers 200 (migrations, catalogue, reference table, documents, timelines, next start); baseline: \`next start\` of the same build on an already-loaded server database until GET / answers 200`,
    }),
  ];
}

async function timeColdStart(context: BenchContext): Promise<number> {
  const dir = await mkdtemp(path.join(context.workDir, "cold-start-"));
  try {
    return await timeToFirstPage([TSX_BIN, "server/start.ts"], { EMBEDDED_DB_DIR: path.join(dir, "pglite"), DATABASE_URL: "" });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Spawns `node args…` ({port} replaced by a free port, also in PORT) and times it until GET / answers 200. */
async function timeToFirstPage(args: string[], env: Record<string, string>): Promise<number> {
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, PORT: String(port), NODE_ENV: "production" };
  if (env.DATABASE_URL === "") delete childEnv.DATABASE_URL;
  const started = performance.now();
  const child = spawn(process.execPath, args.map((a) => a.replace("{port}", String(port))), { env: childEnv, stdio: ["ignore", "ignore", "inherit"], detached: true });
  try {
    const deadline = Date.now() + FIRST_PAGE_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`${args.join(" ")} exited with ${child.exitCode} before serving a page`);
      if (await answers(`http://127.0.0.1:${port}/`)) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${args.join(" ")} served no page within ${FIRST_PAGE_TIMEOUT_MS / 1000} s`);
  } finally {
    await stopGroup(child);
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}
