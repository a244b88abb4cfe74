// The served app while its database goes away and comes back: the embedded database stopped and
// started again, and a Postgres server cut off. The app process stays up, the API answers 503 JSON
// with Retry-After, the explorer page says the database is unreachable, and all recover.
import { createTestDatabase, type TestDatabase, type TestDatabaseKind } from "../support/databases";
import { startExplorer, type RunningExplorer } from "./support/explorer";

describe.each<TestDatabaseKind>(["embedded", "server"])("the served app when its %s database stops", (kind) => {
  let database: TestDatabase;
  let explorer: RunningExplorer;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    explorer = await startExplorer({ DATABASE_URL: database.url });
  }, 10 * 60_000);
  afterAll(async () => {
    await explorer?.stop();
    await database?.destroy();
  });

  async function get(target: string) {
    const response = await fetch(`${explorer.baseUrl}${target}`);
    return { status: response.status, headers: response.headers, text: await response.text() };
  }

  async function until(target: string, status: number) {
    let answer = await get(target);
    for (let attempt = 0; attempt < 40 && answer.status !== status; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      answer = await get(target);
    }
    return answer;
  }

  it("answers 503 JSON from the API and an explanation on the page while it is down, and recovers", async () => {
    const before = await get("/api/facts?place=RUS&limit=5");
    expect(before.status).toBe(200);
    await database.stop();
    try {
      // The API's response cache trusts a data version for one second (http/responseCache.ts), so the
      // URL answered just before may come from memory that long; after it, nothing cached is served.
      const first = await until("/api/facts?place=RUS&limit=5", 503);
      expect(first.status).toBe(503);
      for (const target of ["/api/facts?place=RUS&limit=5", "/api/places?kind=group", "/api/documents/1", "/api/health"]) {
        const down = await get(target);
        expect({ target, status: down.status }).toEqual({ target, status: 503 });
        expect(down.headers.get("content-type")).toMatch(/application\/json/);
        expect(down.headers.get("retry-after")).toBeTruthy();
        expect(down.text).not.toMatch(/\n\s+at |SELECT|ECONN|prisma/i);
      }
      const page = await get("/");
      expect(page.status).toBe(200);
      expect(page.text).toContain("The database is not reachable right now.");
    } finally {
      await database.restart();
    }
    const after = await until("/api/facts?place=RUS&limit=5", 200);
    expect(after.status).toBe(200);
    expect(JSON.parse(after.text)).toEqual(JSON.parse(before.text));
    expect((await get("/")).text).not.toContain("The database is not reachable right now.");
  });
});
