import { cachedJson } from "@/http/cache";
import { cacheKey, createResponseCache, type ResponseCacheOptions } from "@/http/responseCache";

/** A fake clock and data version, and a handler that counts its calls and answers with the current data. */
function harness(options: Partial<ResponseCacheOptions> = {}) {
  const state = { now: 0, version: "v1", versionReads: 0, versionFails: false, calls: 0, data: "first" };
  const cache = createResponseCache({
    maxBytes: 1_000_000,
    versionTtlMs: 1_000,
    now: () => state.now,
    readVersion: async () => {
      state.versionReads += 1;
      await Promise.resolve();
      if (state.versionFails) throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
      return state.version;
    },
    ...options,
  });
  const produce = async (request: Request) => {
    state.calls += 1;
    await new Promise((resolve) => setImmediate(resolve));
    return cachedJson(request, { url: request.url, data: state.data });
  };
  const get = (path: string, headers: Record<string, string> = {}) => cache.serve(new Request(`http://localhost${path}`, { headers }), produce);
  return { state, cache, produce, get };
}

describe("cache keys", () => {
  it("put parameters in a stable order of names and keep the order of one name's values", () => {
    expect(cacheKey("http://localhost/api/facts?year=2020&place=RUS")).toBe(cacheKey("http://localhost/api/facts?place=RUS&year=2020"));
    expect(cacheKey("http://localhost/api/facts?category=energy&year=2020&category=economy_trade")).toBe("/api/facts?category=energy&category=economy_trade&year=2020");
    expect(cacheKey("http://localhost/api/facts?category=a&category=b")).not.toBe(cacheKey("http://localhost/api/facts?category=b&category=a"));
  });

  it("ignore empty pairs and the host, and keep the path", () => {
    expect(cacheKey("http://a.example/api/places?&kind=group&")).toBe("/api/places?kind=group");
    expect(cacheKey("http://localhost/api/places")).toBe("/api/places");
    expect(cacheKey("http://localhost/api/places/RUS")).not.toBe(cacheKey("http://localhost/api/places/JPN"));
  });

  it("do not decode, so a malformed query never shares a key with a valid one", () => {
    expect(cacheKey("http://localhost/api/facts?q=%zz")).not.toBe(cacheKey("http://localhost/api/facts?q=%25zz"));
    expect(cacheKey("http://localhost/api/facts?q=a+b")).not.toBe(cacheKey("http://localhost/api/facts?q=a%20b"));
  });
});

