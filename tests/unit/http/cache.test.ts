import { CACHE_CONTROL, cachedJson, etagOf, matchesEtag } from "@/http/cache";

describe("ETags", () => {
  it("are strong, quoted and follow the body", () => {
    const a = etagOf('{"a":1}');
    expect(a).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(etagOf('{"a":1}')).toBe(a);
    expect(etagOf('{"a":2}')).not.toBe(a);
  });

  it("match If-None-Match lists, weak forms and *", () => {
    const tag = etagOf("x");
    expect(matchesEtag(tag, tag)).toBe(true);
    expect(matchesEtag(`"other", ${tag}`, tag)).toBe(true);
    expect(matchesEtag(`W/${tag}`, tag)).toBe(true);
    expect(matchesEtag("*", tag)).toBe(true);
    expect(matchesEtag('"other"', tag)).toBe(false);
    expect(matchesEtag(null, tag)).toBe(false);
  });
});

describe("cachedJson", () => {
  it("sends the body with ETag and Cache-Control, then 304 with no body when the ETag comes back", async () => {
    const first = cachedJson(new Request("http://localhost/api/x"), { items: [1, 2] });
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe(CACHE_CONTROL);
    expect(first.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await first.json()).toEqual({ items: [1, 2] });
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();

    const again = cachedJson(new Request("http://localhost/api/x", { headers: { "If-None-Match": etag ?? "" } }), { items: [1, 2] });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");

    const changed = cachedJson(new Request("http://localhost/api/x", { headers: { "If-None-Match": etag ?? "" } }), { items: [1, 2, 3] });
    expect(changed.status).toBe(200);
  });
});
