// The ingest command's arguments: tokenised by node:util parseArgs, checked by zod, returned as
// data. A problem is one line that names the flag or file; the caller prints it and exits 2.
import { parseArgs } from "node:util";
import { z } from "zod";
import { DOCUMENT_KINDS } from "../metadata";

export const USAGE =
  "npm run ingest -- FILE… [--title T] [--slug S] [--publisher P] [--published YYYY|YYYY-MM-DD] [--covers YYYY[-YYYY]] [--kind K] [--dry-run] [--json]";

const STRING_FLAGS = ["title", "slug", "publisher", "published", "covers", "kind"] as const;
const BOOLEAN_FLAGS = ["dry-run", "json", "help"] as const;
/** Flags that describe one document, so they cannot be shared by several files. */
const ONE_DOCUMENT_FLAGS = ["title", "slug"] as const;

const optionsSchema = z
  .object({
    files: z.array(z.string().min(1, "a FILE argument is empty")),
    title: z.string().trim().min(1, "--title is empty").max(500, "--title is longer than 500 characters").optional(),
    slug: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "--slug must be lowercase letters and digits joined by hyphens")
      .max(120, "--slug is longer than 120 characters")
      .optional(),
    publisher: z.string().trim().min(1, "--publisher is empty").max(200, "--publisher is longer than 200 characters").optional(),
    published: z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/, "--published must be YYYY or YYYY-MM-DD").optional(),
    covers: z.string().regex(/^\d{4}(-\d{4})?$/, "--covers must be YYYY or YYYY-YYYY").optional(),
    kind: z.enum(DOCUMENT_KINDS, { error: `--kind must be one of ${DOCUMENT_KINDS.join(", ")}` }).optional(),
    dryRun: z.boolean(),
    json: z.boolean(),
    help: z.boolean(),
  })
  .superRefine((options, ctx) => {
    if (options.help) return;
    if (options.files.length === 0) ctx.addIssue({ code: "custom", message: "no FILE given" });
    const seen = new Set<string>();
    for (const file of options.files) {
      if (seen.has(file)) ctx.addIssue({ code: "custom", message: `${file} is listed twice` });
      seen.add(file);
    }
    if (options.files.length > 1) {
      for (const flag of ONE_DOCUMENT_FLAGS) {
        if (options[flag] !== undefined) {
          ctx.addIssue({ code: "custom", message: `--${flag} describes one document but ${options.files.length} files are listed` });
        }
      }
    }
  });

export type IngestOptions = z.infer<typeof optionsSchema>;
/** The metadata a person may give on the command line; each overrides the manifest. */
export type MetadataFlags = Pick<IngestOptions, (typeof STRING_FLAGS)[number]>;

export type ParsedArgs = { ok: true; options: IngestOptions } | { ok: false; problem: string };

export function parseIngestArgs(argv: readonly string[]): ParsedArgs {
  let parsed: ReturnType<typeof tokenise>;
  try {
    parsed = tokenise(argv);
  } catch (error) {
    return { ok: false, problem: parseArgsProblem(error) };
  }
  const repeated = repeatedFlag(parsed.tokens);
  if (repeated) return { ok: false, problem: `--${repeated} is given more than once` };

  const { values, positionals } = parsed;
  const result = optionsSchema.safeParse({
    files: positionals,
    ...Object.fromEntries(STRING_FLAGS.map((flag) => [flag, values[flag]])),
    dryRun: values["dry-run"] ?? false,
    json: values.json ?? false,
    help: values.help ?? false,
  });
  if (!result.success) return { ok: false, problem: result.error.issues[0]?.message ?? "invalid arguments" };
  return { ok: true, options: result.data };
}

export function metadataFlags(options: IngestOptions): MetadataFlags {
  return Object.fromEntries(STRING_FLAGS.map((flag) => [flag, options[flag]]).filter(([, value]) => value !== undefined));
}

function tokenise(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    tokens: true,
    options: {
      ...Object.fromEntries(STRING_FLAGS.map((flag) => [flag, { type: "string" as const }])),
      ...Object.fromEntries(BOOLEAN_FLAGS.map((flag) => [flag, { type: "boolean" as const }])),
      help: { type: "boolean", short: "h" },
    } as Record<(typeof STRING_FLAGS)[number], { type: "string" }> & Record<(typeof BOOLEAN_FLAGS)[number], { type: "boolean"; short?: string }>,
  });
}

function repeatedFlag(tokens: ReturnType<typeof tokenise>["tokens"]): string | undefined {
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    if (seen.has(token.name)) return token.name;
    seen.add(token.name);
  }
  return undefined;
}

/** parseArgs' errors, reworded: they quote the option but mention internals like `<value>`. */
function parseArgsProblem(error: unknown): string {
  const err = error as { code?: string; message?: string };
  const option = /'(-[^' ]+)/.exec(err.message ?? "")?.[1];
  switch (err.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${option ?? ""}`.trim();
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      if (/argument missing|ambiguous/.test(err.message ?? "")) return `${option ?? "an option"} needs a value`;
      return `${option ?? "an option"} takes no value`;
    default:
      return err.message ?? String(error);
  }
}
