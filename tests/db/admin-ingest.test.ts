// POST /api/admin/documents: off without ADMIN_TOKEN, the bearer token required, a size limit, a
// clear 400 for bad input with nothing written, and the same result as the ingest pipeline.
import { readFile } from "node:fs/promises";
import { GET as getDocument } from "../../app/api/documents/[id]/route";
import { DELETE as deleteAdmin, GET as getAdmin, POST as postAdmin } from "../../app/api/admin/documents/route";
import { applyPendingMigrations } from "../../db/migrations";
import { MAX_UPLOAD_BYTES } from "../../http/documentUpload";
import { validateDocumentMetadata } from "../../ingest/metadata";
import { ingestDocumentBytes } from "../../ingest/pipeline";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases";

const TOKEN = "admin-token-for-tests-0123456789";
const URL = "http://localhost/api/admin/documents";
const DOCUMENT_FILE = "data/documents/004_c79ae0ac60eeb63a.txt";
const METADATA = {
  slug: "upload-test",
  title: "コラム（アップロード試験）",
  publisher: "ニューズウィーク日本版",
  kind: "press_column",
  published: "2017-03-24",
  covers: "2013-2017",
  sourceUrl: "https://www.newsweekjapan.jp/",
};

type Prisma = { $disconnect(): Promise<void>; document: { count(): Promise<number> } };
const globalClient = globalThis as { explorerPrisma?: Prisma };

function upload(parts: { file?: Uint8Array | string; metadata?: unknown; extra?: [string, string] }, headers: Record<string, string> = { Authorization: `Bearer ${TOKEN}` }) {
  const form = new FormData();
  if (parts.file !== undefined) form.append("file", new Blob([parts.file as BlobPart]), "column.txt");
  if (parts.metadata !== undefined) form.append("metadata", typeof parts.metadata === "string" ? parts.metadata : JSON.stringify(parts.metadata));
  if (parts.extra) form.append(...parts.extra);
  return new Request(URL, { method: "POST", body: form, headers });
}

async function documentCount(): Promise<number> {
  const { prisma } = await import("../../db/client");
  return (prisma() as unknown as Prisma).document.count();
}

