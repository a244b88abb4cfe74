// The curated timeline events in data/timelines (Northern Territories, Nagorno-Karabakh), read and
// checked; problems come back as data so one bad event does not hide the others.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parsePartialDate, type MatchRule, type PartialDate } from "./matchRules";

export const TIMELINES_DIR = "data/timelines";
export const TIMELINE_FILES = ["northern-territories.json", "nagorno-karabakh.json"] as const;

const FACT_CATEGORIES = [
  "diplomacy", "conflict", "territory", "military_deployment", "military_activity", "security_cooperation",
  "domestic_politics", "elections", "economy_trade", "energy", "sanctions", "humanitarian", "culture_exchange", "other",
] as const;

export const EVENT_KINDS = [
  "agreement", "negotiation", "summit", "visit", "military_activity", "exchange",
  "stalemate", "war", "ceasefire", "deployment", "offensive", "dissolution", "withdrawal",
] as const;

const partialDate = z.string().transform((text, ctx) => {
  const date = parsePartialDate(text);
  if (!date) {
    ctx.addIssue({ code: "custom", message: `"${text}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)` });
    return z.NEVER;
  }
  return date;
});

const words = z.array(z.string().min(1)).optional();

const eventSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9-]+$/),
    placeCode: z.string().min(1),
    date: partialDate,
    kind: z.enum(EVENT_KINDS),
    titleEn: z.string().min(1),
    titleJa: z.string().min(1),
    match: z
      .object({
        places: z.array(z.string().min(1)).min(1),
        from: partialDate.optional(),
        to: partialDate.optional(),
        categories: z.array(z.enum(FACT_CATEGORIES)).optional(),
        quoteIncludesAny: words,
        quoteIncludesAll: words,
      })
      .refine((m) => Boolean(m.categories?.length || m.quoteIncludesAny?.length || m.quoteIncludesAll?.length), {
        message: "a rule needs categories or quote words, not only a place and a date",
      }),
    sourceTitle: z.string().min(1).optional(),
    sourceUrl: z.url().optional(),
  });

const fileSchema = z.object({
  subject: z.enum(["northern_territories", "nagorno_karabakh"]),
  events: z.array(z.unknown()),
});

export interface CuratedEvent {
  slug: string;
  subject: "northern_territories" | "nagorno_karabakh";
  placeCode: string;
  date: PartialDate;
  kind: (typeof EVENT_KINDS)[number];
  titleEn: string;
  titleJa: string;
  match: MatchRule;
  citation: { title: string; url: string | null } | null;
}

export interface CuratedProblem {
  file: string;
  event: string;
  message: string;
}

/** Parses one timeline file's JSON text. */
export function parseTimelineFile(file: string, text: string): { events: CuratedEvent[]; problems: CuratedProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { events: [], problems: [{ file, event: "", message: `not JSON: ${(error as Error).message}` }] };
  }
  const parsedFile = fileSchema.safeParse(json);
  if (!parsedFile.success) return { events: [], problems: [{ file, event: "", message: describe(parsedFile.error) }] };
  const events: CuratedEvent[] = [];
  const problems: CuratedProblem[] = [];
  parsedFile.data.events.forEach((entry, index) => {
    const label = (entry as { slug?: unknown })?.slug ? String((entry as { slug: unknown }).slug) : `#${index + 1}`;
    const parsed = eventSchema.safeParse(entry);
    if (!parsed.success) {
      problems.push({ file, event: label, message: describe(parsed.error) });
      return;
    }
    const { date, match, sourceTitle, sourceUrl, ...fields } = parsed.data;
    events.push({
      ...fields,
      subject: parsedFile.data.subject,
      date,
      match: { ...match, from: match.from ?? date, to: match.to ?? match.from ?? date },
      citation: sourceTitle ? { title: sourceTitle, url: sourceUrl ?? null } : null,
    });
  });
  return { events, problems };
}

/** Problems across all events: duplicate slugs. (Unsupported events without a citation are checked once facts are known.) */
export function duplicateSlugs(events: readonly CuratedEvent[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const event of events) (seen.has(event.slug) ? duplicates : seen).add(event.slug);
  return [...duplicates];
}

export interface TimelineFileText {
  file: string;
  text: string;
}

export function readTimelineFiles(dir = TIMELINES_DIR): TimelineFileText[] {
  return TIMELINE_FILES.map((file) => ({ file: path.join(dir, file), text: readFileSync(path.join(dir, file), "utf8") }));
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.join(".") || "(root)"}: ${issue?.message}`;
}