describe("the response cache", () => {
  it("answers a repeated GET from memory with the same body and headers, and 304 to a matching If-None-Match", async () => {
    const { state, get } = harness();
    const first = await get("/api/places?kind=group");
    const second = await get("/api/places?kind=group");
    expect(state.calls).toBe(1);
    expect(first.headers.get("x-cache")).toBe("miss");
    expect(second.headers.get("x-cache")).toBe("hit");
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    expect(second.headers.get("etag")).toBe(etag);
    expect(second.headers.get("content-type")).toMatch(/^application\/json/);
    expect(second.headers.get("cache-control")).toBe(first.headers.get("cache-control"));
    expect(await second.text()).toBe(await first.text());

    const revalidated = await get("/api/places?kind=group", { "If-None-Match": etag! });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get("etag")).toBe(etag);
    expect(await revalidated.text()).toBe("");
    expect(state.calls).toBe(1);
  });

  it("stores the full answer even when the first request was conditional", async () => {
    const { state, get } = harness();
    const conditional = await get("/api/places", { "If-None-Match": '"stale"' });
    expect(conditional.status).toBe(200);
    const plain = await get("/api/places");
    expect(plain.status).toBe(200);
    expect(JSON.parse(await plain.text()).data).toBe("first");
    expect(state.calls).toBe(1);
  });

  it("shares one entry between orderings of the same parameters", async () => {
    const { state, get } = harness();
    await get("/api/facts?place=RUS&year=2020");
    const reordered = await get("/api/facts?year=2020&place=RUS");
    expect(reordered.headers.get("x-cache")).toBe("hit");
    expect(state.calls).toBe(1);
  });

  it("never stores errors", async () => {
    const { state, cache } = harness();
    let status = 404;
    const failing = async () => {
      state.calls += 1;
      return Response.json({ error: "no" }, { status });
    };
    for (status of [400, 404, 500, 503]) {
      const request = () => new Request("http://localhost/api/places/XYZ");
      expect((await cache.serve(request(), failing)).status).toBe(status);
      expect((await cache.serve(request(), failing)).status).toBe(status);
    }
    expect(state.calls).toBe(8);
    const throwing = async (): Promise<Response> => {
      throw new Error("database down");
    };
    await expect(cache.serve(new Request("http://localhost/api/places"), throwing)).rejects.toThrow("database down");
  });

  it("passes anything but GET straight to the handler", async () => {
    const { state, cache, produce } = harness();
    await cache.serve(new Request("http://localhost/api/places", { method: "HEAD" }), produce);
    await cache.serve(new Request("http://localhost/api/places", { method: "HEAD" }), produce);
    expect(state.calls).toBe(2);
    expect(state.versionReads).toBe(0);
  });

  it("runs the handler once for concurrent misses of one URL", async () => {
    const { state, get } = harness();
    const answers = await Promise.all(Array.from({ length: 50 }, () => get("/api/deployments?year=2020")));
    expect(state.calls).toBe(1);
    expect(new Set(await Promise.all(answers.map((a) => a.text()))).size).toBe(1);
    expect(answers.filter((a) => a.headers.get("x-cache") === "miss")).toHaveLength(1);
  });

  it("reads the data version once for a burst of requests, and again only after the interval", async () => {
    const { state, get } = harness();
    await Promise.all(Array.from({ length: 200 }, (_, i) => get(`/api/facts?year=${1990 + (i % 30)}`)));
    expect(state.versionReads).toBe(1);
    state.now = 999;
    await get("/api/places");
    expect(state.versionReads).toBe(1);
    state.now = 1_000;
    await Promise.all([get("/api/places"), get("/api/places"), get("/api/documents")]);
    expect(state.versionReads).toBe(2);
  });

  it("serves the new data once the version changes, within one interval", async () => {
    const { state, get } = harness();
    expect(JSON.parse(await (await get("/api/places")).text()).data).toBe("first");
    state.data = "after ingest";
    state.version = "v2";
    state.now = 500;
    expect(JSON.parse(await (await get("/api/places")).text()).data).toBe("first");
    state.now = 1_000;
    const fresh = await get("/api/places");
    expect(fresh.headers.get("x-cache")).toBe("miss");
    expect(JSON.parse(await fresh.text()).data).toBe("after ingest");
    expect(state.calls).toBe(2);
  });

  it("sends every request to the handler while the version cannot be read, and caches again once it can", async () => {
    const { state, get } = harness();
    await get("/api/places");
    state.versionFails = true;
    state.now = 1_000;
    const during = await Promise.all([get("/api/places"), get("/api/places")]);
    expect(during.map((r) => r.headers.get("x-cache"))).toEqual([null, null]);
    expect(state.calls).toBe(3);
    expect(state.versionReads).toBe(2);
    state.versionFails = false;
    state.now = 2_000;
    expect((await get("/api/places")).headers.get("x-cache")).toBe("hit");
    expect(state.calls).toBe(3);
  });

  it("keeps its total size within the bound by dropping the least recently used answers", async () => {
    const maxBytes = 5_000;
    const path = (i: number) => `/api/x/${String(i).padStart(3, "0")}`; // equal sizes
    const { state, get } = harness({ maxBytes });
    const bodySize = (await (await get(path(0))).arrayBuffer()).byteLength;
    for (let i = 1; i < 100; i++) await get(path(i));
    // Walk back from the most recent answer: the ones still held are hits, the first miss is the edge.
    let held = 0;
    while (held < 100) {
      const before = state.calls;
      await get(path(99 - held));
      if (state.calls > before) break;
      held += 1;
    }
    expect(held).toBeGreaterThan(1);
    expect(held).toBeLessThan(100);
    expect(held * bodySize).toBeLessThanOrEqual(maxBytes);

    // Fill exactly `held` answers, touch the oldest, add one more: the second oldest goes, not the touched one.
    const lru = harness({ maxBytes });
    for (let i = 0; i < held; i++) await lru.get(path(i));
    await lru.get(path(0));
    const calls = lru.state.calls;
    await lru.get(path(held));
    await lru.get(path(0));
    expect(lru.state.calls).toBe(calls + 1);
    await lru.get(path(1));
    expect(lru.state.calls).toBe(calls + 2);
  });

  it("does not keep an answer larger than an eighth of the bound", async () => {
    const { state, get } = harness({ maxBytes: 400 });
    await get("/api/places?kind=country");
    await get("/api/places?kind=country");
    expect(state.calls).toBe(2);
  });
});