describe.each(databaseKinds())("POST /api/admin/documents on the %s database", (kind) => {
  let database: TestDatabase;
  let bytes: Uint8Array;
  const saved = { url: process.env.DATABASE_URL, token: process.env.ADMIN_TOKEN };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await applyPendingMigrations(database.url);
    process.env.DATABASE_URL = database.url;
    delete globalClient.explorerPrisma;
    bytes = await readFile(DOCUMENT_FILE);
  }, 60_000);
  beforeEach(() => {
    process.env.ADMIN_TOKEN = TOKEN;
  });
  afterAll(async () => {
    await globalClient.explorerPrisma?.$disconnect();
    delete globalClient.explorerPrisma;
    await database.destroy();
    process.env.DATABASE_URL = saved.url;
    process.env.ADMIN_TOKEN = saved.token;
  });

  it("does not exist without ADMIN_TOKEN: 404 JSON to every method, even with a token", async () => {
    delete process.env.ADMIN_TOKEN;
    for (const response of [await postAdmin(upload({ file: bytes, metadata: METADATA })), await getAdmin(), await deleteAdmin()]) {
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: "Not found." });
    }
  });

  it("answers 401 without the bearer token or with a wrong one", async () => {
    const attempts: Record<string, string>[] = [
      {},
      { Authorization: TOKEN },
      { Authorization: `Basic ${Buffer.from(`admin:${TOKEN}`).toString("base64")}` },
      { Authorization: `Bearer ${TOKEN.slice(0, -1)}` },
      { Authorization: `Bearer ${TOKEN}x` },
      { Authorization: "Bearer " },
    ];
    for (const headers of attempts) {
      const response = await postAdmin(upload({ file: bytes, metadata: METADATA }, headers));
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: expect.stringContaining("admin token"), parameter: "Authorization" });
    }
    expect(await documentCount()).toBe(0);
  });

  it("answers 413 to a body over the limit, declared or streamed", async () => {
    const declared = new Request(URL, {
      method: "POST",
      body: "x",
      headers: { Authorization: `Bearer ${TOKEN}`, "Content-Length": String(MAX_UPLOAD_BYTES + 1), "Content-Type": "multipart/form-data; boundary=x" },
    });
    expect((await postAdmin(declared)).status).toBe(413);
    const chunk = new Uint8Array(1024 * 1024);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_UPLOAD_BYTES + chunk.length) controller.close();
        else {
          sent += chunk.length;
          controller.enqueue(chunk);
        }
      },
    });
    const streamed = new Request(URL, {
      method: "POST",
      body: stream,
      duplex: "half",
      headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "multipart/form-data; boundary=x" },
    } as RequestInit);
    const response = await postAdmin(streamed);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ parameter: "body", allowed: `at most ${MAX_UPLOAD_BYTES} bytes` });
  });

  it.each([
    ["a body that is not multipart", () => new Request(URL, { method: "POST", body: "{}", headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" } }), "Content-Type"],
    ["no metadata part", () => upload({ file: bytes }), "metadata"],
    ["no file part", () => upload({ metadata: METADATA }), "file"],
    ["metadata that is not JSON", () => upload({ file: bytes, metadata: "{title:" }), "metadata"],
    ["an unknown metadata field", () => upload({ file: bytes, metadata: { ...METADATA, colour: "red" } }), "metadata.colour"],
    ["a missing title", () => upload({ file: bytes, metadata: { ...METADATA, title: undefined } }), "metadata.title"],
    ["a date that does not exist", () => upload({ file: bytes, metadata: { ...METADATA, published: "2017-02-30" } }), "metadata.published"],
    ["a javascript: source URL", () => upload({ file: bytes, metadata: { ...METADATA, sourceUrl: "javascript:alert(1)" } }), "metadata.sourceUrl"],
    ["covered years after publication", () => upload({ file: bytes, metadata: { ...METADATA, covers: "2013-2019" } }), "metadata"],
    ["an unknown part", () => upload({ file: bytes, metadata: METADATA, extra: ["facts", "[]"] }), "facts"],
    ["an empty file", () => upload({ file: new Uint8Array(0), metadata: METADATA }), "file"],
    ["a binary file", () => upload({ file: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0]), metadata: METADATA }), "file"],
  ])("answers 400 naming the culprit for %s, and writes nothing", async (_name, request, parameter) => {
    const response = await postAdmin(request());
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({ error: expect.any(String), parameter });
    expect(JSON.stringify(body)).not.toMatch(/\n\s+at |prisma|SELECT/i);
    expect(await documentCount()).toBe(0);
  });

  it("ingests a document in one go as the pipeline derives it, then reports the same text unchanged", async () => {
    const response = await postAdmin(upload({ file: bytes, metadata: METADATA }));
    const body = await response.json();
    expect(response.status).toBe(201);
    const metadata = validateDocumentMetadata({ file: "column.txt", licenceNote: "x", ...METADATA });
    if (!metadata.ok) throw new Error(metadata.problems.join("; "));
    const derived = ingestDocumentBytes(bytes, metadata.metadata);
    if (!derived.ok) throw new Error(derived.problems.join("; "));
    expect(body).toMatchObject({ status: "created", slug: "upload-test", facts: derived.facts.length });
    expect(derived.facts.length).toBeGreaterThan(0);

    const stored = await (await getDocument(new Request(`http://localhost/api/documents/${body.documentId}`), { params: Promise.resolve({ id: String(body.documentId) }) })).json();
    expect(stored).toMatchObject({ slug: "upload-test", title: METADATA.title, text: derived.document.text, facts: derived.facts.length });

    const again = await postAdmin(upload({ file: bytes, metadata: METADATA }));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ status: "unchanged", documentId: body.documentId });
  });

  it("answers 405 naming POST to other methods once the token is set", async () => {
    const response = await getAdmin();
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect(await response.json()).toMatchObject({ allowed: ["POST"] });
  });

  it("answers 503 while the database is down and writes nothing", async () => {
    const before = await documentCount();
    await database.stop();
    try {
      const response = await postAdmin(upload({ file: bytes, metadata: { ...METADATA, slug: "upload-while-down", title: "別の題" } }));
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ error: expect.stringContaining("not reachable") });
    } finally {
      await database.restart();
    }
    let count: number | null = null;
    for (let attempt = 0; attempt < 20 && count === null; attempt++) {
      count = await documentCount().catch(() => null);
      if (count === null) await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(count).toBe(before);
  });
});
