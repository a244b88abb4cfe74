// The security headers of every response. Pages get a Content-Security-Policy with a fresh nonce per
// request (Next reads it from the request's CSP header and puts it on its own scripts); JSON and
// file answers get a policy that allows nothing, since a browser should never render them as a page.

/** 128 random bits, base64: unguessable, and a valid CSP nonce-source. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The policy of a page. 'strict-dynamic' lets the nonced Next scripts load the app's chunks (and
 * only them); 'self' is the fallback for browsers without it. MapLibre's worker is served from
 * /geo (same origin), and blob: stays allowed for MapLibre's default blob worker; it draws with
 * data:/blob: images. Styles: Next's stylesheets are same-origin
 * <link>s; React writes style="" attributes in server-rendered HTML (the legend's colour
 * swatches), which style-src-attr allows — attributes cannot run script.
 */
export function pageContentSecurityPolicy(nonce: string, options: { dev?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}

/** JSON, GeoJSON and CSV answers: nothing may load or run if one is ever opened as a document. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The headers every response carries besides its Content-Security-Policy. */
export const COMMON_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
};

export function setSecurityHeaders(headers: Headers, contentSecurityPolicy: string): void {
  headers.set("Content-Security-Policy", contentSecurityPolicy);
  for (const [name, value] of Object.entries(COMMON_SECURITY_HEADERS)) headers.set(name, value);
}
