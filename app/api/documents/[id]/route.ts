import { prisma } from "@/db/client";
import { findDocumentWithText } from "@/db/documents";
import { documentPath, emptyQuery } from "@/http/apiSchemas";
import { cachedJson } from "@/http/cache";
import { JsonError, jsonRoute } from "@/http/jsonError";
import { parsePathParam } from "@/http/params";
import { parseQuery } from "@/http/query";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const id = parsePathParam("id", (await context.params).id, documentPath.shape.id);
  parseQuery(request, emptyQuery);
  const document = await findDocumentWithText(prisma(), id);
  if (!document) throw new JsonError(404, `No document with id ${id}.`, { parameter: "id", value: id });
  const { _count, publishedOn, ...fields } = document;
  return cachedJson(request, { ...fields, publishedOn: publishedOn.toISOString().slice(0, 10), facts: _count.facts });
});
