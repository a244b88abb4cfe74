import { prisma } from "@/db/client";
import { databaseHealth } from "@/db/health";
import { errorResponse, isDatabaseUnavailable } from "@/http/jsonError";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const kind = process.env.DATABASE_KIND === "embedded" ? "embedded" : "server";
  const headers = { "Cache-Control": "no-store" };
  try {
    const health = await databaseHealth(prisma());
    return Response.json({ status: "ok", database: { kind, reachable: true }, ...health }, { headers });
  } catch (error) {
    if (!isDatabaseUnavailable(error)) return errorResponse(error);
    return Response.json(
      { status: "unavailable", database: { kind, reachable: false }, error: "The database is not reachable right now." },
      { status: 503, headers: { ...headers, "Retry-After": "5" } },
    );
  }
}
