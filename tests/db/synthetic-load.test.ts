// The synthetic database loader: COPY into a migrated database, consistent rows, nothing partial.
import pg from "pg";
import { loadSyntheticDatabase } from "../../bench/synthetic";
import { applyPendingMigrations } from "../../db/migrations";
import { placeCatalogue } from "../../places/catalogue";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases";

// COPY FROM STDIN needs a Postgres server; on the embedded database the loader refuses with a clear message.
const serverKinds = databaseKinds().filter((kind) => kind === "server");

describe.each(serverKinds)("loading a synthetic database on the %s database", (kind) => {
  let database: TestDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await applyPendingMigrations(database.url);
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await database.destroy();
  });

  const count = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]!.n);

  it("loads the catalogue, documents, facts and deployments, with every quote at its offsets", async () => {
    const result = await loadSyntheticDatabase(database.url, { facts: 1_500, documents: 12, deployments: 20, seed: 5 });
    expect(result).toMatchObject({ documents: 12, facts: 1_500, deployments: 20 });
    expect(await count(`SELECT count(*) AS n FROM "Place"`)).toBe(placeCatalogue().length);
    expect(await count(`SELECT count(*) AS n FROM "Fact"`)).toBe(1_500);
    expect(await count(`SELECT count(DISTINCT "placeCode") AS n FROM "Fact"`)).toBe(placeCatalogue().length);
    expect(await count(`SELECT count(*) AS n FROM "Deployment"`)).toBe(20);
    expect(await count(`SELECT count(*) AS n FROM "DeploymentSource"`)).toBe(result.deploymentSources);
    // Postgres counts characters and JavaScript UTF-16 units; the synthetic text has no astral characters, so they agree.
    expect(await count(`SELECT count(*) AS n FROM "Fact" f JOIN "Document" d ON d.id = f."documentId"
                         WHERE substr(d.text, f.start + 1, f."end" - f.start) <> f.quote`)).toBe(0);
  });

  it("keeps Fact's indexes and foreign keys and leaves the id sequences after the loaded rows", async () => {
    const indexes = await client.query<{ indexname: string }>(`SELECT indexname FROM pg_indexes WHERE tablename = 'Fact' ORDER BY indexname`);
    expect(indexes.rows.map((r) => r.indexname)).toEqual([
      "Fact_documentId_idx", "Fact_pkey", "Fact_placeCode_year_idx", "Fact_quote_trgm_idx", "Fact_year_category_idx",
    ]);
    expect(await count(`SELECT count(*) AS n FROM pg_constraint WHERE conrelid = '"Fact"'::regclass AND contype = 'f'`)).toBe(2);
    const inserted = await client.query<{ id: number }>(
      `INSERT INTO "Fact" ("documentId", "placeCode", year, precision, category, quote, start, "end", "sentenceNo", derivation, "matchedText")
       SELECT 1, 'RUS', 2000, 'year', 'other', 'x', 0, 1, 0, 'place_name', 'x' RETURNING id`,
    );
    expect(inserted.rows[0]!.id).toBe(1_501);
    await client.query(`DELETE FROM "Fact" WHERE id = 1501`);
  });

  it("adds a second load after the first without touching it", async () => {
    const second = await loadSyntheticDatabase(database.url, { facts: 300, deployments: 2, seed: 6 });
    expect(second.documents).toBe(3);
    expect(await count(`SELECT count(*) AS n FROM "Fact"`)).toBe(1_800);
    expect(await count(`SELECT min(id) AS n FROM "Fact" WHERE "documentId" > 12`)).toBe(1_501);
  });

  it("writes nothing when the load fails", async () => {
    await expect(loadSyntheticDatabase(database.url, { facts: 300, documents: 2, seed: 5 })).rejects.toThrow(/duplicate key|unique/i);
    expect(await count(`SELECT count(*) AS n FROM "Document"`)).toBe(15);
    expect(await count(`SELECT count(*) AS n FROM "Fact"`)).toBe(1_800);
  });
});

describe.each(databaseKinds().filter((kind) => kind === "embedded"))("loading a synthetic database on the %s database", (kind) => {
  it("refuses before writing anything, naming what it needs", async () => {
    const database = await createTestDatabase(kind);
    try {
      await applyPendingMigrations(database.url);
      await expect(loadSyntheticDatabase(database.url, { facts: 10 })).rejects.toThrow(/COPY FROM STDIN.*Postgres server/);
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const places = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Place"`);
      await client.end();
      expect(Number(places.rows[0]!.n)).toBe(0);
    } finally {
      await database.destroy();
    }
  });
});
