// Building and serving the Next app as a child process. The embedded database stays in the
// launcher's process; the app reaches it over loopback like any Postgres server.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { readFile, readdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { NEXT_KEEP_ALIVE_MS } from "./frontServer";
import { StartupError } from "./startupError";

const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");
const STAMP_FILE = path.resolve(".next/explorer-build-stamp");
// Every folder the app imports from: a change in any of them makes the build stale.
const SOURCE_ROOTS = ["app", "ui", "geo", "db", "places", "ingest", "config", "public", "http", "explorer", "subjects", "proxy.ts", "next.config.js", "package.json", "tsconfig.json", "prisma/schema.prisma"];
const READY_TIMEOUT_MS = 120_000;

export async function buildIfStale(log: (line: string) => void): Promise<void> {
  const fingerprint = await sourceFingerprint();
  const stamp = await readFile(STAMP_FILE, "utf8").catch(() => "");
  if (stamp === fingerprint) return;
  log("Building the app (first start or sources changed; this takes a minute or two)…");
  const code = await run(process.execPath, [NEXT_BIN, "build"], { stdio: ["ignore", "inherit", "inherit"] });
  if (code !== 0) throw new StartupError("The app failed to build (see the output above).", "Fix the error and run npm start again.");
  await writeFile(STAMP_FILE, fingerprint);
}

export interface NextServer {
  ready: Promise<void>;
  exited: Promise<number>;
  stop(): void;
}

export function serveNext(options: { dev: boolean; port: number; databaseUrl: string; databaseKind: string; env?: Record<string, string> }): NextServer {
  // Behind the front, Next keeps idle connections longer than the front does, so the front closes them first.
  const args = options.dev ? ["dev", "-p", String(options.port)] : ["start", "-p", String(options.port), "--keepAliveTimeout", String(NEXT_KEEP_ALIVE_MS)];
  const child = spawn(process.execPath, [NEXT_BIN, ...args], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, ...options.env, DATABASE_URL: options.databaseUrl, DATABASE_KIND: options.databaseKind },
  });
  const exited = new Promise<number>((resolve) => child.once("exit", (code) => resolve(code ?? 1)));
  return {
    ready: waitUntilServing(options.port, child),
    exited,
    stop: () => stopChild(child),
  };
}

async function waitUntilServing(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new StartupError("The app server stopped during start-up (see the output above).", "");
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.status < 500 || response.status === 503) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new StartupError(`The app did not answer on port ${port} within ${READY_TIMEOUT_MS / 1000} s.`, "");
}

function stopChild(child: ChildProcess) {
  if (child.exitCode === null) child.kill("SIGTERM");
}

function run(command: string, args: string[], options: Parameters<typeof spawn>[2]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, options);
    child.once("error", reject);
    child.once("exit", (code) => resolve(code ?? 1));
  });
}

/** A hash of the paths, sizes and modification times of everything the build reads. */
async function sourceFingerprint(): Promise<string> {
  const hash = createHash("sha256");
  for (const root of SOURCE_ROOTS) {
    for (const file of await listFiles(path.resolve(root))) {
      const info = await stat(file);
      hash.update(`${path.relative(process.cwd(), file)}:${info.size}:${info.mtimeMs}\n`);
    }
  }
  return hash.digest("hex");
}

async function listFiles(target: string): Promise<string[]> {
  const info = await stat(target).catch(() => null);
  if (!info) return [];
  if (info.isFile()) return [target];
  const entries = await readdir(target, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && !e.parentPath.includes(`${path.sep}generated${path.sep}prisma`))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}
