// The start command's failures: one line that says what is wrong and what to do, exit 1, no stack.
import { spawn } from "node:child_process";
import net from "node:net";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

async function runStart(env: Record<string, string | undefined>, args: string[] = ["--prepare-only"]): Promise<Run> {
  const dataDir = path.join(await mkdtemp(path.join(os.tmpdir(), "launcher-")), "pglite");
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "server/start.ts", ...args], {
      env: { ...process.env, DATABASE_URL: undefined, EMBEDDED_DB_DIR: dataDir, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

function expectOneClearLine(run: Run, pattern: RegExp) {
  expect(run.code).toBe(1);
  const lines = run.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

async function occupiedPort(): Promise<{ port: number; close: () => void }> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "0.0.0.0", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return { port, close: () => server.close() };
}

describe("npm start when something is wrong", () => {
  jest.setTimeout(60_000);

  it("names a malformed DATABASE_URL", async () => {
    const run = await runStart({ DATABASE_URL: "mysql://nope" });
    expectOneClearLine(run, /DATABASE_URL must look like postgresql:\/\/USER@HOST:PORT\/DATABASE/);
  });

  it("says nothing answers when the server is unreachable", async () => {
    const closed = await occupiedPort();
    closed.close();
    const run = await runStart({ DATABASE_URL: `postgresql://postgres@127.0.0.1:${closed.port}/test` });
    expectOneClearLine(run, new RegExp(`Nothing answers at 127\\.0\\.0\\.1:${closed.port}/test\\. Start the Postgres server`));
  });

  it("says which port is in use", async () => {
    const busy = await occupiedPort();
    try {
      const run = await runStart({ PORT: String(busy.port) }, []);
      expectOneClearLine(run, new RegExp(`Port ${busy.port} is already in use\\.`));
    } finally {
      busy.close();
    }
  });

  it("rejects an unknown option", async () => {
    const run = await runStart({}, ["--frobnicate"]);
    expectOneClearLine(run, /Unknown option: --frobnicate/);
  });
});
