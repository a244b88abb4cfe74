// The data version behind the API's response cache: every committed write to a table the API reads
// changes it, whoever writes and however (INSERT, UPDATE, DELETE, COPY, TRUNCATE); reads, rolled-back
// writes and uncommitted ones do not. And an API answer changes after an ingest.
import pg from "pg";
import { GET as getFacts } from "../../app/api/facts/route";
import type { Db } from "../../db/client";
import { readDataVersion } from "../../db/dataVersion";
import { saveDocumentWithFacts } from "../../db/documents";
import { copyRows } from "../../bench/synthetic/copy";
import { databaseKinds, openMigratedDatabase, type TestDatabase } from "../support/databases";
import { documentWithFacts, openApiTestWorld, type ApiTestWorld } from "./api-fixture";

describe.each(databaseKinds())("the data version on the %s database", (kind) => {
  let database: TestDatabase;
  let db: Db;
  let client: pg.Client;

  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ database, db, close } = await openMigratedDatabase(kind));
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  }, 60_000);
  afterAll(async () => {
    await client.end();
    await close();
  });

  /** Runs `write` and says whether the version changed across it. */
  async function changes(write: () => Promise<unknown>): Promise<boolean> {
    const before = await readDataVersion(db);
    await write();
    return (await readDataVersion(db)) !== before;
  }

  const place = (code: string) => `INSERT INTO "Place" (code, kind, "nameEn", "nameJa") VALUES ('${code}', 'country', '${code}', '${code}')`;

  it("changes on INSERT, UPDATE and DELETE through SQL and through Prisma", async () => {
    expect(await changes(() => client.query(place("AAA")))).toBe(true);
    expect(await changes(() => client.query(`UPDATE "Place" SET "nameEn" = 'A' WHERE code = 'AAA'`))).toBe(true);
    expect(await changes(() => db.placeName.create({ data: { placeCode: "AAA", name: "エー", lang: "ja", variant: "official" } }))).toBe(true);
    expect(await changes(() => db.placeName.deleteMany({ where: { placeCode: "AAA" } }))).toBe(true);
    expect(await changes(() => client.query(`DELETE FROM "Place" WHERE code = 'AAA'`))).toBe(true);
  });

  it("changes on a bulk load (COPY on the server) and on TRUNCATE", async () => {
    const rows = Array.from({ length: 500 }, (_, i) => ({ code: `C${String(i).padStart(3, "0")}`, kind: "country", nameEn: `c${i}`, nameJa: `c${i}` }));
    // pglite-socket does not speak COPY FROM STDIN, so the embedded database gets one INSERT … SELECT of all rows.
    const bulk = kind === "server"
      ? () => copyRows(client, "Place", ["code", "kind", "nameEn", "nameJa"], rows)
      : () => client.query(`INSERT INTO "Place" (code, kind, "nameEn", "nameJa") SELECT 'C' || lpad(i::text, 3, '0'), 'country', 'c' || i, 'c' || i FROM generate_series(0, 499) AS i`);
    expect(await changes(bulk)).toBe(true);
    expect((await client.query(`SELECT count(*)::int AS n FROM "Place" WHERE code LIKE 'C%'`)).rows[0].n).toBe(500);
    expect(await changes(() => client.query(`TRUNCATE "Place" CASCADE`))).toBe(true);
  });

  it("changes once per committed transaction, and not for reads or rolled-back writes", async () => {
    const before = await readDataVersion(db);
    await client.query(`SELECT count(*) FROM "Place"`);
    await db.fact.count();
    await client.query("BEGIN");
    await client.query(place("RRR"));
    await client.query("ROLLBACK");
    expect(await readDataVersion(db)).toBe(before);

    const [changesBefore] = before.split(":").map(Number);
    await db.$transaction([db.$executeRawUnsafe(place("TTT")), db.$executeRawUnsafe(place("UUU")), db.place.update({ where: { code: "TTT" }, data: { nameEn: "T" } })]);
    const [changesAfter] = (await readDataVersion(db)).split(":").map(Number);
    expect(changesAfter).toBe(changesBefore! + 1);
  });

  it("changes only when the writing transaction commits", async () => {
    const before = await readDataVersion(db);
    await client.query("BEGIN");
    await client.query(place("VVV"));
    try {
      if (kind === "server") expect(await readDataVersion(db)).toBe(before); // the embedded database serves one connection at a time
    } finally {
      await client.query("COMMIT");
    }
    expect(await readDataVersion(db)).not.toBe(before);
  });

  if (kind === "server") {
    it("lets concurrent writers commit without waiting for each other", async () => {
      const other = new pg.Client({ connectionString: database.url });
      await other.connect();
      try {
        await client.query("BEGIN");
        await client.query(place("WW1"));
        const before = await readDataVersion(db);
        // The second writer commits while the first still holds its transaction open.
        await other.query(place("WW2"));
        expect(await readDataVersion(db)).not.toBe(before);
        await client.query("COMMIT");
      } finally {
        await other.end();
      }
    });
  }
});

describe.each(databaseKinds())("the API's cached answers on the %s database", (kind) => {
  let world: ApiTestWorld;

  beforeAll(async () => {
    world = await openApiTestWorld(kind);
  }, 60_000);
  afterAll(async () => {
    await world.close();
  });

  async function factQuotes(url: string) {
    const response = await getFacts(new Request(`http://localhost${url}`));
    const body = (await response.json()) as { items: { quote: string }[] };
    return { cache: response.headers.get("x-cache"), quotes: body.items.map((item) => item.quote) };
  }

  it("serves repeats from the cache and shows an ingested document within about a second", async () => {
    const url = "/api/facts?place=RUS&year=2012";
    const first = await factQuotes(url);
    const repeat = await factQuotes(url);
    expect(repeat.cache).toBe("hit");
    expect(repeat.quotes).toEqual(first.quotes);

    const sentence = "ロシアとの新しい協定が署名された。";
    const { document, facts } = documentWithFacts("ingested-later", "後から取り込んだ文書", "外務省", null, [{ placeCode: "RUS", year: 2012, category: "diplomacy", sentence }]);
    const { prisma } = await import("../../db/client");
    await saveDocumentWithFacts(prisma(), document, facts);

    let after = await factQuotes(url);
    const deadline = Date.now() + 5_000;
    while (!after.quotes.includes(sentence) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await factQuotes(url);
    }
    expect(after.quotes).toEqual([...first.quotes, sentence]);
    expect((await factQuotes(url)).cache).toBe("hit");
  });
});
