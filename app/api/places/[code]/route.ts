import { prisma } from "@/db/client";
import { findPlaceDetail } from "@/db/places";
import { placePath, placeQuery } from "@/http/apiSchemas";
import { cachedJson } from "@/http/cache";
import { JsonError, jsonRoute } from "@/http/jsonError";
import { parsePathParam } from "@/http/params";
import { placeGeometry } from "@/http/placeGeometry";
import { parseQuery } from "@/http/query";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(async (request: Request, context: { params: Promise<{ code: string }> }) => {
  const code = parsePathParam("code", (await context.params).code, placePath.shape.code);
  const query = parseQuery(request, placeQuery);
  const place = await findPlaceDetail(prisma(), code);
  if (!place) throw new JsonError(404, `No place with code "${code}".`, { parameter: "code", value: code });
  const { memberships, members, ...fields } = place;
  const body = {
    ...fields,
    memberships: memberships.map(({ group, ...m }) => ({ ...m, groupNameEn: group.nameEn, groupNameJa: group.nameJa })),
    members: members.map(({ member, ...m }) => ({ ...m, memberNameEn: member.nameEn, memberNameJa: member.nameJa })),
    ...(query.geometry ? { geometry: await placeGeometry(code) } : {}),
  };
  return cachedJson(request, body);
});
