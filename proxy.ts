// Runs before every request (Next 16's proxy, formerly middleware): security headers on every
// answer, a fresh CSP nonce for each page, and the API's answers to what never reaches a handler —
// a path or query that is not valid percent-encoded UTF-8 (400) and a write method on a read-only
// route (405) — as JSON rather than Next's HTML error page.
import { NextResponse, type NextRequest } from "next/server";
import { apiRefusal, isApiPath, isStaticAsset } from "./http/requestGuards";
import {
  API_CONTENT_SECURITY_POLICY,
  COMMON_SECURITY_HEADERS,
  createNonce,
  pageContentSecurityPolicy,
  setSecurityHeaders,
} from "./http/securityHeaders";

export function proxy(request: NextRequest): NextResponse {
  const pathname = new URL(request.url).pathname;
  if (isStaticAsset(pathname)) {
    const response = NextResponse.next();
    for (const [name, value] of Object.entries(COMMON_SECURITY_HEADERS)) response.headers.set(name, value);
    return response;
  }
  if (isApiPath(pathname)) {
    const refusal = apiRefusal(request.method, request.url);
    const response = refusal
      ? NextResponse.json(refusal.body, { status: refusal.status, headers: refusal.headers })
      : NextResponse.next();
    setSecurityHeaders(response.headers, API_CONTENT_SECURITY_POLICY);
    return response;
  }
  const refusal = apiRefusal("GET", request.url);
  if (refusal) {
    const response = new NextResponse(`${refusal.body.error}\n`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    setSecurityHeaders(response.headers, API_CONTENT_SECURITY_POLICY);
    return response;
  }
  const nonce = createNonce();
  const policy = pageContentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  // Next takes the nonce for its own scripts from the request's Content-Security-Policy header.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  setSecurityHeaders(response.headers, policy);
  return response;
}
