// The deployments map layer: one point per deployment active in the year.
import { prisma } from "@/db/client";
import { queryDeployments } from "@/db/deployments";
import { deploymentLayerQuery } from "@/http/apiSchemas";
import { cachedGeoJson } from "@/http/cache";
import { deploymentLayerProperties, deploymentsGeoJson } from "@/http/deploymentOutput";
import { jsonRoute } from "@/http/jsonError";
import { parseQuery } from "@/http/query";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(async (request: Request) => {
  const query = parseQuery(request, deploymentLayerQuery);
  const items = await queryDeployments(prisma(), { year: query.year });
  return cachedGeoJson(request, deploymentsGeoJson(items, deploymentLayerProperties));
});
