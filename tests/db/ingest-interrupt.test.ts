// Ctrl-C during `npm run ingest` on the embedded database: the command says it was interrupted,
// exits with 130, and the database holds nothing of the document it was writing.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "../../db/embedded";

const SEEDS = ["data/documents/000_cba9cb7266e0c2c4.txt", "data/documents/001_d4a765650d1b98af.txt", "data/documents/003_65328be2aa164c64.txt"];
const DESCRIBING = ["--title", "テスト文書", "--publisher", "外務省", "--published", "2021", "--covers", "2008-2021"];

function spawnIngest(dataDir: string, args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, EMBEDDED_DB_DIR: dataDir, NODE_OPTIONS: "" };
  delete env.DATABASE_URL;
  // `npm run ingest` itself, in its own process group: a terminal sends Ctrl-C to the whole group.
  const child = spawn("npm", ["run", "--silent", "ingest", "--", ...args], { env, detached: true });
  const run = { stdout: "", stderr: "" };
  child.stdout.on("data", (chunk: Buffer) => (run.stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (run.stderr += chunk.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("close", (code, signal) => resolve({ code, signal })));
  return { child, run, done };
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}

describe("Ctrl-C during npm run ingest (embedded database)", () => {
  jest.setTimeout(180_000);
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "ingest-interrupt-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("exits with a message and leaves no part of the document being written", async () => {
    const large = path.join(dir, "large.txt");
    const seeds = await Promise.all(SEEDS.map((file) => readFile(file, "utf8")));
    await writeFile(large, Array.from({ length: 60 }, (_, i) => `第${i + 1}部\n\n${seeds.join("\n\n")}`).join("\n\n"));
    const dataDir = path.join(dir, "pglite");

    const ingesting = spawnIngest(dataDir, [large, ...DESCRIBING, "--slug", "interrupted-document"]);
    expect(await waitFor(() => /large\.txt: writing \d+ facts/.test(ingesting.run.stdout), 120_000)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300)); // inside the document's transaction
    process.kill(-ingesting.child.pid!, "SIGINT");
    const exit = await ingesting.done;

    expect(ingesting.run.stdout).not.toMatch(/large\.txt: (created|replaced)/);
    expect(ingesting.run.stderr).toMatch(/ingest: interrupted \(SIGINT\)/);
    // npm passes the command's 130 on by ending itself with the same signal; a shell shows 130 either way.
    expect(exit.code === 130 || exit.signal === "SIGINT").toBe(true);
    expect(ingesting.run.stderr).not.toMatch(/\n\s+at /);

    const embedded = await startEmbeddedDatabase({ dataDir, advertise: false });
    const client = new pg.Client({ connectionString: embedded.url });
    try {
      await client.connect();
      const documents = await client.query(`SELECT count(*)::int AS n FROM "Document"`);
      const facts = await client.query(`SELECT count(*)::int AS n FROM "Fact"`);
      expect([documents.rows[0].n, facts.rows[0].n]).toEqual([0, 0]);
    } finally {
      await client.end();
      await embedded.stop();
    }
  });
});
