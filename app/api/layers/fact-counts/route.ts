// Fact counts per place, year and category, as rows the map joins to its polygons by place code
// (feature-state), so the polygons are fetched once and only these rows change with the year.
import { prisma } from "@/db/client";
import { factCounts } from "@/db/facts";
import { factCountsQuery } from "@/http/apiSchemas";
import { cachedJson } from "@/http/cache";
import { jsonRoute } from "@/http/jsonError";
import { yearRangeOf } from "@/http/params";
import { parseQuery } from "@/http/query";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(async (request: Request) => {
  const query = parseQuery(request, factCountsQuery);
  const rows = await factCounts(prisma(), { years: yearRangeOf(query), categories: query.category });
  return cachedJson(request, { rows });
});
