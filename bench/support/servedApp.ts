// The explorer as `npm start` serves it (the launcher's front server with the response cache, and
// Next behind it) against a given, already-loaded database, on a free loopback port.
import { spawn } from "node:child_process";
import path from "node:path";
import { buildIfStale } from "../../server/nextProcess";
import { freePort } from "../../server/ports";
import type { RunningApp } from "./nextApp";
import { stopGroup } from "./processGroup";

const TSX_BIN = path.resolve("node_modules/tsx/dist/cli.mjs");
const READY_TIMEOUT_MS = 180_000;

export async function startServedApp(databaseUrl: string, log: (line: string) => void, env: Record<string, string> = {}): Promise<RunningApp> {
  await buildIfStale(log);
  const port = await freePort();
  const child = spawn(process.execPath, [TSX_BIN, "server/start.ts"], {
    env: { ...process.env, ...env, DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!output.includes("The explorer is ready at")) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}: ${output.trim().split("\n").at(-1) ?? ""}`);
    if (Date.now() > deadline) {
      await stopGroup(child);
      throw new Error(`npm start was not ready within ${READY_TIMEOUT_MS / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { baseUrl: `http://127.0.0.1:${port}`, stop: () => stopGroup(child) };
}
