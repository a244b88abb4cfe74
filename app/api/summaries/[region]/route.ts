// A region in one year: its places (membership by year), fact counts per place and category,
// and the key events (that year's facts in date order, with quote and source).
import { prisma } from "@/db/client";
import { factCounts, factsInDateOrder } from "@/db/facts";
import { regionSpans, spanCoversYear } from "@/db/places";
import { PAGE_LIMIT, summaryPath, summaryQuery } from "@/http/apiSchemas";
import { cachedJson } from "@/http/cache";
import { factJson } from "@/http/factOutput";
import { JsonError, jsonRoute } from "@/http/jsonError";
import { parsePathParam } from "@/http/params";
import { parseQuery } from "@/http/query";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(async (request: Request, context: { params: Promise<{ region: string }> }) => {
  const region = parsePathParam("region", (await context.params).region, summaryPath.shape.region);
  const query = parseQuery(request, summaryQuery);
  const db = prisma();
  const spans = await regionSpans(db, region);
  if (spans === null) throw new JsonError(404, `No region "${region}" in the database.`, { parameter: "region", value: region });
  const inYear = spans.filter((span) => spanCoversYear(span, query.year));
  const filter = { spans: inYear, years: { from: query.year, to: query.year } };
  const [places, counts, events] = await Promise.all([
    db.place.findMany({
      where: { code: { in: inYear.map((s) => s.placeCode) } },
      select: { code: true, kind: true, nameEn: true, nameJa: true, parentCode: true },
      orderBy: { code: "asc" },
    }),
    inYear.length > 0 ? factCounts(db, filter) : Promise.resolve([]),
    inYear.length > 0 ? factsInDateOrder(db, filter, query.events ?? PAGE_LIMIT.default) : Promise.resolve([]),
  ]);
  const summaryPlaces = places.map((place) => {
    const own = counts.filter((row) => row.placeCode === place.code);
    return {
      ...place,
      via: inYear.find((span) => span.placeCode === place.code)?.via ?? null,
      facts: own.reduce((sum, row) => sum + row.count, 0),
      byCategory: Object.fromEntries(own.map((row) => [row.category, row.count])),
    };
  });
  return cachedJson(request, {
    region,
    year: query.year,
    places: summaryPlaces,
    totalFacts: summaryPlaces.reduce((sum, place) => sum + place.facts, 0),
    keyEvents: events.map(factJson),
  });
});
