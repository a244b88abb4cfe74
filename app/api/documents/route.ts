import { prisma } from "@/db/client";
import { listDocuments } from "@/db/documents";
import { documentsQuery } from "@/http/apiSchemas";
import { cachedJson } from "@/http/cache";
import { jsonRoute } from "@/http/jsonError";
import { parseQuery } from "@/http/query";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(async (request: Request) => {
  parseQuery(request, documentsQuery);
  const documents = await listDocuments(prisma());
  const items = documents.map(({ _count, publishedOn, ...fields }) => ({
    ...fields,
    publishedOn: publishedOn.toISOString().slice(0, 10),
    facts: _count.facts,
  }));
  return cachedJson(request, { items });
});
