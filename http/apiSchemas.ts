// The parameters of every API route, as zod schemas. Route handlers parse with them and
// /api/openapi.json is generated from them, so the documentation cannot drift from the checks.
import { z } from "zod";
import { DataOrigin, DeploymentFramework, FactCategory, PlaceKind } from "@/db/generated/prisma/enums";
import { cursorParam, enumListParam, flagParam, integerParam, placeCodeParam, yearParam } from "./params";

function valuesOf<T extends Record<string, string>>(values: T) {
  return Object.values(values) as [T[keyof T], ...T[keyof T][]];
}

export const PLACE_KINDS = valuesOf(PlaceKind);
export const FACT_CATEGORIES = valuesOf(FactCategory);
export const DEPLOYMENT_FRAMEWORKS = valuesOf(DeploymentFramework);
export const DATA_ORIGINS = valuesOf(DataOrigin);
export const SUMMARY_REGIONS = ["russia", "central-asia", "caucasus", "eastern-europe", "csto"] as const;

export const PAGE_LIMIT = { default: 50, max: 200 } as const;
export const EXPORT_LIMIT = { default: 10_000, max: 10_000 } as const;
export const MAX_QUERY_TEXT = 200;
const MAX_ID = 2_147_483_647;
// Postgres text cannot hold NUL, and no quote contains control characters.
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u001F\u007F]*$/;

const format = () => z.enum(["json", "csv", "geojson"]);

type YearRangeInput = { year?: number; from?: number; to?: number };

function checkYearRange(query: YearRangeInput, ctx: z.RefinementCtx) {
  if (query.year !== undefined && (query.from !== undefined || query.to !== undefined)) {
    ctx.addIssue({ code: "custom", path: ["year"], message: "cannot be combined with from/to; give a year or a range.", params: { allowed: "either year or from/to" } });
  }
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
    ctx.addIssue({ code: "custom", path: ["from"], message: `(${query.from}) must not be after to (${query.to}).`, params: { allowed: "from ≤ to" } });
  }
}

function checkLimitForFormat(query: { limit?: number; format?: string }, ctx: z.RefinementCtx) {
  if ((query.format ?? "json") === "json" && query.limit !== undefined && query.limit > PAGE_LIMIT.max) {
    ctx.addIssue({
      code: "custom",
      path: ["limit"],
      message: `must be at most ${PAGE_LIMIT.max} for JSON pages (at most ${EXPORT_LIMIT.max} with format=csv or geojson).`,
      params: { allowed: `an integer from 1 to ${PAGE_LIMIT.max} (to ${EXPORT_LIMIT.max} for csv/geojson)` },
    });
  }
}

export const placesQuery = z.object({
  kind: z.enum(PLACE_KINDS).optional().describe("only places of this kind"),
});

export const placePath = z.object({ code: placeCodeParam() });

export const placeQuery = z.object({
  geometry: flagParam().optional().describe("1 adds the place's GeoJSON geometry (countries and special regions)"),
});

export const factsQuery = z
  .object({
    place: placeCodeParam().optional().describe("facts about this place (a place code)"),
    group: placeCodeParam()
      .optional()
      .describe("facts about the members of this region group in the fact's year (central-asia, caucasus, eastern-europe, csto, russia, or any group code)"),
    year: yearParam().optional().describe("facts of this year (1900–2100)"),
    from: yearParam().optional().describe("first year of a range (1900–2100)"),
    to: yearParam().optional().describe("last year of a range (1900–2100)"),
    category: enumListParam(FACT_CATEGORIES).optional().describe("one or more categories, repeated or comma-separated"),
    document: integerParam(1, MAX_ID).optional().describe("facts from this document id"),
    q: z.string().min(1).max(MAX_QUERY_TEXT).regex(NO_CONTROL_CHARACTERS).optional().describe(`text the quote contains (case-insensitive, 1–${MAX_QUERY_TEXT} characters, no control characters)`),
    cursor: cursorParam().optional(),
    limit: integerParam(1, EXPORT_LIMIT.max)
      .optional()
      .describe(`page size: 1–${PAGE_LIMIT.max} (default ${PAGE_LIMIT.default}); with format=csv or geojson up to ${EXPORT_LIMIT.max} (default ${EXPORT_LIMIT.default})`),
    format: format().optional().describe("json (default, paged), csv or geojson (exports with the source of each row)"),
  })
  .superRefine((query, ctx) => {
    checkYearRange(query, ctx);
    checkLimitForFormat(query, ctx);
  });

export const deploymentsQuery = z.object({
  year: yearParam().optional().describe("deployments active in this year (start ≤ year ≤ end, open end = ongoing)"),
  host: placeCodeParam().optional().describe("deployments in this host state (ISO alpha-3)"),
  framework: enumListParam(DEPLOYMENT_FRAMEWORKS).optional().describe("one or more frameworks"),
  origin: z.enum(DATA_ORIGINS).optional().describe("document-derived or reference-table rows"),
  format: format().optional().describe("json (default), csv or geojson, each row with its sources"),
});

export const deploymentCompareQuery = z
  .object({
    from: yearParam().describe("the earlier year"),
    to: yearParam().describe("the later year"),
  })
  .superRefine((query, ctx) => {
    if (query.from > query.to) {
      ctx.addIssue({ code: "custom", path: ["from"], message: `(${query.from}) must not be after to (${query.to}).`, params: { allowed: "from ≤ to" } });
    }
  });

export const summaryPath = z.object({ region: z.enum(SUMMARY_REGIONS) });

export const summaryQuery = z.object({
  year: yearParam().describe("the year to summarise"),
  events: integerParam(1, PAGE_LIMIT.max).optional().describe(`how many key events (1–${PAGE_LIMIT.max}, default ${PAGE_LIMIT.default})`),
});

export const documentsQuery = z.object({});

export const documentPath = z.object({ id: integerParam(1, MAX_ID) });

export const deploymentLayerQuery = z.object({
  year: yearParam().optional().describe("deployments active in this year; all when omitted"),
});

export const factCountsQuery = z
  .object({
    year: yearParam().optional().describe("counts of this year"),
    from: yearParam().optional().describe("first year of a range"),
    to: yearParam().optional().describe("last year of a range"),
    category: enumListParam(FACT_CATEGORIES).optional().describe("one or more categories"),
  })
  .superRefine(checkYearRange);

export const emptyQuery = z.object({});
