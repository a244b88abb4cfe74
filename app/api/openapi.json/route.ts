import { emptyQuery } from "@/http/apiSchemas";
import { cachedJson } from "@/http/cache";
import { jsonRoute } from "@/http/jsonError";
import { openApiDocument } from "@/http/openapi";
import { parseQuery } from "@/http/query";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(async (request: Request) => {
  parseQuery(request, emptyQuery);
  return cachedJson(request, openApiDocument());
});
