// Start-up on a fresh database: migrations, the place catalogue, the reference table and every
// document in data/documents, loaded once; a second start writes nothing.
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createPrismaClient, type Db } from "../../db/client";
import { loadDocumentLibrary } from "../../ingest/library";
import { prepareDatabase } from "../../server/prepareDatabase";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases";

async function snapshot(db: Db) {
  const [documents, facts, loaded] = await Promise.all([
    db.document.findMany({ select: { id: true, slug: true, contentHash: true }, orderBy: { id: "asc" } }),
    db.fact.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
    db.loadedDataset.findMany({ select: { name: true, hash: true, loadedAt: true }, orderBy: { name: "asc" } }),
  ]);
  return { documents, factIds: facts.map((f) => f.id), loaded };
}

describe.each(databaseKinds())("start-up on the %s database", (kind) => {
  let database: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    db = createPrismaClient(database.url, { maxConnections: 2 });
  });
  afterAll(async () => {
    await db.$disconnect();
    await database.destroy();
  });

  it("loads every document of the manifest with its facts, the places and the reference deployments", async () => {
    const summary = await prepareDatabase(database.url);
    const manifest = JSON.parse(await readFile("data/documents/manifest.json", "utf8")) as { documents: unknown[] };
    expect(summary.migrationsApplied.length).toBeGreaterThan(0);
    expect(summary.documents).toBe(manifest.documents.length);
    expect(summary.places).toBeGreaterThan(200);
    expect(summary.deployments).toBe(44);
    expect(summary.facts).toBeGreaterThan(300);

    const documents = await db.document.findMany({ include: { facts: true } });
    for (const document of documents) {
      expect(document.facts.length).toBeGreaterThan(0);
      for (const fact of document.facts) expect(document.text.slice(fact.start, fact.end)).toBe(fact.quote);
    }
  });

  it("writes nothing the second time", async () => {
    const before = await snapshot(db);
    const summary = await prepareDatabase(database.url);
    expect(summary.migrationsApplied).toEqual([]);
    expect(await snapshot(db)).toEqual(before);
  });

  it("replaces the facts of a document whose text changed, and only those", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "library-"));
    await cp("data/documents", dir, { recursive: true });
    const file = path.join(dir, "003_65328be2aa164c64.txt");
    const original = await readFile(file, "utf8");
    await writeFile(file, original.replace("11月5日、中曽根外務大臣は", "11月5日、中曽根外務大臣は東京で"));

    const before = await db.document.findMany({ select: { id: true, slug: true }, orderBy: { slug: "asc" } });
    const outcomes = await loadDocumentLibrary(db, { dir });
    expect(outcomes.filter((o) => o.status === "replaced").map((o) => o.file)).toEqual(["003_65328be2aa164c64.txt"]);
    expect(outcomes.filter((o) => o.status === "unchanged")).toHaveLength(before.length - 1);

    const changed = await db.document.findUniqueOrThrow({ where: { slug: "mofa-japan-russia-foreign-ministers-meeting-2008-11-05" }, include: { facts: true } });
    expect(changed.text).toContain("中曽根外務大臣は東京で");
    for (const fact of changed.facts) expect(changed.text.slice(fact.start, fact.end)).toBe(fact.quote);
    expect(await db.document.count()).toBe(before.length);
  });
});
