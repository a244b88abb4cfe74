// Which deployments were added, ended or changed between two years. Rows are matched by slug,
// then by series (host + special region + map point; see deploymentSeriesKey), so the reference
// table's per-period rows (Crimea 2014–2015 → 2016–2018) show as one changed deployment.
import { prisma } from "@/db/client";
import { compareDeployments, queryDeployments } from "@/db/deployments";
import { deploymentCompareQuery } from "@/http/apiSchemas";
import { cachedJson } from "@/http/cache";
import { deploymentJson } from "@/http/deploymentOutput";
import { jsonRoute } from "@/http/jsonError";
import { parseQuery } from "@/http/query";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(async (request: Request) => {
  const query = parseQuery(request, deploymentCompareQuery);
  const db = prisma();
  const [before, after] = await Promise.all([queryDeployments(db, { year: query.from }), queryDeployments(db, { year: query.to })]);
  const result = compareDeployments(before, after);
  return cachedJson(request, {
    from: query.from,
    to: query.to,
    added: result.added.map(deploymentJson),
    ended: result.ended.map(deploymentJson),
    changed: result.changed.map((change) => ({
      series: change.series,
      changes: change.changes,
      from: deploymentJson(change.from),
      to: deploymentJson(change.to),
    })),
    unchanged: result.unchanged.map((row) => row.slug),
  });
});
