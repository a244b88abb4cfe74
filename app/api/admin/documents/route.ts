// POST /api/admin/documents: ingest one document over HTTP, through the same pipeline as
// `npm run ingest` (decode, normalise, derive facts, then one transaction). Off unless ADMIN_TOKEN
// is set: without it every method answers 404, as if the route did not exist.
import { prisma } from "@/db/client";
import { QuoteMismatchError, saveDocumentWithFacts } from "@/db/documents";
import { ingestDocumentBytes } from "@/ingest/pipeline";
import { adminRouteAbsent, requireAdmin } from "@/http/adminAuth";
import { MAX_UPLOAD_BYTES, parseDocumentUpload } from "@/http/documentUpload";
import { JsonError, jsonRoute } from "@/http/jsonError";
import { readBodyWithLimit } from "@/http/requestBody";
import { ensurePlaceCatalogue } from "@/server/ensureCatalogue";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

export const POST = jsonRoute(async (request: Request) => {
  requireAdmin(request);
  const body = await readBodyWithLimit(request, MAX_UPLOAD_BYTES);
  const { bytes, metadata } = await parseDocumentUpload(body, request.headers.get("content-type"));
  const derived = ingestDocumentBytes(bytes, metadata);
  if (!derived.ok) {
    throw new JsonError(400, `The document cannot be ingested: ${derived.problems.join("; ")}.`, { parameter: "file", allowed: "a text document `npm run ingest` accepts" });
  }
  const db = prisma();
  await ensurePlaceCatalogue(db);
  let outcome;
  try {
    outcome = await saveDocumentWithFacts(db, derived.document, derived.facts);
  } catch (error) {
    if (error instanceof QuoteMismatchError) throw new JsonError(400, "The document's facts do not match its text; nothing was written.", { parameter: "file", allowed: null });
    throw error;
  }
  return Response.json(
    { ...outcome, slug: derived.document.slug, sentences: derived.sentences, factProblems: derived.problems.length },
    { status: outcome.status === "created" ? 201 : 200, headers: NO_STORE },
  );
});

/** Any other method: 404 while the route is off, else 405 naming POST. */
const otherMethod = jsonRoute(async () => {
  if (adminRouteAbsent()) throw new JsonError(404, "Not found.");
  return Response.json({ error: "Only POST is allowed here.", allowed: ["POST"] }, { status: 405, headers: { Allow: "POST", ...NO_STORE } });
});

export { otherMethod as GET, otherMethod as PUT, otherMethod as PATCH, otherMethod as DELETE };
