// What the proxy refuses before a request reaches a route: a URL whose path or query is not valid
// percent-encoded UTF-8, and a write method on the read-only API. Pure, so it is unit-tested.
import { rawQueryOf } from "./query";

/** Routes under this prefix take writes (behind the admin token); every other API route is read-only. */
export const ADMIN_API_PREFIX = "/api/admin/";
export const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface Refusal {
  status: 400 | 405;
  body: { error: string; parameter?: string | null; allowed: string | string[] };
  headers: Record<string, string>;
}

export function isApiPath(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}

export function isStaticAsset(pathname: string): boolean {
  return pathname.startsWith("/_next/static/") || pathname.startsWith("/_next/image") || pathname === "/favicon.ico";
}

export function apiRefusal(method: string, url: string): Refusal | null {
  const badPart = malformedPart(url);
  if (badPart) {
    return {
      status: 400,
      body: {
        error: `The ${badPart} is not valid percent-encoded UTF-8.`,
        parameter: null,
        allowed: "percent-encoded UTF-8 (RFC 3986)",
      },
      headers: {},
    };
  }
  const pathname = new URL(url).pathname;
  if (isApiPath(pathname) && !pathname.startsWith(ADMIN_API_PREFIX) && !READ_METHODS.has(method.toUpperCase())) {
    return {
      status: 405,
      body: { error: `${method.toUpperCase()} is not allowed: the API is read-only.`, allowed: ["GET", "HEAD"] },
      headers: { Allow: "GET, HEAD" },
    };
  }
  return null;
}

/** "path" or "query string" when that part of the URL does not decode as UTF-8, else null. */
export function malformedPart(url: string): "path" | "query string" | null {
  const parsed = new URL(url);
  if (!decodes(parsed.pathname)) return "path";
  if (!decodes(rawQueryOf(url).replaceAll("+", " "))) return "query string";
  return null;
}

function decodes(raw: string): boolean {
  try {
    // Clients that send raw bytes reach us as U+FFFD after Node's URL parsing.
    return !decodeURIComponent(raw).includes("\uFFFD");
  } catch {
    return false;
  }
}
