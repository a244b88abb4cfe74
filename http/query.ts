// Query-string parsing for the API: the raw query is decoded strictly (bad percent-encoding or
// invalid UTF-8 is a 400, not a silent U+FFFD), unknown and repeated parameters are rejected, and
// each parameter is validated by its zod schema. Every problem becomes a JsonError 400 with
// { error, parameter, allowed }.
import { z } from "zod";
import { JsonError } from "./jsonError";

export type QueryValues = Map<string, string[]>;

const MAX_QUERY_LENGTH = 4_096;

/** Splits and decodes a raw query string ("a=1&b=2", with or without "?"). */
export function decodeQueryString(rawQuery: string): QueryValues {
  const query = rawQuery.startsWith("?") ? rawQuery.slice(1) : rawQuery;
  if (query.length > MAX_QUERY_LENGTH) {
    throw new JsonError(400, `The query string is longer than ${MAX_QUERY_LENGTH} characters.`, {
      parameter: null,
      allowed: `at most ${MAX_QUERY_LENGTH} characters`,
    });
  }
  const values: QueryValues = new Map();
  if (query === "") return values;
  for (const pair of query.split("&")) {
    if (pair === "") continue;
    const separator = pair.indexOf("=");
    const rawName = separator === -1 ? pair : pair.slice(0, separator);
    const rawValue = separator === -1 ? "" : pair.slice(separator + 1);
    const name = decodeComponent(rawName, null);
    const value = decodeComponent(rawValue, name);
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  return values;
}

function decodeComponent(raw: string, parameter: string | null): string {
  try {
    const decoded = decodeURIComponent(raw.replaceAll("+", " "));
    // Next.js re-serialises the request URL and turns invalid UTF-8 into U+FFFD before a handler
    // sees it, so the replacement character is how invalid input arrives in production.
    if (decoded.includes("\uFFFD")) throw new URIError("replacement character");
    return decoded;
  } catch {
    throw new JsonError(400, "The query string is not valid percent-encoded UTF-8.", {
      parameter,
      allowed: "percent-encoded UTF-8 (RFC 3986)",
    });
  }
}

type AnyObjectSchema = z.ZodObject<z.ZodRawShape>;

/** Parses the request's query with the schema: one value per parameter unless the field is an array. */
export function parseQuery<S extends AnyObjectSchema>(request: Request, schema: S): z.output<S> {
  return parseQueryValues(decodeQueryString(rawQueryOf(request.url)), schema);
}

export function rawQueryOf(url: string): string {
  const hash = url.indexOf("#");
  const withoutHash = hash === -1 ? url : url.slice(0, hash);
  const question = withoutHash.indexOf("?");
  return question === -1 ? "" : withoutHash.slice(question + 1);
}

export function parseQueryValues<S extends AnyObjectSchema>(values: QueryValues, schema: S): z.output<S> {
  const input: Record<string, unknown> = {};
  for (const [name, given] of values) {
    // Own keys only: "constructor" or "__proto__" must not reach Object.prototype.
    const field = Object.hasOwn(schema.shape, name) ? schema.shape[name] : undefined;
    if (!field) {
      throw new JsonError(400, `Unknown parameter "${name}".`, {
        parameter: name,
        allowed: Object.keys(schema.shape),
      });
    }
    if (isRepeatable(field)) {
      const items = given.flatMap((value) => value.split(",")).map((item) => item.trim()).filter((item) => item !== "");
      input[name] = items.length > 0 ? items : undefined;
    } else if (given.length > 1) {
      throw new JsonError(400, `Parameter "${name}" is given ${given.length} times; give it once.`, {
        parameter: name,
        allowed: allowedValues(field),
      });
    } else {
      input[name] = given[0];
    }
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw issueToError(parsed.error.issues[0], schema);
}

function issueToError(issue: z.core.$ZodIssue | undefined, schema: AnyObjectSchema): JsonError {
  const parameter = typeof issue?.path[0] === "string" ? issue.path[0] : null;
  const field = parameter && Object.hasOwn(schema.shape, parameter) ? schema.shape[parameter] : undefined;
  const custom = issue?.code === "custom" ? issue : undefined;
  const allowed = (custom?.params?.allowed as string | string[] | undefined) ?? (field ? allowedValues(field) : null);
  if (custom && parameter) return new JsonError(400, `Parameter "${parameter}" ${custom.message}`, { parameter, allowed });
  const what = typeof allowed === "string" ? allowed : Array.isArray(allowed) ? `one of ${allowed.join(", ")}` : "a valid value";
  const message = parameter
    ? `Parameter "${parameter}" must be ${what}.`
    : (issue?.message ?? "The query parameters are not valid.");
  return new JsonError(400, message, { parameter, allowed });
}

const repeatableCache = new WeakMap<z.core.$ZodType, boolean>();

/** An array-typed field may be repeated (?category=a&category=b) or given as a comma list. */
export function isRepeatable(field: z.core.$ZodType): boolean {
  let known = repeatableCache.get(field);
  if (known === undefined) {
    known = jsonSchemaOf(field).type === "array";
    repeatableCache.set(field, known);
  }
  return known;
}

type JsonSchemaNode = {
  type?: string | string[];
  enum?: unknown[];
  items?: JsonSchemaNode;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  minLength?: number;
  pattern?: string;
  description?: string;
  anyOf?: JsonSchemaNode[];
};

/** The field's JSON Schema as its validated value (what the OpenAPI document shows too). */
export function jsonSchemaOf(field: z.core.$ZodType): JsonSchemaNode & Record<string, unknown> {
  const { $schema: _drop, ...schema } = z.toJSONSchema(field, { io: "output", unrepresentable: "any" }) as Record<string, unknown>;
  return schema as JsonSchemaNode & Record<string, unknown>;
}

/** What a parameter accepts, for error responses: a list of values or a short phrase. */
export function allowedValues(field: z.core.$ZodType): string | string[] {
  return describeSchema(jsonSchemaOf(field));
}

function describeSchema(schema: JsonSchemaNode): string | string[] {
  if (schema.enum) return schema.enum.map(String);
  if (schema.type === "array" && schema.items) {
    const items = describeSchema(schema.items);
    return Array.isArray(items) ? items : `a comma-separated list of ${items}`;
  }
  if (schema.type === "integer" && schema.minimum !== undefined && schema.maximum !== undefined) {
    return `an integer from ${schema.minimum} to ${schema.maximum}`;
  }
  if (schema.type === "integer") return "an integer";
  if (schema.description) return schema.description;
  if (schema.type === "string" && schema.maxLength !== undefined) {
    return `text of ${schema.minLength ?? 0} to ${schema.maxLength} characters`;
  }
  return "a valid value";
}

/** True when the parameter may be left out. */
export function isOptionalParam(field: z.core.$ZodType): boolean {
  return field._zod.optin === "optional";
}
