// The admin token that guards the one write route. Without ADMIN_TOKEN the route does not exist
// (404); with it, a request needs `Authorization: Bearer <token>`, compared in constant time.
import { createHash, timingSafeEqual } from "node:crypto";
import { parseEnv } from "../config/env.mjs";
import { JsonError } from "./jsonError";

/** Read per request rather than from env()'s cache, so a test can switch the token on and off. */
function configuredToken(): string | undefined {
  return parseEnv(process.env).ADMIN_TOKEN;
}

export function requireAdmin(request: Request): void {
  const token = configuredToken();
  if (!token) throw new JsonError(404, "Not found.");
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer ([^\s]+)$/i.exec(header.trim());
  if (!match?.[1] || !sameSecret(match[1], token)) {
    throw new JsonError(401, "This route needs the admin token: send Authorization: Bearer <ADMIN_TOKEN>.", {
      parameter: "Authorization",
      allowed: "Bearer <ADMIN_TOKEN>",
    });
  }
}

/** Hashing first gives equal lengths, so timingSafeEqual neither throws nor leaks the token's length. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** The answer of the admin route when the token is not configured, for every method. */
export function adminRouteAbsent(): boolean {
  return !configuredToken();
}
