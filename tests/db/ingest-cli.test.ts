// The real `npm run ingest` command, spawned against a fresh database of each kind: what it
// writes, what it refuses, and that a bad file or a killed process leaves the database as it was.
import { execFileSync, spawn } from "node:child_process";
import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases";

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

const MEETING = "data/documents/003_65328be2aa164c64.txt";
const MEETING_SLUG = "mofa-japan-russia-foreign-ministers-meeting-2008-11-05";
const WHITE_PAPER = "data/documents/002_7ccd881349fe0dbd.txt"; // converts to Shift_JIS without loss
const BLUEBOOKS = ["data/documents/000_cba9cb7266e0c2c4.txt", "data/documents/001_d4a765650d1b98af.txt"];
type DescribingFlag = "title" | "publisher" | "published" | "covers";

/** The flags a file outside the manifest needs, with some changed. */
function describing(overrides: Partial<Record<DescribingFlag, string>> = {}): string[] {
  const flags = { title: "テスト文書", publisher: "外務省", published: "2008-11-05", covers: "2008", ...overrides };
  return Object.entries(flags).flatMap(([name, value]) => [`--${name}`, value]);
}

function spawnIngest(url: string, args: string[]) {
  // Its own process group: tsx runs the command in a child process, and a crash of the command is
  // the whole group dying, so that is what the kill test kills.
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "ingest/cli.ts", ...args], {
    env: { ...process.env, DATABASE_URL: url, NODE_OPTIONS: "" },
    detached: true,
  });
  const run: Run = { code: null, signal: null, stdout: "", stderr: "" };
  child.stdout.on("data", (chunk: Buffer) => (run.stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (run.stderr += chunk.toString()));
  // "close", not "exit": by then all of the child's output has been read.
  const done = new Promise<Run>((resolve) => child.on("close", (code, signal) => resolve({ ...run, code, signal })));
  const killAll = () => process.kill(-child.pid!, "SIGKILL");
  return { child, run, done, killAll };
}

