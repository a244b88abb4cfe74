// The sourced reference table of Russian and CSTO forces abroad (data/reference). Its rows are
// reference data, kept apart from document-derived facts, and every row keeps its citations.
import { parse } from "csv-parse/sync";
import { z } from "zod";
import type { DeploymentRecord } from "../../db/deployments";

const optionalInt = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === "") return null;
    const number = Number(value);
    if (!Number.isInteger(number)) {
      ctx.addIssue({ code: "custom", message: `"${value}" is not a whole number` });
      return z.NEVER;
    }
    return number;
  });

const frameworks = {
  bilateral: "bilateral",
  CSTO: "csto",
  "peacekeeping-trilateral": "peacekeeping_trilateral",
  "annexed-territory": "annexed_territory",
  other: "other",
} as const;

const rowSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  host_country_iso3: z.string().regex(/^[A-Z]{3}$/),
  region_id: z.string(),
  place_name_en: z.string().min(1),
  place_name_ja: z.string().min(1),
  lat: z.coerce.number().min(-90).max(90),
  lon: z.coerce.number().min(-180).max(180),
  unit_or_facility: z.string().min(1),
  framework: z.enum(Object.keys(frameworks) as [keyof typeof frameworks, ...(keyof typeof frameworks)[]]),
  start_year: optionalInt,
  end_year: optionalInt,
  personnel_low: optionalInt,
  personnel_high: optionalInt,
  personnel_as_of_year: optionalInt,
  source_title: z.string().min(1),
  source_url_or_ref: z.string(),
  note: z.string(),
});

export interface ReferenceProblem {
  row: number;
  message: string;
}

export function parseForcesAbroadCsv(csv: string): { deployments: DeploymentRecord[]; problems: ReferenceProblem[] } {
  const records = parse(csv, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const deployments: DeploymentRecord[] = [];
  const problems: ReferenceProblem[] = [];
  records.forEach((record, index) => {
    const result = rowSchema.safeParse(record);
    const row = index + 2; // the header is line 1
    if (!result.success) {
      const issue = result.error.issues[0];
      problems.push({ row, message: `${issue?.path.join(".")}: ${issue?.message}` });
      return;
    }
    if (result.data.start_year === null) {
      problems.push({ row, message: "start_year: required" });
      return;
    }
    deployments.push(toDeployment(result.data, result.data.start_year));
  });
  return { deployments, problems };
}

function toDeployment(row: z.infer<typeof rowSchema>, startYear: number): DeploymentRecord {
  return {
    slug: row.id,
    hostCode: row.host_country_iso3,
    regionCode: row.region_id || null,
    locationEn: row.place_name_en,
    locationJa: row.place_name_ja,
    lat: row.lat,
    lon: row.lon,
    unitOrFacility: row.unit_or_facility,
    framework: frameworks[row.framework],
    startYear,
    endYear: row.end_year,
    personnelLow: row.personnel_low,
    personnelHigh: row.personnel_high,
    personnelAsOf: row.personnel_as_of_year,
    origin: "reference",
    note: row.note,
    sources: citations(row.source_title, row.source_url_or_ref),
  };
}

/** Titles and addresses are parallel lists separated by " | ". */
export function citations(titles: string, refs: string): { title: string; url: string | null }[] {
  const titleList = titles.split(" | ").map((t) => t.trim());
  const refList = refs.split(" | ").map((r) => r.trim());
  return titleList.map((title, i) => ({ title, url: refList[i] || null }));
}
