// The API route handlers against a migrated database holding a small fixture, on each database kind.
import { GET as getCompare } from "../../app/api/deployments/compare/route";
import { GET as getDeployments } from "../../app/api/deployments/route";
import { GET as getDocument } from "../../app/api/documents/[id]/route";
import { GET as getDocuments } from "../../app/api/documents/route";
import { GET as getFacts } from "../../app/api/facts/route";
import { GET as getDeploymentLayer } from "../../app/api/layers/deployments/route";
import { GET as getFactCounts } from "../../app/api/layers/fact-counts/route";
import { GET as getOpenApi } from "../../app/api/openapi.json/route";
import { GET as getPlace } from "../../app/api/places/[code]/route";
import { GET as getPlaces } from "../../app/api/places/route";
import { GET as getSummary } from "../../app/api/summaries/[region]/route";
import { databaseKinds } from "../support/databases";
import { allFacts, deployments, documents, firstDocumentFacts, openApiTestWorld, PAGED_FACTS, places, type ApiTestWorld } from "./api-fixture";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(handler: unknown, url: string, params: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const response = await (handler as Handler)(new Request(`http://localhost${url}`, { headers }), { params: Promise.resolve(params) });
  const text = await response.text();
  const type = response.headers.get("content-type") ?? "";
  const body = type.includes("json") && text !== "" ? JSON.parse(text) : text;
  return { status: response.status, headers: response.headers, body, text };
}

type FactItem = { id: number; placeCode: string; year: number; category: string; quote: string; document: { title: string; publisher: string; sourceUrl: string | null } };

