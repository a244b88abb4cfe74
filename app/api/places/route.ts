import { prisma } from "@/db/client";
import { listPlacesOfKind } from "@/db/places";
import { placesQuery } from "@/http/apiSchemas";
import { cachedJson } from "@/http/cache";
import { jsonRoute } from "@/http/jsonError";
import { parseQuery } from "@/http/query";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(async (request: Request) => {
  const query = parseQuery(request, placesQuery);
  const items = await listPlacesOfKind(prisma(), query.kind);
  return cachedJson(request, { items });
});
