import { prisma, type Db } from "@/db/client";
import { documentExists } from "@/db/documents";
import { queryFacts, type FactFilter } from "@/db/facts";
import { placeExists, regionSpans } from "@/db/places";
import { EXPORT_LIMIT, factsQuery, PAGE_LIMIT } from "@/http/apiSchemas";
import { cachedCsv, cachedGeoJson, cachedJson } from "@/http/cache";
import { toCsv } from "@/http/csv";
import { decodeCursor, encodeCursor } from "@/http/cursor";
import { factCsvColumns, factJson, factsGeoJson } from "@/http/factOutput";
import { JsonError, jsonRoute } from "@/http/jsonError";
import { yearRangeOf } from "@/http/params";
import { parseQuery } from "@/http/query";
import type { z } from "zod";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(async (request: Request) => {
  const query = parseQuery(request, factsQuery);
  const db = prisma();
  const filter = await factFilter(db, query);
  const format = query.format ?? "json";
  const limit = query.limit ?? (format === "json" ? PAGE_LIMIT.default : EXPORT_LIMIT.default);
  const afterId = query.cursor === undefined ? undefined : (decodeCursor(query.cursor) ?? undefined);
  const page = await queryFacts(db, filter, { afterId, limit });
  const last = page.items.at(-1);
  const nextCursor = page.hasMore && last ? encodeCursor(last.id) : null;
  // Exports carry the next page's cursor in a header, so the file itself stays plain CSV/GeoJSON.
  const next: Record<string, string> = nextCursor ? { "X-Next-Cursor": nextCursor } : {};
  if (format === "csv") return cachedCsv(request, toCsv(factCsvColumns, page.items), "facts.csv", next);
  if (format === "geojson") return cachedGeoJson(request, factsGeoJson(page.items), "facts.geojson", next);
  return cachedJson(request, { items: page.items.map(factJson), nextCursor });
});

async function factFilter(db: Db, query: z.output<typeof factsQuery>): Promise<FactFilter> {
  if (query.place !== undefined && !(await placeExists(db, query.place))) {
    throw new JsonError(404, `No place with code "${query.place}".`, { parameter: "place", value: query.place });
  }
  const spans = query.group === undefined ? undefined : await regionSpans(db, query.group);
  if (spans === null) {
    throw new JsonError(404, `No region group "${query.group}".`, { parameter: "group", value: query.group });
  }
  if (query.document !== undefined && !(await documentExists(db, query.document))) {
    throw new JsonError(404, `No document with id ${query.document}.`, { parameter: "document", value: query.document });
  }
  return {
    placeCode: query.place,
    spans,
    years: yearRangeOf(query),
    categories: query.category,
    documentId: query.document,
    text: query.q,
  };
}
