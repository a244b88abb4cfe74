// The body of POST /api/admin/documents: multipart/form-data with two parts, `file` (the document's
// bytes, any encoding `npm run ingest` reads) and `metadata` (JSON: the fields of a manifest entry).
// Everything is checked here and turned into the DocumentMetadata the ingest pipeline takes.
import { z } from "zod";
import { DEFAULT_LICENCE_NOTE, slugFromFileName } from "../ingest/cli/documentMetadata";
import { documentMetadataSchema, validateDocumentMetadata, type DocumentMetadata } from "../ingest/metadata";
import { JsonError } from "./jsonError";

/**
 * Documents in data/ are tens of kilobytes; bigger ones go through `npm run ingest`. Kept under
 * the 10 MB that Next buffers of a request body when a proxy runs (proxyClientMaxBodySize): past
 * that the handler would silently get a truncated body, here it gets a 413.
 */
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;

/** A link shown on the document page must be a web address, never javascript: or data:. */
const webUrl = z
  .url({ protocol: /^https?$/ })
  .max(2_000)
  .describe("an http or https URL");

export const uploadMetadataSchema = documentMetadataSchema
  .omit({ file: true })
  .extend({
    slug: documentMetadataSchema.shape.slug.optional(),
    licenceNote: documentMetadataSchema.shape.licenceNote.optional(),
    sourceUrl: webUrl.optional(),
  })
  .strict();

export interface DocumentUpload {
  bytes: Uint8Array;
  metadata: DocumentMetadata;
}

export async function parseDocumentUpload(body: Uint8Array<ArrayBuffer>, contentType: string | null): Promise<DocumentUpload> {
  if (!contentType || !/^multipart\/form-data\s*;/i.test(contentType)) {
    throw badRequest("The body must be multipart/form-data with the parts file and metadata.", "Content-Type", "multipart/form-data");
  }
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "Content-Type": contentType } }).formData();
  } catch {
    throw badRequest("The multipart body cannot be parsed.", "body", "multipart/form-data with the parts file and metadata");
  }
  const unknown = [...new Set(form.keys())].filter((name) => name !== "file" && name !== "metadata");
  if (unknown.length > 0) throw badRequest(`Unknown part "${unknown[0]}".`, unknown[0] ?? null, ["file", "metadata"]);
  const files = form.getAll("file");
  const metadataParts = form.getAll("metadata");
  const file = files[0];
  if (files.length !== 1 || !(file instanceof Blob)) throw badRequest("Send exactly one file part with the document's bytes.", "file", "one file");
  if (metadataParts.length !== 1 || typeof metadataParts[0] !== "string") {
    throw badRequest("Send exactly one metadata part: a JSON object.", "metadata", "one JSON object");
  }
  const fileName = file instanceof File && file.name ? file.name : "upload.txt";
  const metadata = parseMetadata(metadataParts[0], fileName);
  return { bytes: new Uint8Array(await file.arrayBuffer()), metadata };
}

function parseMetadata(raw: string, fileName: string): DocumentMetadata {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw badRequest("The metadata part is not valid JSON.", "metadata", "a JSON object");
  }
  const shape = uploadMetadataSchema.safeParse(json);
  if (!shape.success) {
    const issue = shape.error.issues[0];
    const field = issue?.path.join(".") || null;
    const keys = issue?.code === "unrecognized_keys" ? issue.keys : [];
    const name = keys[0] ?? field;
    const message = keys.length > 0 ? `Unknown metadata field "${keys[0]}".` : `Metadata field "${field}" ${issue?.message ?? "is not valid"}.`;
    throw badRequest(message, name ? `metadata.${name}` : "metadata", Object.keys(uploadMetadataSchema.shape));
  }
  const result = validateDocumentMetadata({
    file: fileName,
    slug: slugFromFileName(fileName),
    licenceNote: DEFAULT_LICENCE_NOTE,
    ...stripUndefined(shape.data),
  });
  if (!result.ok) throw badRequest(`The metadata is not consistent: ${result.problems.join("; ")}.`, "metadata", Object.keys(uploadMetadataSchema.shape));
  return result.metadata;
}

function stripUndefined(record: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

function badRequest(message: string, parameter: string | null, allowed: string | string[]): JsonError {
  return new JsonError(400, message, { parameter, allowed });
}
