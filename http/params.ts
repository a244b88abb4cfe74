// Building blocks for query and path parameters. Each takes the raw string a client sent and
// yields a typed value; the JSON Schema of the validated value documents it in /api/openapi.json.
import { z } from "zod";
import { decodeCursor } from "./cursor";
import { JsonError } from "./jsonError";
import { allowedValues } from "./query";

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** A decimal integer within [min, max]; "abc", "1e3", " 12" and "" are refused. */
export function integerParam(min: number, max: number) {
  return z
    .string()
    .regex(/^-?\d{1,12}$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
}

export const yearParam = () => integerParam(MIN_YEAR, MAX_YEAR);

/** ?geometry=1 style switches: 1/true/yes turn on, 0/false/no off. */
export const flagParam = () =>
  z
    .enum(["1", "0", "true", "false", "yes", "no"])
    .transform((value) => value === "1" || value === "true" || value === "yes")
    .pipe(z.boolean());

/** Place codes: ISO alpha-3 (RUS) or a lower-case slug (northern-territories). */
export const placeCodeParam = () =>
  z
    .string()
    .regex(/^(?:[A-Z]{3}|[a-z0-9]+(?:-[a-z0-9]+)*)$/)
    .max(64)
    .describe("a place code: ISO 3166-1 alpha-3 in capitals (RUS) or a lower-case slug (northern-territories, csto)");

export const cursorParam = () =>
  z
    .string()
    .max(64)
    .refine((cursor) => decodeCursor(cursor) !== null)
    .describe("the nextCursor of the previous page (opaque)");

/** A repeatable enum: ?category=a&category=b or ?category=a,b. */
export function enumListParam<const T extends readonly [string, ...string[]]>(values: T) {
  return z.array(z.enum(values)).min(1).max(values.length * 4);
}

/** Parses one path segment the way query parameters are parsed (Next hands it over decoded). */
export function parsePathParam<T extends z.core.$ZodType>(name: string, value: string | undefined, schema: T): z.output<T> {
  const parsed = z.safeParse(schema, value ?? "");
  if (parsed.success) return parsed.data;
  const allowed = allowedValues(schema);
  const what = Array.isArray(allowed) ? `one of ${allowed.join(", ")}` : allowed;
  throw new JsonError(400, `Path parameter "${name}" must be ${what}.`, { parameter: name, allowed });
}

/** The years a query asks for: one year, a range (open ends filled with the limits), or all. */
export function yearRangeOf(query: { year?: number; from?: number; to?: number }): { from: number; to: number } | undefined {
  if (query.year !== undefined) return { from: query.year, to: query.year };
  if (query.from === undefined && query.to === undefined) return undefined;
  return { from: query.from ?? MIN_YEAR, to: query.to ?? MAX_YEAR };
}
