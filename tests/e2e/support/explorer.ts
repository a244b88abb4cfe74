// Starts the explorer as a person would (`npm start`'s launcher) on a free port with a fresh
// embedded database, and stops it afterwards.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../../server/ports";

export interface RunningExplorer {
  baseUrl: string;
  output: () => string;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 8 * 60_000;

export async function startExplorer(env: Record<string, string> = {}): Promise<RunningExplorer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "explorer-e2e-"));
  const port = await freePort();
  let log = "";
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "server/start.ts"], {
    env: { ...process.env, DATABASE_URL: "", EMBEDDED_DB_DIR: path.join(dir, "pglite"), PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  await waitForReady(child, () => log);
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    output: () => log,
    async stop() {
      await stopChild(child);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function waitForReady(child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (log().includes("The explorer is ready at")) return;
    if (child.exitCode !== null) throw new Error(`The explorer exited during start-up:\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The explorer was not ready after ${STARTUP_TIMEOUT_MS / 1000} s:\n${log()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
