// Cacheable responses: a strong ETag from a hash of the body, Cache-Control that lets browsers and
// proxies keep a response briefly and serve it stale while they revalidate, and 304 Not Modified
// when the client's If-None-Match already names the current body.
import { createHash } from "node:crypto";

export const CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600";

export function etagOf(body: string | Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** True when an If-None-Match header value matches the ETag (weak comparison, as RFC 9110 asks). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

export interface CachedBody {
  body: string;
  contentType: string;
  /** Offered as a download under this name (exports). */
  filename?: string;
  headers?: Record<string, string>;
}

export function cachedResponse(request: Request, { body, contentType, filename, headers = {} }: CachedBody): Response {
  const etag = etagOf(body);
  const common: Record<string, string> = { ETag: etag, "Cache-Control": CACHE_CONTROL, Vary: "Accept-Encoding", ...headers };
  if (matchesEtag(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers: common });
  }
  if (filename) common["Content-Disposition"] = `attachment; filename="${filename}"`;
  return new Response(body, { status: 200, headers: { ...common, "Content-Type": contentType } });
}

export function cachedJson(request: Request, data: unknown, headers?: Record<string, string>): Response {
  return cachedResponse(request, { body: JSON.stringify(data), contentType: "application/json; charset=utf-8", headers });
}

export function cachedGeoJson(request: Request, data: unknown, filename?: string, headers?: Record<string, string>): Response {
  return cachedResponse(request, { body: JSON.stringify(data), contentType: "application/geo+json; charset=utf-8", filename, headers });
}

export function cachedCsv(request: Request, csv: string, filename: string, headers?: Record<string, string>): Response {
  return cachedResponse(request, { body: csv, contentType: "text/csv; charset=utf-8; header=present", filename, headers });
}
