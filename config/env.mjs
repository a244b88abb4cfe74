// The environment, read and validated once. next.config.js imports this module, so a bad value
// fails at start-up with one clear line instead of deep inside a request.
import { z } from "zod";

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgresql:" || url.protocol === "postgres:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "must look like postgresql://USER@HOST:PORT/DATABASE");

const schema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  EMBEDDED_DB_DIR: z.string().min(1).default(".data/pglite"),
  ADMIN_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  // The API's in-process response cache (http/responseCache.ts): "off" sends every request to the database.
  API_CACHE: z.enum(["on", "off"]).default("on"),
  API_CACHE_MAX_BYTES: z.coerce.number().int().min(0).default(64 * 1024 * 1024),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

/** @typedef {z.infer<typeof schema>} Env */

export class EnvError extends Error {}

/**
 * @param {Record<string, string | undefined>} source
 * @returns {Env}
 */
export function parseEnv(source) {
  const cleaned = Object.fromEntries(
    Object.keys(schema.shape).map((key) => [key, source[key] === "" ? undefined : source[key]]),
  );
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = issue?.path.join(".") ?? "environment";
    throw new EnvError(`${name} ${issue?.message ?? "is invalid"}.`);
  }
  return result.data;
}

/** @type {Env | undefined} */
let cached;

/** @returns {Env} */
export function env() {
  cached ??= parseEnv(process.env);
  return cached;
}