describe.each(databaseKinds())("the API on the %s database", (kind) => {
  let world: ApiTestWorld;

  beforeAll(async () => {
    world = await openApiTestWorld(kind);
  }, 60_000);
  afterAll(async () => {
    await world.close();
  });

  describe("places", () => {
    it("lists every place, and only one kind with ?kind=", async () => {
      const all = await call(getPlaces, "/api/places");
      expect(all.status).toBe(200);
      expect(all.body.items).toHaveLength(places.length);
      const groups = await call(getPlaces, "/api/places?kind=group");
      expect(groups.body.items.map((p: { code: string }) => p.code).sort()).toEqual(places.filter((p) => p.kind === "group").map((p) => p.code).sort());
    });

    it("gives one place with names, control by year and memberships", async () => {
      const armenia = await call(getPlace, "/api/places/ARM", { code: "ARM" });
      expect(armenia.status).toBe(200);
      expect(armenia.body.names.map((n: { name: string }) => n.name)).toContain("アルメニア");
      expect(armenia.body.memberships).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ groupCode: "csto", fromYear: 2024, toYear: null, status: "suspended", groupNameEn: "CSTO" }),
        ]),
      );
      expect(armenia.body).not.toHaveProperty("geometry");
      const crimea = await call(getPlace, "/api/places/crimea", { code: "crimea" });
      expect(crimea.body.control.map((c: { administrator: string; fromYear: number }) => [c.administrator, c.fromYear])).toEqual([["UKR", 1991], ["RUS", 2014]]);
      const csto = await call(getPlace, "/api/places/csto", { code: "csto" });
      expect(csto.body.members.map((m: { memberCode: string }) => m.memberCode)).toEqual(expect.arrayContaining(["UZB", "ARM", "RUS"]));
    });

    it("adds the outline with ?geometry=1 and null for a place without one", async () => {
      const armenia = await call(getPlace, "/api/places/ARM?geometry=1", { code: "ARM" });
      expect(armenia.body.geometry.type).toBe("FeatureCollection");
      expect(armenia.body.geometry.features[0].geometry.type).toMatch(/Polygon/);
      const group = await call(getPlace, "/api/places/csto?geometry=1", { code: "csto" });
      expect(group.body.geometry).toBeNull();
    });

    it("answers 404 naming an unknown place and 400 for a malformed code", async () => {
      const unknown = await call(getPlace, "/api/places/XYZ", { code: "XYZ" });
      expect(unknown.status).toBe(404);
      expect(unknown.body.error).toContain("XYZ");
      const malformed = await call(getPlace, "/api/places/x;y", { code: "x;y" });
      expect(malformed.status).toBe(400);
      expect(malformed.body.parameter).toBe("code");
    });
  });

  describe("facts", () => {
    it("filters by place and year and carries each fact's document", async () => {
      const response = await call(getFacts, "/api/facts?place=RUS&year=2012");
      expect(response.status).toBe(200);
      const expected = allFacts.filter((f) => f.placeCode === "RUS" && f.year === 2012);
      expect(response.body.items.map((f: FactItem) => f.quote).sort()).toEqual(expected.map((f) => f.sentence).sort());
      expect(response.body.items[0].document).toMatchObject({ title: "外交青書（テスト）", publisher: "外務省", sourceUrl: "https://www.mofa.go.jp/test" });
      expect(response.body.nextCursor).toBeNull();
    });

    it("filters by a year range and by repeated or comma-separated categories", async () => {
      const range = await call(getFacts, "/api/facts?from=2020&to=2024&limit=200");
      expect(range.body.items).toHaveLength(allFacts.filter((f) => f.year >= 2020 && f.year <= 2024).length);
      const wanted = ["territory", "diplomacy", "military_activity"];
      const repeated = await call(getFacts, "/api/facts?category=territory&category=diplomacy,military_activity&limit=200");
      expect(repeated.body.items).toHaveLength(allFacts.filter((f) => wanted.includes(f.category)).length);
    });

    it("follows group membership by year: CSTO facts include Uzbekistan in 2010, not in 2012, and suspended Armenia in 2024", async () => {
      const ids = async (query: string) => (await call(getFacts, `/api/facts?group=csto&${query}`)).body.items.map((f: FactItem) => f.placeCode);
      expect(await ids("year=2010")).toContain("UZB");
      expect(await ids("year=2012")).not.toContain("UZB");
      expect(await ids("year=2024")).toContain("ARM");
      expect(await ids("year=2022")).toEqual(["KAZ"]);
    });

    it("counts the special regions of members and what Russia administers", async () => {
      const eastern = await call(getFacts, "/api/facts?group=eastern-europe&limit=200");
      expect(eastern.body.items.map((f: FactItem) => f.placeCode).sort()).toEqual(["crimea", "crimea"]);
      const russia = await call(getFacts, "/api/facts?group=russia&limit=200");
      const codes = new Set(russia.body.items.map((f: FactItem) => `${f.placeCode}:${f.year}`));
      expect(codes).toEqual(new Set(["RUS:2012", "northern-territories:2020", "etorofu:2020", "crimea:2014"]));
    });

    it("searches quotes literally: % and _ are not wildcards", async () => {
      const percent = await call(getFacts, `/api/facts?q=${encodeURIComponent("100%")}`);
      expect(percent.body.items.map((f: FactItem) => f.quote)).toEqual(firstDocumentFacts.filter((f) => f.sentence.includes("100%")).map((f) => f.sentence));
      const underscore = await call(getFacts, "/api/facts?q=a_b");
      expect(underscore.body.items.map((f: FactItem) => f.quote)).toEqual(firstDocumentFacts.filter((f) => f.sentence.includes("a_b")).map((f) => f.sentence));
      const japanese = await call(getFacts, `/api/facts?q=${encodeURIComponent("首脳会談")}`);
      expect(japanese.body.items).toHaveLength(1);
      const caseless = await call(getFacts, "/api/facts?q=A_B");
      expect(caseless.body.items).toHaveLength(1);
    });

    it("pages through every matching fact exactly once with the cursor", async () => {
      const seen: number[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const response: { body: { items: FactItem[]; nextCursor: string | null } } = await call(getFacts, `/api/facts?place=KAZ&year=2015&limit=50${cursor ? `&cursor=${cursor}` : ""}`);
        seen.push(...response.body.items.map((f) => f.id));
        cursor = response.body.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      expect(pages).toBe(Math.ceil(PAGED_FACTS / 50));
      expect(new Set(seen).size).toBe(PAGED_FACTS);
      expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    });

    it("filters by document and answers 404 for an unknown document, place or group", async () => {
      const [, second] = world.documentIds;
      const byDocument = await call(getFacts, `/api/facts?document=${second}&limit=200`);
      expect(byDocument.body.items).toHaveLength(PAGED_FACTS);
      for (const query of ["document=999999", "place=XYZ", "group=nowhere"]) {
        const response = await call(getFacts, `/api/facts?${query}`);
        expect(response.status).toBe(404);
        expect(response.body.error).toContain(query.split("=")[1]);
      }
    });

    it("exports CSV with sources, safe against formulas", async () => {
      const response = await call(getFacts, "/api/facts?place=crimea&format=csv");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
      expect(response.headers.get("content-disposition")).toContain("facts.csv");
      const lines = response.text.trimEnd().split("\r\n");
      expect(lines[0]).toBe("id,place_code,place_name_en,place_name_ja,year,month,day,precision,category,quote,document_id,document_title,publisher,source_url");
      expect(lines).toHaveLength(1 + allFacts.filter((f) => f.placeCode === "crimea").length);
      expect(response.text).toContain(",'=クリミアの「併合」は認められない。,");
      expect(response.text).toContain("外交青書（テスト）,外務省,https://www.mofa.go.jp/test");
    });

    it("exports GeoJSON points at the place's point, null geometry where the place has none", async () => {
      const response = await call(getFacts, "/api/facts?year=2020&format=geojson");
      expect(response.headers.get("content-type")).toMatch(/^application\/geo\+json/);
      expect(response.body.type).toBe("FeatureCollection");
      const byPlace = Object.fromEntries(response.body.features.map((f: { properties: { placeCode: string }; geometry: unknown }) => [f.properties.placeCode, f.geometry]));
      expect(byPlace["northern-territories"]).toEqual({ type: "Point", coordinates: [145.5, 43.9] });
      expect(byPlace.etorofu).toBeNull();
      expect(response.body.features[0].properties).toMatchObject({ documentTitle: "外交青書（テスト）", publisher: "外務省" });
    });

    it("gives exports the next cursor in a header", async () => {
      const response = await call(getFacts, "/api/facts?place=KAZ&format=csv&limit=100");
      expect(response.headers.get("x-next-cursor")).toBeTruthy();
    });
  });

  describe("deployments", () => {
    it("lists those active in a year, each with its sources", async () => {
      const response = await call(getDeployments, "/api/deployments?year=2012");
      const expected = deployments.filter((d) => d.startYear <= 2012 && (d.endYear === null || d.endYear >= 2012)).map((d) => d.slug);
      expect(response.body.items.map((d: { slug: string }) => d.slug)).toEqual(expected.sort());
      expect(response.body.items[0].sources[0]).toMatchObject({ title: "Reference source", url: "https://example.org/source" });
    });

    it("filters by framework and host", async () => {
      const csto = await call(getDeployments, "/api/deployments?framework=csto");
      expect(csto.body.items.map((d: { slug: string }) => d.slug)).toEqual(["kaz-csto-cpkf-almaty-2022"]);
      const ukraine = await call(getDeployments, "/api/deployments?host=UKR");
      expect(ukraine.body.items).toHaveLength(deployments.filter((d) => d.hostCode === "UKR").length);
    });

    it("exports CSV with reference citations and GeoJSON points", async () => {
      const csv = await call(getDeployments, "/api/deployments?year=2022&format=csv");
      expect(csv.text).toContain("CSTO press release, Almaty | Second source");
      expect(csv.text).toContain("https://example.org/csto | ");
      expect(csv.text).toContain(",'=CSTO Collective Peacekeeping Forces,");
      const geojson = await call(getDeployments, "/api/deployments?year=2022&format=geojson");
      const almaty = geojson.body.features.find((f: { id: string }) => f.id === "kaz-csto-cpkf-almaty-2022");
      expect(almaty.geometry.coordinates).toEqual([76.9115, 43.2525]);
      expect(almaty.properties.sources).toHaveLength(2);
    });

    it("compares two years: a per-period Crimea row is a change, not an add and an end", async () => {
      const response = await call(getCompare, "/api/deployments/compare?from=2015&to=2016");
      expect(response.status).toBe(200);
      expect(response.body.changed).toHaveLength(1);
      expect(response.body.changed[0]).toMatchObject({ from: { slug: "ukr-crimea-2014-2015" }, to: { slug: "ukr-crimea-2016-2018" } });
      expect(response.body.changed[0].changes.map((c: { field: string }) => c.field)).toEqual(expect.arrayContaining(["personnelLow", "personnelHigh"]));
      expect(response.body.added).toEqual([]);
      expect(response.body.ended).toEqual([]);
      const across = await call(getCompare, "/api/deployments/compare?from=2012&to=2022");
      expect(across.body.ended.map((d: { slug: string }) => d.slug)).toEqual(["aze-gabala-radar"]);
      expect(across.body.added.map((d: { slug: string }) => d.slug).sort()).toEqual(["kaz-csto-cpkf-almaty-2022"]);
      expect(across.body.unchanged).toContain("arm-102nd-base-gyumri");
    });

    it("serves the map layer as points with the layer properties", async () => {
      const response = await call(getDeploymentLayer, "/api/layers/deployments?year=2015");
      expect(response.body.type).toBe("FeatureCollection");
      const crimea = response.body.features.find((f: { id: string }) => f.id === "ukr-crimea-2014-2015");
      expect(crimea.properties).toMatchObject({ slug: "ukr-crimea-2014-2015", framework: "annexed_territory", personnelLow: 16000, origin: "reference", startYear: 2014, endYear: 2015 });
    });
  });

  describe("summaries, documents, counts and the OpenAPI document", () => {
    it("summarises the CSTO in 2012 without Uzbekistan and in 2024 with Armenia suspended", async () => {
      const y2012 = await call(getSummary, "/api/summaries/csto?year=2012", { region: "csto" });
      expect(y2012.status).toBe(200);
      expect(y2012.body.places.map((p: { code: string }) => p.code)).not.toContain("UZB");
      expect(y2012.body.places.map((p: { code: string }) => p.code)).toEqual(expect.arrayContaining(["RUS", "KAZ", "ARM"]));
      const y2024 = await call(getSummary, "/api/summaries/csto?year=2024", { region: "csto" });
      const armenia = y2024.body.places.find((p: { code: string }) => p.code === "ARM");
      expect(armenia).toMatchObject({ via: "suspended", facts: 1, byCategory: { security_cooperation: 1 } });
      expect(y2024.body.keyEvents.map((f: FactItem) => f.placeCode)).toEqual(["ARM"]);
    });

    it("orders key events by date, undated ones last, with quote and source", async () => {
      const response = await call(getSummary, "/api/summaries/russia?year=2012", { region: "russia" });
      const expected = firstDocumentFacts
        .filter((f) => f.placeCode === "RUS" && f.year === 2012)
        .sort((a, b) => (a.month ?? 99) - (b.month ?? 99) || (a.day ?? 99) - (b.day ?? 99))
        .map((f) => f.sentence);
      expect(response.body.keyEvents.map((f: FactItem) => f.quote)).toEqual(expected);
      expect(response.body.keyEvents[0].document.title).toBe("外交青書（テスト）");
      expect(response.body.totalFacts).toBe(expected.length);
    });

    it("refuses an unknown region and a missing year", async () => {
      expect((await call(getSummary, "/api/summaries/atlantis?year=2012", { region: "atlantis" })).status).toBe(400);
      const noYear = await call(getSummary, "/api/summaries/csto", { region: "csto" });
      expect(noYear.status).toBe(400);
      expect(noYear.body.parameter).toBe("year");
    });

    it("lists documents and gives one with its text", async () => {
      const list = await call(getDocuments, "/api/documents");
      expect(list.body.items).toHaveLength(documents.length);
      expect(list.body.items[0]).not.toHaveProperty("text");
      const [first] = world.documentIds;
      const one = await call(getDocument, `/api/documents/${first}`, { id: String(first) });
      expect(one.body.text).toBe(documents[0]?.document.text);
      expect(one.body.facts).toBe(firstDocumentFacts.length);
      expect((await call(getDocument, "/api/documents/999999", { id: "999999" })).status).toBe(404);
      expect((await call(getDocument, "/api/documents/abc", { id: "abc" })).status).toBe(400);
    });

    it("counts facts per place, year and category", async () => {
      const response = await call(getFactCounts, "/api/layers/fact-counts?year=2015");
      expect(response.body.rows).toEqual([
        { placeCode: "KAZ", year: 2015, category: "economy_trade", count: PAGED_FACTS / 2 },
        { placeCode: "KAZ", year: 2015, category: "energy", count: PAGED_FACTS / 2 },
      ]);
    });

    it("serves the OpenAPI document", async () => {
      const response = await call(getOpenApi, "/api/openapi.json");
      expect(response.body.openapi).toBe("3.1.0");
      expect(Object.keys(response.body.paths)).toContain("/api/facts");
    });
  });

  describe("caching", () => {
    it("sends ETag and Cache-Control, and 304 when If-None-Match names the current body", async () => {
      const first = await call(getFacts, "/api/facts?place=RUS");
      const etag = first.headers.get("etag");
      expect(etag).toBeTruthy();
      expect(first.headers.get("cache-control")).toMatch(/public, max-age=\d+, stale-while-revalidate=\d+/);
      const again = await call(getFacts, "/api/facts?place=RUS", {}, { "If-None-Match": etag ?? "" });
      expect(again.status).toBe(304);
      expect(again.text).toBe("");
      const other = await call(getFacts, "/api/facts?place=UZB", {}, { "If-None-Match": etag ?? "" });
      expect(other.status).toBe(200);
    });
  });

  describe("while the database is down", () => {
    it("answers 503 with a JSON error and Retry-After (cached answers last at most one version interval), then recovers", async () => {
      await call(getFacts, "/api/facts?place=RUS");
      await world.database.stop();
      try {
        // The response cache trusts a data version read for one second (http/responseCache.ts), so a
        // URL answered just before the database went down may be served from memory that long.
        let down = await call(getFacts, "/api/facts?place=RUS");
        const deadline = Date.now() + 5_000;
        while (down.status === 200 && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          down = await call(getFacts, "/api/facts?place=RUS");
        }
        expect(down.status).toBe(503);
        expect(down.headers.get("retry-after")).toBeTruthy();
        expect(typeof down.body.error).toBe("string");
        expect(down.text).not.toMatch(/ECONNREFUSED|\n\s+at |SELECT/);
      } finally {
        await world.database.restart();
      }
      let back = await call(getPlaces, "/api/places?kind=group");
      for (let attempt = 0; attempt < 10 && back.status !== 200; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 300));
        back = await call(getPlaces, "/api/places?kind=group");
      }
      expect(back.status).toBe(200);
    });

    async function untilAnswered(url: string) {
      let back = await call(getFacts, url);
      for (let attempt = 0; attempt < 20 && back.status !== 200; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 300));
        back = await call(getFacts, url);
      }
      return back;
    }

    it("answers 503 JSON to a request whose query is in flight when the database stops, then recovers", async () => {
      expect((await call(getFacts, "/api/facts?place=KAZ&limit=200")).status).toBe(200); // a pooled connection exists
      const held = world.database.hold();
      const pending = call(getFacts, "/api/facts?place=KAZ&limit=200&year=2015");
      await held; // the query has left the app and not reached the database
      await world.database.stop();
      world.database.release();
      try {
        const answer = await pending;
        expect(answer.status).toBe(503);
        expect(answer.headers.get("retry-after")).toBeTruthy();
        expect(answer.body).toEqual({ error: expect.stringContaining("not reachable") });
      } finally {
        await world.database.restart();
      }
      const back = await untilAnswered("/api/facts?place=KAZ&limit=200&year=2015");
      expect(back.status).toBe(200);
      expect(back.body.items).toHaveLength(PAGED_FACTS);
    });

    if (kind === "server") {
      it("answers 503 JSON while the server shuts the database's connections and refuses new ones, then recovers", async () => {
        const { default: pg } = await import("pg");
        const { SERVER_ADMIN_URL } = await import("../support/databases");
        const name = new URL(world.database.url).pathname.slice(1);
        const admin = new pg.Client({ connectionString: SERVER_ADMIN_URL });
        await admin.connect();
        try {
          expect((await call(getFacts, "/api/facts?place=RUS")).status).toBe(200);
          // What a server going down does to a database: open sessions end with 57P01, new ones are refused.
          await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
          await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name]);
          for (const url of ["/api/facts?place=RUS", "/api/places?kind=group", "/api/summaries/csto?year=2012"]) {
            const down = await call(url.startsWith("/api/facts") ? getFacts : url.startsWith("/api/places") ? getPlaces : getSummary, url, url.includes("csto") ? { region: "csto" } : {});
            expect({ url, status: down.status }).toEqual({ url, status: 503 });
            expect(down.text).not.toMatch(/\n\s+at |SELECT|57P01|55000|terminat/i);
          }
        } finally {
          await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
          await admin.end();
        }
        expect((await untilAnswered("/api/facts?place=RUS")).status).toBe(200);
      });
    }
  });
});
