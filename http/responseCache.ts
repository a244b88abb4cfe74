// The API's in-process response cache. The data only changes on ingest, so a GET's 200 answer is
// kept (body and headers, ETag included) under its path and canonical query string for as long as
// the data version stays the same, in an LRU bounded by total bytes.
//
// Freshness: the data version is read from the database at most once per `versionTtlMs` per
// process, by one read at a time (a burst of requests shares it), so an ingest shows within about
// that long. When the version cannot be read (the database is down), nothing is served from the
// cache: requests go to the handler, which answers 503 itself — so cached data outlives a failed
// database by at most one version interval, never longer. Errors and non-200 answers are never
// stored. Concurrent misses of one key run the handler once.
import { LRUCache } from "lru-cache";
import { prisma, type Db } from "@/db/client";
import { readDataVersion } from "@/db/dataVersion";
import { env } from "../config/env.mjs";
import { matchesEtag } from "./cache";

export interface ResponseCacheOptions {
  /** Bound on the bodies, headers and keys held; one answer may take at most an eighth of it. */
  maxBytes: number;
  /** How long one read of the data version is trusted. */
  versionTtlMs: number;
  readVersion: () => Promise<string>;
  now?: () => number;
}

export interface ResponseCache {
  /** Answers a GET from the cache when it holds the URL at the current data version, else from produce(). */
  serve(request: Request, produce: (request: Request) => Promise<Response>): Promise<Response>;
  /** The stored answer to a GET of this URL at the current data version, without building a Response (a server's fast path); undefined on a miss. */
  lookup(url: string): Promise<CachedAnswer | undefined>;
}

export interface CachedAnswer {
  status: number;
  headers: readonly [string, string][];
  body: ArrayBuffer;
  etag: string | null;
}

interface Entry {
  version: string;
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
  etag: string | null;
  size: number;
}

/** The URL's path and its query's name=value pairs in a stable order of names (values of one name keep theirs). Nothing is decoded, so two URLs share a key only when the handler sees the same parameters. */
export function cacheKey(url: string): string {
  const { pathname, search } = new URL(url);
  const pairs = search.slice(1).split("&").filter((pair) => pair !== "");
  const nameOf = (pair: string) => pair.split("=", 1)[0]!;
  const sorted = pairs
    .map((pair, index) => ({ pair, index }))
    .sort((a, b) => (nameOf(a.pair) < nameOf(b.pair) ? -1 : nameOf(a.pair) > nameOf(b.pair) ? 1 : a.index - b.index))
    .map(({ pair }) => pair);
  return sorted.length === 0 ? pathname : `${pathname}?${sorted.join("&")}`;
}

export function createResponseCache(options: ResponseCacheOptions): ResponseCache {
  const currentVersion = memoisedVersion(options.readVersion, options.versionTtlMs, options.now ?? Date.now);
  const entries = new LRUCache<string, Entry>({
    maxSize: Math.max(1, options.maxBytes),
    maxEntrySize: Math.max(1, Math.floor(options.maxBytes / 8)),
    sizeCalculation: (entry) => entry.size,
  });
  const filling = new Map<string, Promise<Entry | undefined>>();
  let latestVersion: string | undefined;

  async function fill(key: string, version: string, request: Request, produce: (request: Request) => Promise<Response>) {
    const response = await produce(withoutConditions(request));
    const entry = await entryOf(response, version, key);
    if (entry && version === latestVersion) entries.set(key, entry);
    return { entry, response };
  }

  /** The data version now, emptying the cache when it has moved; undefined while it cannot be read. */
  async function versionNow(): Promise<string | undefined> {
    const version = await currentVersion();
    if (version !== undefined && version !== latestVersion) {
      entries.clear();
      latestVersion = version;
    }
    return version;
  }

  return {
    async lookup(url) {
      const version = await versionNow();
      if (version === undefined) return undefined;
      const hit = entries.get(cacheKey(url));
      return hit && hit.version === version ? hit : undefined;
    },
    async serve(request, produce) {
      if (request.method !== "GET") return produce(request);
      const version = await versionNow();
      if (version === undefined) return produce(request);
      const key = cacheKey(request.url);
      const hit = entries.get(key);
      if (hit && hit.version === version) return answer(request, hit, "hit");

      const fillKey = `${version}\n${key}`;
      const pending = filling.get(fillKey);
      if (pending) {
        const shared = await pending;
        return shared ? answer(request, shared, "hit") : produce(request);
      }
      const filled = fill(key, version, request, produce);
      const settled = filled.then(({ entry }) => entry, () => undefined);
      filling.set(fillKey, settled);
      void settled.then(() => filling.delete(fillKey));
      const { entry, response } = await filled;
      return entry ? answer(request, entry, "miss") : response;
    },
  };
}

/** The version, read at most once per ttl by one read at a time; undefined while it cannot be read. */
function memoisedVersion(read: () => Promise<string>, ttlMs: number, now: () => number) {
  let known: { value: string | undefined; readAt: number } | undefined;
  let reading: Promise<string | undefined> | undefined;
  return (): Promise<string | undefined> => {
    if (known && now() - known.readAt < ttlMs) return Promise.resolve(known.value);
    if (!reading) {
      const readAt = now();
      reading = read()
        .catch(() => undefined)
        .then((value) => {
          known = { value, readAt };
          reading = undefined;
          return value;
        });
    }
    return reading;
  };
}

function withoutConditions(request: Request): Request {
  if (!request.headers.has("if-none-match")) return request;
  const headers = new Headers(request.headers);
  headers.delete("if-none-match");
  return new Request(request, { headers });
}

const UNCACHEABLE = /no-store|private/i;

async function entryOf(response: Response, version: string, key: string): Promise<Entry | undefined> {
  if (response.status !== 200 || UNCACHEABLE.test(response.headers.get("cache-control") ?? "") || response.headers.has("set-cookie")) {
    return undefined;
  }
  const body = await response.arrayBuffer();
  const headers = [...response.headers.entries()];
  const size = body.byteLength + key.length + headers.reduce((sum, [name, value]) => sum + name.length + value.length, 0);
  return { version, status: response.status, headers, body, etag: response.headers.get("etag"), size };
}

const BODY_HEADERS = new Set(["content-type", "content-length", "content-disposition", "content-encoding"]);

function answer(request: Request, entry: Entry, cache: "hit" | "miss"): Response {
  if (entry.etag && matchesEtag(request.headers.get("if-none-match"), entry.etag)) {
    const headers = entry.headers.filter(([name]) => !BODY_HEADERS.has(name));
    return new Response(null, { status: 304, headers: [...headers, ["X-Cache", cache]] });
  }
  return new Response(entry.body, { status: entry.status, headers: [...entry.headers, ["X-Cache", cache]] });
}

const VERSION_TTL_MS = 1_000;
const byClient = new WeakMap<Db, ResponseCache>();

/** A cache of API answers valid while the data version read through `db` stays the same. */
export function createApiResponseCache(db: Db, maxBytes: number): ResponseCache {
  return createResponseCache({ maxBytes, versionTtlMs: VERSION_TTL_MS, readVersion: () => readDataVersion(db) });
}

/** The process's cache for the API, one per database client; undefined when API_CACHE=off or no database is configured. */
export function apiResponseCache(): ResponseCache | undefined {
  const settings = env();
  if (settings.API_CACHE === "off" || !process.env.DATABASE_URL) return undefined;
  const db = prisma();
  let cache = byClient.get(db);
  if (!cache) {
    cache = createApiResponseCache(db, settings.API_CACHE_MAX_BYTES);
    byClient.set(db, cache);
  }
  return cache;
}
