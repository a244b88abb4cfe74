import { prisma } from "@/db/client";
import { queryDeployments } from "@/db/deployments";
import { placeExists } from "@/db/places";
import { deploymentsQuery } from "@/http/apiSchemas";
import { cachedCsv, cachedGeoJson, cachedJson } from "@/http/cache";
import { toCsv } from "@/http/csv";
import { deploymentCsvColumns, deploymentJson, deploymentsGeoJson } from "@/http/deploymentOutput";
import { JsonError, jsonRoute } from "@/http/jsonError";
import { parseQuery } from "@/http/query";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(async (request: Request) => {
  const query = parseQuery(request, deploymentsQuery);
  const db = prisma();
  if (query.host !== undefined && !(await placeExists(db, query.host))) {
    throw new JsonError(404, `No place with code "${query.host}".`, { parameter: "host", value: query.host });
  }
  const items = await queryDeployments(db, { year: query.year, hostCode: query.host, frameworks: query.framework, origin: query.origin });
  const format = query.format ?? "json";
  if (format === "csv") return cachedCsv(request, toCsv(deploymentCsvColumns, items), "deployments.csv");
  if (format === "geojson") return cachedGeoJson(request, deploymentsGeoJson(items), "deployments.geojson");
  return cachedJson(request, { items: items.map(deploymentJson) });
});
