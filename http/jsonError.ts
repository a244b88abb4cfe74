// Typed errors that carry their HTTP status, and the one place that turns any error into a JSON
// response. Nothing a client sends produces a 500, and no response carries a stack trace or SQL.
import { apiResponseCache } from "./responseCache";

export class JsonError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "JsonError";
  }
}

// 57P01 admin shutdown (a server stopping ends its sessions), 57P02 crash shutdown, 57P03 cannot
// connect now (starting or shutting down), 53300 too many connections.
const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "57P01", "57P02", "57P03", "53300", "P1001", "P1002", "P1017"]);
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

/** True when the error means the database cannot be reached right now (so: 503, try again). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const candidate = current as { code?: unknown; originalCode?: unknown; kind?: unknown; message?: unknown; cause?: unknown; errors?: unknown; meta?: { driverAdapterError?: unknown } };
    if (typeof candidate.code === "string" && UNREACHABLE_CODES.has(candidate.code)) return true;
    // Prisma's driver adapter keeps Postgres's own code as originalCode, under meta.driverAdapterError.cause.
    if (typeof candidate.originalCode === "string" && UNREACHABLE_CODES.has(candidate.originalCode)) return true;
    if (candidate.meta?.driverAdapterError && isDatabaseUnavailable(candidate.meta.driverAdapterError)) return true;
    if (typeof candidate.kind === "string" && UNREACHABLE_KINDS.has(candidate.kind)) return true;
    if (typeof candidate.message === "string" && /ECONNREFUSED|Connection terminated|connection timeout|Can't reach database|timeout exceeded when trying to connect|is not currently accepting connections/i.test(candidate.message)) {
      return true;
    }
    if (Array.isArray(candidate.errors) && candidate.errors.some(isDatabaseUnavailable)) return true;
    current = candidate.cause;
  }
  return false;
}

export function errorResponse(error: unknown): Response {
  if (error instanceof JsonError) {
    return Response.json({ error: error.message, ...error.details }, { status: error.status });
  }
  if (isDatabaseUnavailable(error)) {
    return Response.json(
      { error: "The database is not reachable right now. Try again in a moment." },
      { status: 503, headers: { "Retry-After": "5" } },
    );
  }
  console.error("[api] unexpected error:", error);
  return Response.json({ error: "Something went wrong on the server." }, { status: 500 });
}

/** Wraps a route handler so every failure becomes a JSON response, and GETs go through the response cache. */
export function jsonRoute<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      const [request, ...rest] = args;
      const cache = request instanceof Request ? apiResponseCache() : undefined;
      if (!cache || !(request instanceof Request)) return await handler(...args);
      return await cache.serve(request, (fresh) => handler(...([fresh, ...rest] as unknown as Args)));
    } catch (error) {
      return errorResponse(error);
    }
  };
}
