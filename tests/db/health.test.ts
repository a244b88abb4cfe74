// /api/health and the API's behaviour while the database is down and after it comes back.
import { GET } from "../../app/api/health/route";
import { applyPendingMigrations } from "../../db/migrations";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases";

describe.each(databaseKinds())("/api/health on the %s database", (kind) => {
  let database: TestDatabase;
  const savedUrl = process.env.DATABASE_URL;
  const savedKind = process.env.DATABASE_KIND;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await applyPendingMigrations(database.url);
    process.env.DATABASE_URL = database.url;
    process.env.DATABASE_KIND = kind;
    delete (globalThis as { explorerPrisma?: unknown }).explorerPrisma;
  });
  afterAll(async () => {
    const client = (globalThis as { explorerPrisma?: { $disconnect(): Promise<void> } }).explorerPrisma;
    await client?.$disconnect();
    delete (globalThis as { explorerPrisma?: unknown }).explorerPrisma;
    await database.destroy();
    process.env.DATABASE_URL = savedUrl;
    process.env.DATABASE_KIND = savedKind;
  });

  it("reports the database kind, the migration state and the counts", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      status: "ok",
      database: { kind, reachable: true },
      migrations: { state: "up to date", pending: [] },
      counts: { documents: 0, places: 0, facts: 0, deployments: 0 },
    });
  });

  it("answers 503 with a JSON error while the database is down, and recovers when it is back", async () => {
    await database.stop();
    const down = await GET();
    expect(down.status).toBe(503);
    expect(down.headers.get("content-type")).toMatch(/application\/json/);
    const body = await down.json();
    expect(body).toMatchObject({ status: "unavailable", database: { kind, reachable: false } });
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|at .*\.ts|SELECT/);

    await database.restart();
    let recovered = await GET();
    for (let attempt = 0; attempt < 10 && recovered.status !== 200; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      recovered = await GET();
    }
    expect(recovered.status).toBe(200);
  });
});
