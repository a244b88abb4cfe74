import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { openApiDocument } from "@/http/openapi";

const API_DIR = path.resolve(__dirname, "../../../app/api");

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return entry === "route.ts" ? [full] : [];
  });
}

/** app/api/places/[code]/route.ts → /api/places/{code} */
function apiPathOf(file: string): string {
  const relative = path.relative(API_DIR, path.dirname(file)).split(path.sep).join("/");
  return `/api/${relative}`.replace(/\[([^\]]+)\]/g, "{$1}");
}

describe("the OpenAPI document", () => {
  const document = openApiDocument();

  it("is OpenAPI 3.1", () => {
    expect(document.openapi).toBe("3.1.0");
  });

  it("has a path for every route file under app/api", () => {
    const files = routeFiles(API_DIR);
    expect(files.length).toBeGreaterThan(5);
    const missing = files.map(apiPathOf).filter((apiPath) => !(apiPath in document.paths));
    expect(missing).toEqual([]);
  });

  it("documents only paths that have a route file", () => {
    const existing = new Set(routeFiles(API_DIR).map(apiPathOf));
    expect(Object.keys(document.paths).filter((p) => !existing.has(p))).toEqual([]);
  });

  it("names every path parameter in its path", () => {
    for (const [apiPath, item] of Object.entries(document.paths) as [string, Record<string, { parameters?: { name: string; in: string }[] }>][]) {
      const inPath = [...apiPath.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const operation of Object.values(item)) {
        expect((operation.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name)).toEqual(inPath);
      }
    }
  });

  it("documents the facts parameters with their limits", () => {
    const facts = (document.paths["/api/facts"] as { get: { parameters: { name: string; schema: Record<string, unknown>; required: boolean }[] } }).get;
    const byName = Object.fromEntries(facts.parameters.map((p) => [p.name, p]));
    expect(Object.keys(byName)).toEqual(expect.arrayContaining(["place", "group", "year", "from", "to", "category", "document", "q", "cursor", "limit", "format"]));
    expect(byName.year?.schema).toMatchObject({ type: "integer", minimum: 1900, maximum: 2100 });
    expect(byName.q?.schema).toMatchObject({ type: "string", maxLength: 200 });
    expect(byName.category?.schema).toMatchObject({ type: "array", items: { enum: expect.arrayContaining(["diplomacy"]) } });
    expect(byName.year?.required).toBe(false);
  });

  it("marks required query parameters as required", () => {
    const compare = (document.paths["/api/deployments/compare"] as { get: { parameters: { name: string; required: boolean }[] } }).get;
    expect(compare.parameters.map((p) => [p.name, p.required])).toEqual([["from", true], ["to", true]]);
  });
});

describe("the OpenAPI document's write route", () => {
  it("documents the admin ingestion as the only operation that is not a GET, behind the bearer token", () => {
    const document = openApiDocument();
    const writes = Object.entries(document.paths).flatMap(([apiPath, item]) =>
      Object.keys(item as object).filter((method) => method !== "get").map((method) => `${method} ${apiPath}`),
    );
    expect(writes).toEqual(["post /api/admin/documents"]);
    const post = (document.paths["/api/admin/documents"] as { post: Record<string, any> }).post;
    expect(post.security).toEqual([{ adminToken: [] }]);
    expect(document.components.securitySchemes.adminToken).toMatchObject({ type: "http", scheme: "bearer" });
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(["201", "400", "401", "404", "413"]));
    const metadata = post.requestBody.content["multipart/form-data"].schema.properties.metadata;
    expect(metadata.required).toEqual(expect.arrayContaining(["title", "publisher", "published", "covers"]));
    expect(metadata.additionalProperties).toBe(false);
  });
});

describe("the OpenAPI document's references", () => {
  it("points only at schemas it defines", () => {
    const document = openApiDocument();
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1] ?? "");
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((name) => !(name in document.components.schemas))).toEqual([]);
  });
});