function ingest(url: string, args: string[]): Promise<Run> {
  return spawnIngest(url, args).done;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Everything a run could change, to compare before and after. */
async function snapshot(url: string) {
  const tables = await query<{ n: string }>(url, `SELECT to_regclass('"Document"')::text AS n`);
  if (tables[0]?.n === null) return { migrated: false };
  const documents = await query(
    url,
    `SELECT d.id, d.slug, d."contentHash", d."extractorVersion", d.encoding, d."ingestedAt", count(f.id)::int AS facts,
            coalesce(sum(hashtext(f."placeCode" || f.year || f.category || f.start || '-' || f."end")), 0)::text AS "factsHash"
       FROM "Document" d LEFT JOIN "Fact" f ON f."documentId" = d.id GROUP BY d.id ORDER BY d.id`,
  );
  const facts = await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM "Fact"`);
  return { migrated: true, documents, facts: facts[0]!.n };
}

interface DryRunFact {
  place: string;
  year: number;
  date: string;
  category: string;
  start: number;
  end: number;
}

const dryRuns = new Map<string, Promise<{ encoding: string; facts: string[] }>>();

/** What --dry-run --json shows for these arguments; it touches no database, so once per test file. */
function dryRunFacts(url: string, args: string[]): Promise<{ encoding: string; facts: string[] }> {
  const key = args.join("\0");
  if (!dryRuns.has(key)) dryRuns.set(key, runDry(url, args));
  return dryRuns.get(key)!;
}

async function runDry(url: string, args: string[]): Promise<{ encoding: string; facts: string[] }> {
  const run = await ingest(url, [...args, "--dry-run", "--json"]);
  expect(run.code).toBe(0);
  const line = JSON.parse(run.stdout) as { document: { encoding: string }; facts: DryRunFact[] };
  return { encoding: line.document.encoding, facts: line.facts.map(factKey).sort() };
}

function factKey(fact: DryRunFact): string {
  return [fact.place, fact.date, fact.category, fact.start, fact.end].join("|");
}

async function storedFacts(url: string, slug: string): Promise<{ encoding: string; facts: string[] } | undefined> {
  const [document] = await query<{ id: number; encoding: string }>(url, `SELECT id, encoding FROM "Document" WHERE slug = $1`, [slug]);
  if (!document) return undefined;
  const rows = await query<{ placeCode: string; year: number; month: number | null; day: number | null; category: string; start: number; end: number }>(
    url,
    `SELECT "placeCode", year, month, day, category, start, "end" FROM "Fact" WHERE "documentId" = $1`,
    [document.id],
  );
  const date = (row: (typeof rows)[number]) =>
    [String(row.year).padStart(4, "0"), ...[row.month, row.day].filter((part) => part !== null).map((part) => String(part).padStart(2, "0"))].join("-");
  return {
    encoding: document.encoding,
    facts: rows.map((row) => factKey({ place: row.placeCode, year: row.year, date: date(row), category: row.category, start: row.start, end: row.end })).sort(),
  };
}

function expectRefused(run: Run, file: string, problem: RegExp) {
  expect(run.code).toBe(1);
  const line = run.stderr.split("\n").find((l) => l.startsWith(`ingest: ${file}: `));
  expect(line).toMatch(problem);
  expect(run.stderr).toContain("nothing was written");
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe.each(databaseKinds())("npm run ingest (%s database)", (kind) => {
  jest.setTimeout(90_000);
  let database: TestDatabase;
  let url: string;
  let dir: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    url = database.url;
    dir = await mkdtemp(path.join(os.tmpdir(), "ingest-cli-"));
  });
  afterAll(async () => {
    await database.destroy();
    await rm(dir, { recursive: true, force: true });
  });

  it("writes a seed document and the facts its dry run shows, into a fresh database", async () => {
    const expected = await dryRunFacts(url, [MEETING]);
    const run = await ingest(url, [MEETING]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`${MEETING}: created, document \\d+, ${expected.facts.length} facts\\.`));
    expect(await storedFacts(url, MEETING_SLUG)).toEqual(expected);
    expect(expected.facts.length).toBeGreaterThan(50);
  });

  it("adds nothing when the same document is ingested again", async () => {
    const before = await snapshot(url);
    const run = await ingest(url, [MEETING, "--json"]);
    expect(run.code).toBe(0);
    const [document] = await query<{ id: number }>(url, `SELECT id FROM "Document" WHERE slug = $1`, [MEETING_SLUG]);
    expect(JSON.parse(run.stdout)).toEqual({
      file: MEETING,
      slug: MEETING_SLUG,
      status: "unchanged",
      documentId: document!.id,
      facts: (await storedFacts(url, MEETING_SLUG))!.facts.length,
    });
    expect(await snapshot(url)).toEqual(before);
  });

  it("replaces the facts of a document whose text changed", async () => {
    const changed = path.join(dir, "meeting-revised.txt");
    const original = await readFile(MEETING, "utf8");
    await writeFile(changed, `${original.trimEnd()}\n\n11月6日、中曽根外務大臣はウズベキスタンの外務大臣と電話会談を行った。\n`);
    const args = [changed, ...describing(), "--slug", MEETING_SLUG, "--kind", "meeting_summary"];
    const expected = await dryRunFacts(url, args);
    const before = (await storedFacts(url, MEETING_SLUG))!;
    expect(expected.facts.some((fact) => fact.startsWith("UZB|2008-11-06"))).toBe(true);

    const run = await ingest(url, args);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(`${changed}: replaced`);
    const after = await storedFacts(url, MEETING_SLUG);
    expect(after).toEqual(expected);
    expect(after!.facts).not.toEqual(before.facts);
    expect(await query(url, `SELECT 1 FROM "Document" WHERE slug = $1`, [MEETING_SLUG])).toHaveLength(1);
  });

  describe("refuses a bad file, names it, and leaves the database as it was", () => {
    it.each([
      ["an empty file", "empty.txt", () => Buffer.alloc(0), /empty document \(0 bytes\)/],
      ["a binary file", "image.txt", () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]), /binary content/],
      [
        "a truncated UTF-8 file",
        "truncated.txt",
        async () => {
          const bytes = await readFile(MEETING);
          const lastChar = bytes.lastIndexOf(0xe3); // the lead byte of a 3-byte kana or kanji
          return bytes.subarray(0, lastChar + 1);
        },
        /truncated document: incomplete UTF-8 sequence/,
      ],
    ])("%s", async (_what, name, bytes, problem) => {
      const file = path.join(dir, name);
      await writeFile(file, await bytes());
      const before = await snapshot(url);
      const run = await ingest(url, [file, ...describing()]);
      expectRefused(run, file, problem);
      expect(await snapshot(url)).toEqual(before);
    });

    it("contradictory metadata", async () => {
      const file = path.join(dir, "contradictory.txt");
      await copyFile(MEETING, file);
      const before = await snapshot(url);
      const run = await ingest(url, [file, ...describing({ published: "2001", covers: "2005-2008" })]);
      expectRefused(run, file, /covers 2005-2008 starts after the document was published \(2001\)/);
      expect(await snapshot(url)).toEqual(before);
    });

    it("writes none of the good files of a run when one of them is bad", async () => {
      const before = await snapshot(url);
      // Published 2011: fine for the 2011 Bluebook (covers 2010-2011), not for the 2021 one.
      const run = await ingest(url, [...BLUEBOOKS, "--published", "2011"]);
      expectRefused(run, BLUEBOOKS[0]!, /covers 2020-2021 starts after the document was published \(2011\)/);
      expect(run.stderr).not.toContain(`ingest: ${BLUEBOOKS[1]}:`);
      expect(await snapshot(url)).toEqual(before);
    });
  });

  it("reads a Shift_JIS copy of a seed, records the encoding and finds the same facts", async () => {
    const sjis = path.join(dir, "white-paper-sjis.txt");
    await writeFile(sjis, execFileSync("iconv", ["-f", "UTF-8", "-t", "SHIFT_JIS", WHITE_PAPER]));
    const fromUtf8 = await dryRunFacts(url, [WHITE_PAPER]);
    expect(fromUtf8.encoding).toBe("utf-8");

    const run = await ingest(url, [sjis, "--title", "防衛白書（Shift_JIS）", "--publisher", "防衛省", "--published", "2025", "--covers", "1992-2025", "--slug", "white-paper-sjis"]);
    expect(run.code).toBe(0);
    expect(await storedFacts(url, "white-paper-sjis")).toEqual({ encoding: "shift_jis", facts: fromUtf8.facts });
  });

  it("leaves no partial document when killed while writing a large one", async () => {
    const large = path.join(dir, "large.txt");
    const seeds = await Promise.all([...BLUEBOOKS, MEETING].map((file) => readFile(file, "utf8")));
    const copies = Array.from({ length: 40 }, (_, i) => `第${i + 1}部\n\n${seeds.join("\n\n")}`);
    await writeFile(large, copies.join("\n\n"));
    const before = await snapshot(url);

    const ingesting = spawnIngest(url, [large, ...describing({ published: "2021", covers: "2008-2021" }), "--slug", "large-document"]);
    await waitFor(async () => /large\.txt: writing \d+ facts/.test(ingesting.run.stdout), 60_000);
    expect(ingesting.run.stdout).toMatch(/large\.txt: writing \d+ facts/);
    if (kind === "server") {
      // On a server we can watch for the transaction to be open; PGlite would queue the query behind it.
      const open = await waitFor(async () => (await query(url, OPEN_TRANSACTIONS)).length > 0, 30_000);
      expect(open).toBe(true);
    } else {
      // The transaction starts within milliseconds of that line and the write takes several seconds;
      // if it were over before the kill, the "created" check below fails.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
    }
    ingesting.killAll();
    const run = await ingesting.done;
    expect(run.signal).toBe("SIGKILL");
    // Had the write finished before the kill, this test would prove nothing.
    expect(run.stdout).not.toMatch(/large\.txt: (created|replaced)/);
    // The connection died with the process; its transaction must be gone, not half-committed.
    await waitFor(async () => (await query(url, `SELECT 1 FROM "Document" WHERE slug = 'large-document'`)).length === 0 && (await snapshot(url)).facts === before.facts);
    expect(await snapshot(url)).toEqual(before);
  });
});

describe.each(databaseKinds())("two npm run ingest processes at once (%s database)", (kind) => {
  jest.setTimeout(180_000);
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database.destroy();
  });

  it("both complete into a fresh database, each document with the facts its dry run shows", async () => {
    // Fresh on purpose: both processes also apply the migrations and load the place catalogue.
    const [first, second] = BLUEBOOKS as [string, string];
    const slugs = { [first]: "diplomatic-bluebook-2021-russia-central-asia-caucasus", [second]: "diplomatic-bluebook-2011-russia-central-asia-caucasus" };
    const expected = await Promise.all([dryRunFacts(database.url, [first]), dryRunFacts(database.url, [second])]);
    const runs = await Promise.all([ingest(database.url, [first]), ingest(database.url, [second])]);
    for (const run of runs) {
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
    }
    expect(runs[0]!.stdout).toMatch(/created/);
    expect(runs[1]!.stdout).toMatch(/created/);
    expect(await storedFacts(database.url, slugs[first]!)).toEqual(expected[0]);
    expect(await storedFacts(database.url, slugs[second]!)).toEqual(expected[1]);
    const snap = await snapshot(database.url);
    expect(snap).toMatchObject({ migrated: true, facts: expected[0]!.facts.length + expected[1]!.facts.length });
    expect((snap as { documents: unknown[] }).documents).toHaveLength(2);
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

const OPEN_TRANSACTIONS = `SELECT 1 FROM pg_stat_activity
  WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL AND query ILIKE '%INSERT%'`;
