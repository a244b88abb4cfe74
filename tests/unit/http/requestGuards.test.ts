import { apiRefusal, malformedPart } from "@/http/requestGuards";
import { createNonce, pageContentSecurityPolicy } from "@/http/securityHeaders";

const BASE = "http://localhost:3000";

describe("requests the proxy refuses", () => {
  it.each([
    ["/api/places/%E0%A4%A", "path"],
    ["/api/places/%FF", "path"],
    ["/api/places/%", "path"],
    ["/api/facts?q=%FF", "query string"],
    ["/api/facts?q=%E6%97", "query string"],
    ["/api/facts?q=100%", "query string"],
    ["/documents/1?start=%C0%AF", "query string"],
  ])("finds %s malformed in its %s", (target, part) => {
    expect(malformedPart(`${BASE}${target}`)).toBe(part);
    const refusal = apiRefusal("GET", `${BASE}${target}`);
    expect(refusal).toMatchObject({ status: 400, body: { error: `The ${part} is not valid percent-encoded UTF-8.`, parameter: null } });
  });

  it.each(["/api/places/RUS", "/api/facts?q=%E6%97%A5%E9%9C%B2", "/api/facts?q=100%25&year=2012", "/api/facts?q=a+b", "/documents/1?start=3&end=9", "/"])(
    "lets well-formed %s through",
    (target) => {
      expect(malformedPart(`${BASE}${target}`)).toBeNull();
      expect(apiRefusal("GET", `${BASE}${target}`)).toBeNull();
    },
  );

  it.each(["POST", "PUT", "PATCH", "DELETE", "post"])("answers %s to a read-only API route with 405 naming GET and HEAD", (method) => {
    const refusal = apiRefusal(method, `${BASE}/api/facts`);
    expect(refusal).toMatchObject({ status: 405, headers: { Allow: "GET, HEAD" }, body: { allowed: ["GET", "HEAD"] } });
  });

  it("leaves reads, the admin routes and pages to their handlers", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) expect(apiRefusal(method, `${BASE}/api/facts`)).toBeNull();
    expect(apiRefusal("POST", `${BASE}/api/admin/documents`)).toBeNull();
    expect(apiRefusal("POST", `${BASE}/`)).toBeNull();
  });
});

describe("the page Content-Security-Policy", () => {
  it("allows scripts only with this request's nonce, and no eval outside development", () => {
    const nonce = createNonce();
    const policy = pageContentSecurityPolicy(nonce);
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src "));
    expect(scriptSrc).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(pageContentSecurityPolicy(nonce, { dev: true })).toContain("'unsafe-eval'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("worker-src 'self' blob:");
    expect(policy).toContain("connect-src 'self'");
  });

  it("makes a new unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
