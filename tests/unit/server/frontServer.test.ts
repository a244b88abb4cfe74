// The front of `npm start` against a stand-in for Next on loopback: what it answers from the
// cache, what it passes through untouched, and what it says when Next does not answer.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { cachedJson } from "@/http/cache";
import { createResponseCache } from "@/http/responseCache";
import { createFrontServer, isCacheableRead } from "../../../server/frontServer";

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A stand-in for Next: API GETs answer JSON through cachedJson (as the routes do), everything else echoes. */
async function startUpstream() {
  const seen: Seen[] = [];
  const state = { data: "first" };
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", async () => {
      seen.push({ method: request.method!, url: request.url!, headers: request.headers, body });
      if (request.url?.startsWith("/api/") && request.method === "GET") {
        const headers = new Headers();
        for (const [name, value] of Object.entries(request.headers)) if (typeof value === "string") headers.set(name, value);
        const answer = request.url.startsWith("/api/missing")
          ? Response.json({ error: "Unknown place." }, { status: 404 })
          : cachedJson(new Request(`http://upstream${request.url}`, { headers }), { url: request.url, data: state.data, padding: "x".repeat(4000) }, { "X-Content-Type-Options": "nosniff" });
        const outgoing: Record<string, string> = {};
        answer.headers.forEach((value, name) => (outgoing[name] = value));
        response.writeHead(answer.status, outgoing);
        response.end(Buffer.from(await answer.arrayBuffer()));
        return;
      }
      response.writeHead(201, { "content-type": "text/plain", "x-upstream": "yes" });
      response.end(`${request.method} ${request.url} ${body}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, seen, state, port: (server.address() as AddressInfo).port };
}

async function startFront(upstreamPort: number, version: { value: string; fails?: boolean }) {
  const cache = createResponseCache({
    maxBytes: 10_000_000,
    versionTtlMs: 0,
    readVersion: async () => {
      if (version.fails) throw new Error("database down");
      return version.value;
    },
  });
  const logged: string[] = [];
  const front = createFrontServer({ upstreamPort, cache, log: (line) => logged.push(line) });
  await new Promise<void>((resolve) => front.listen(0, "127.0.0.1", resolve));
  return { front, logged, base: `http://127.0.0.1:${(front.address() as AddressInfo).port}` };
}

/** A raw GET (fetch would decompress and hide what went over the wire). */
function rawGet(base: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const request = http.get(`${base}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on("error", reject);
  });
}

function close(server: http.Server) {
  return new Promise<void>((resolve) => server.close(() => resolve()));
}

/** A front without the cache in front of a stand-in Next, with what it logged and a way to close both. */
async function frontWithoutCache(upstream: http.Server) {
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  const failures: string[] = [];
  const front = createFrontServer({ upstreamPort: (upstream.address() as AddressInfo).port, cache: undefined, log: (line) => failures.push(line) });
  await new Promise<void>((resolve) => front.listen(0, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${(front.address() as AddressInfo).port}`,
    failures,
    closeBoth: async () => {
      await close(front);
      await close(upstream);
    },
  };
}

describe("which requests the front may answer from the cache", () => {
  it("takes GETs of read-only API routes", () => {
    expect(isCacheableRead("GET", "/api/facts?place=RUS&year=2020")).toBe(true);
    expect(isCacheableRead("GET", "/api/layers/deployments?year=2014")).toBe(true);
  });

  it("leaves writes, HEAD, pages, the admin routes and the live health check to Next", () => {
    expect(isCacheableRead("POST", "/api/facts")).toBe(false);
    expect(isCacheableRead("HEAD", "/api/facts")).toBe(false);
    expect(isCacheableRead("GET", "/")).toBe(false);
    expect(isCacheableRead("GET", "/documents/1")).toBe(false);
    expect(isCacheableRead("GET", "/api/admin/documents")).toBe(false);
    expect(isCacheableRead("GET", "/api/health")).toBe(false);
  });

  it("leaves URLs that parse differently from how they were sent to Next (dot segments, raw bytes, spaces, fragments)", () => {
    expect(isCacheableRead("GET", "/api/../api/places")).toBe(false);
    expect(isCacheableRead("GET", "/api/%2E%2E/places")).toBe(false);
    expect(isCacheableRead("GET", "/api/places\\x")).toBe(false);
    expect(isCacheableRead("GET", "/api/facts?q=a b")).toBe(false);
    expect(isCacheableRead("GET", "/api/facts?q=北方")).toBe(false);
    expect(isCacheableRead("GET", "/api/facts#year=2020")).toBe(false);
  });
});

describe("the front server", () => {
  let upstream: Awaited<ReturnType<typeof startUpstream>>;
  let front: Awaited<ReturnType<typeof startFront>>;
  const version = { value: "v1", fails: false };

  beforeEach(async () => {
    version.value = "v1";
    version.fails = false;
    upstream = await startUpstream();
    front = await startFront(upstream.port, version);
  });
  afterEach(async () => {
    await close(front.front);
    await close(upstream.server);
  });

  it("answers a repeated API read from memory without asking Next again, with the same body and headers", async () => {
    const first = await rawGet(front.base, "/api/facts?place=RUS&year=2020");
    const second = await rawGet(front.base, "/api/facts?year=2020&place=RUS");
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body.toString()).toBe(first.body.toString());
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers["x-content-type-options"]).toBe("nosniff");
    expect(second.headers["x-cache"]).toBe("hit");
    expect(upstream.seen.filter((r) => r.url.startsWith("/api/facts"))).toHaveLength(1);
    expect(upstream.seen[0]!.headers["accept-encoding"]).toBe("identity");
  });

  it("asks Next again once the data version changes", async () => {
    await rawGet(front.base, "/api/places");
    upstream.state.data = "second";
    version.value = "v2";
    const after = await rawGet(front.base, "/api/places");
    expect(JSON.parse(after.body.toString()).data).toBe("second");
    expect(upstream.seen).toHaveLength(2);
  });

  it("sends every read to Next while the data version cannot be read", async () => {
    await rawGet(front.base, "/api/places");
    version.fails = true;
    await rawGet(front.base, "/api/places");
    await rawGet(front.base, "/api/places");
    expect(upstream.seen).toHaveLength(3);
  });

  it("gzips cached JSON for clients that accept it, and sends it plain to those that do not", async () => {
    const zipped = await rawGet(front.base, "/api/places", { "accept-encoding": "gzip, br" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(Number(zipped.headers["content-length"])).toBe(zipped.body.length);
    const plain = await rawGet(front.base, "/api/places");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(gunzipSync(zipped.body).toString()).toBe(plain.body.toString());
    const refused = await rawGet(front.base, "/api/places", { "accept-encoding": "gzip;q=0" });
    expect(refused.headers["content-encoding"]).toBeUndefined();
  });

  it("answers 304 to a matching If-None-Match from memory", async () => {
    const first = await rawGet(front.base, "/api/places");
    const again = await rawGet(front.base, "/api/places", { "if-none-match": String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(upstream.seen).toHaveLength(1);
  });

  it("never keeps an error answer", async () => {
    expect((await rawGet(front.base, "/api/missing")).status).toBe(404);
    expect((await rawGet(front.base, "/api/missing")).status).toBe(404);
    expect(upstream.seen).toHaveLength(2);
  });

  it("passes pages and writes to Next unchanged, body, method, status and headers included", async () => {
    const page = await rawGet(front.base, "/documents/1?quote=2");
    expect(page.status).toBe(201);
    expect(page.headers["x-upstream"]).toBe("yes");
    expect(page.body.toString()).toBe("GET /documents/1?quote=2 ");

    const posted = await fetch(`${front.base}/api/admin/documents`, { method: "POST", body: "hello", headers: { authorization: "Bearer t" } });
    expect(posted.status).toBe(201);
    expect(await posted.text()).toBe("POST /api/admin/documents hello");
    expect(upstream.seen.at(-1)!.headers.authorization).toBe("Bearer t");
  });

  it("passes a malformed URL to Next as it was sent, for the API to refuse", async () => {
    await rawGet(front.base, "/api/facts?q=%zz");
    await rawGet(front.base, "/api/facts?q=%E3%81");
    expect(upstream.seen.map((r) => r.url)).toEqual(["/api/facts?q=%zz", "/api/facts?q=%E3%81"]);
  });

  it("sends a GET again on a new connection when Next has closed the kept-alive one it was reused on", async () => {
    // a Next that drops every connection on its second request, as an idle socket closed at the moment of reuse
    const requestsOnSocket = new WeakMap<object, number>();
    const dropping = http.createServer((request, response) => {
      const count = (requestsOnSocket.get(request.socket) ?? 0) + 1;
      requestsOnSocket.set(request.socket, count);
      if (count > 1) {
        request.socket.destroy();
        return;
      }
      response.writeHead(200, { "content-type": "text/plain" });
      response.end(`page ${request.url}`);
    });
    const { base, closeBoth } = await frontWithoutCache(dropping);
    try {
      for (const path of ["/_next/static/a.js", "/_next/static/b.js", "/_next/static/c.js"]) {
        const answer = await rawGet(base, path);
        expect(answer.status).toBe(200);
        expect(answer.body.toString()).toBe(`page ${path}`);
      }
    } finally {
      await closeBoth();
    }
  });

  it("sends a GET again on a fresh connection even when every kept-alive connection Next had open is stale", async () => {
    // after a burst of parallel loads the front holds several idle sockets, and Next closes them all at once
    const served = new WeakSet<object>();
    const dropping = http.createServer((request, response) => {
      if (served.has(request.socket)) {
        request.socket.destroy();
        return;
      }
      served.add(request.socket);
      // held a moment so the burst below opens one connection per request
      setTimeout(() => {
        response.writeHead(200, { "content-type": "text/plain" });
        response.end(`page ${request.url}`);
      }, 50);
    });
    const { base, failures, closeBoth } = await frontWithoutCache(dropping);
    try {
      const burst = await Promise.all(["/a.js", "/b.js", "/c.js", "/d.js"].map((path) => rawGet(base, path)));
      expect(burst.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
      const after = await rawGet(base, "/_next/static/chunk.js");
      expect(after.status).toBe(200);
      expect(after.body.toString()).toBe("page /_next/static/chunk.js");
      expect(failures).toEqual([]);
    } finally {
      await closeBoth();
    }
  });

  it("drops Next's request without logging a failure when the client goes away first (a cancelled prefetch)", async () => {
    const slow = http.createServer((_request, response) => {
      setTimeout(() => response.end("late page"), 300);
    });
    const { base, failures, closeBoth } = await frontWithoutCache(slow);
    try {
      const cancelled = http.get(`${base}/documents/1?_rsc=prefetch`);
      cancelled.on("error", () => {}); // the client's own side of the cancellation
      await new Promise((resolve) => setTimeout(resolve, 50));
      cancelled.destroy();
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(failures).toEqual([]);
      expect((await rawGet(base, "/after")).status).toBe(200);
    } finally {
      await closeBoth();
    }
  });

  it("answers 502 JSON for the API and plain text for pages when Next does not answer, and logs each with the reason", async () => {
    await close(upstream.server);
    const api = await rawGet(front.base, "/api/places");
    expect(api.status).toBe(502);
    expect(api.headers["content-type"]).toMatch(/application\/json/);
    expect(JSON.parse(api.body.toString()).error).toMatch(/not answering/);
    const page = await rawGet(front.base, "/");
    expect(page.status).toBe(502);
    expect(page.body.toString()).not.toMatch(/\n\s+at /);
    expect(front.logged).toEqual(["[front] GET /api/places: Next did not answer (ECONNREFUSED)", "[front] GET /: Next did not answer (ECONNREFUSED)"]);
    upstream = await startUpstream(); // for afterEach
  });
});
