// Document metadata as it arrives from data/documents/manifest.json or the ingest command's flags,
// validated in one place, with contradictions reported as messages a person can act on.
import { z } from "zod";

export const DOCUMENT_KINDS = ["diplomatic_bluebook", "defense_white_paper", "meeting_summary", "press_column", "other"] as const;

const publishedSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}-\d{2})?$/, "must be YYYY or YYYY-MM-DD")
  .refine((value) => value.length === 4 || !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "is not a real date")
  .refine((value) => new Date(`${value.length === 4 ? `${value}-01-01` : value}T00:00:00Z`).toISOString().startsWith(value), "is not a real date");

const coversSchema = z.string().regex(/^\d{4}(-\d{4})?$/, "must be YYYY or YYYY-YYYY");

export const documentMetadataSchema = z.object({
  file: z.string().min(1),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens").max(120),
  title: z.string().trim().min(1).max(500),
  titleEn: z.string().trim().min(1).max(500).optional(),
  publisher: z.string().trim().min(1).max(200),
  publisherEn: z.string().trim().min(1).max(200).optional(),
  kind: z.enum(DOCUMENT_KINDS).default("other"),
  published: publishedSchema,
  covers: coversSchema,
  language: z.string().regex(/^[a-z]{2}$/).default("ja"),
  sourceUrl: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
  licenceNote: z.string().trim().min(1).max(1000),
});

export type DocumentMetadataInput = z.input<typeof documentMetadataSchema>;

export interface DocumentMetadata {
  file: string;
  slug: string;
  title: string;
  titleEn: string | null;
  publisher: string;
  publisherEn: string | null;
  kind: (typeof DOCUMENT_KINDS)[number];
  publishedOn: Date;
  publishedYear: number;
  /** Published with a full date (a meeting summary, a web column) rather than a year only. */
  publishedIsDay: boolean;
  coversFrom: number;
  coversTo: number;
  language: string;
  sourceUrl: string | null;
  licenceNote: string;
}

export type MetadataResult = { ok: true; metadata: DocumentMetadata } | { ok: false; problems: string[] };

export function validateDocumentMetadata(input: unknown): MetadataResult {
  const parsed = documentMetadataSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join(".") || "metadata"} ${issue.message}`) };
  }
  const m = parsed.data;
  const publishedYear = Number(m.published.slice(0, 4));
  const [coversFrom, coversTo] = m.covers.split("-").map(Number) as [number, number | undefined];
  const to = coversTo ?? coversFrom;
  const problems: string[] = [];
  if (to < coversFrom) problems.push(`covers ${m.covers} ends before it starts`);
  if (coversFrom > publishedYear) problems.push(`covers ${m.covers} starts after the document was published (${m.published})`);
  if (to > publishedYear) problems.push(`covers ${m.covers} ends after the document was published (${m.published})`);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    metadata: {
      file: m.file,
      slug: m.slug,
      title: m.title,
      titleEn: m.titleEn ?? null,
      publisher: m.publisher,
      publisherEn: m.publisherEn ?? null,
      kind: m.kind,
      publishedOn: new Date(`${m.published.length === 4 ? `${m.published}-01-01` : m.published}T00:00:00Z`),
      publishedYear,
      publishedIsDay: m.published.length === 10,
      coversFrom,
      coversTo: to,
      language: m.language,
      sourceUrl: m.sourceUrl ?? null,
      licenceNote: m.licenceNote,
    },
  };
}
