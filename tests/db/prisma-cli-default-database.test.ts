// With no DATABASE_URL the Prisma CLI works on the embedded database, like the app and the tests.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const PRISMA_CLI = "node_modules/prisma/build/index.js";

function prisma(args: string[], dataDir: string): Promise<{ code: number; output: string }> {
  const { DATABASE_URL: _unset, ...env } = process.env;
  return new Promise((resolve) => {
    execFile(process.execPath, [PRISMA_CLI, ...args], { env: { ...env, EMBEDDED_DB_DIR: dataDir, NO_COLOR: "1" }, timeout: 90_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

describe("the Prisma CLI without DATABASE_URL", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "cli-embedded-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("migrates the embedded database in EMBEDDED_DB_DIR and finds it up to date the next time", async () => {
    const dataDir = path.join(dir, "pglite");
    const before = await prisma(["migrate", "status"], dataDir);
    expect(before.output).toMatch(/have not yet been applied/);

    const deploy = await prisma(["migrate", "deploy"], dataDir);
    expect(deploy.code).toBe(0);
    expect(deploy.output).toMatch(/successfully applied/);

    const after = await prisma(["migrate", "status"], dataDir);
    expect(after.code).toBe(0);
    expect(after.output).toMatch(/Database schema is up to date!/);
  });
});
