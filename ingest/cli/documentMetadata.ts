// The metadata of each file the command is given: from data/documents/manifest.json when the file
// is listed there, from the flags otherwise; flags always win. Validated by ingest/metadata.ts.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { LIBRARY_DIR } from "../library";
import { validateDocumentMetadata, type DocumentMetadata } from "../metadata";
import type { MetadataFlags } from "./args";

export const DEFAULT_LICENCE_NOTE = "Licence not recorded; check the source before reuse.";
const REQUIRED_WITHOUT_MANIFEST = ["title", "publisher", "published", "covers"] as const;

const manifestSchema = z.object({ documents: z.array(z.object({ file: z.string() }).passthrough()) });
export type ManifestEntry = z.infer<typeof manifestSchema>["documents"][number];

/** Manifest entries by the absolute path of their file. */
export async function readManifestEntries(dir = LIBRARY_DIR): Promise<Map<string, ManifestEntry>> {
  const file = path.join(dir, "manifest.json");
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return new Map();
    throw new Error(`${file} cannot be read: ${(error as Error).message}`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file} is not a valid manifest: ${parsed.error.issues[0]?.message}`);
  return new Map(parsed.data.documents.map((entry) => [path.resolve(dir, entry.file), entry]));
}

/** A usage problem (flags missing for a file outside the manifest): the caller exits 2. */
export function missingFlagsProblem(file: string, entry: ManifestEntry | undefined, flags: MetadataFlags): string | undefined {
  if (entry) return undefined;
  const missing = REQUIRED_WITHOUT_MANIFEST.filter((flag) => flags[flag] === undefined);
  if (missing.length === 0) return undefined;
  return `${file} is not in ${LIBRARY_DIR}/manifest.json, so ${missing.map((flag) => `--${flag}`).join(", ")} ${missing.length === 1 ? "is" : "are"} required`;
}

export type FileMetadata = { ok: true; metadata: DocumentMetadata } | { ok: false; problems: string[] };

export function fileMetadata(file: string, entry: ManifestEntry | undefined, flags: MetadataFlags): FileMetadata {
  const base = entry ?? {
    file: path.basename(file),
    slug: slugFromFileName(file),
    kind: "other",
    licenceNote: DEFAULT_LICENCE_NOTE,
  };
  return validateDocumentMetadata({ ...base, ...flags });
}

/** `Bluebook 2021 (draft).txt` → `bluebook-2021-draft`; a name with no Latin letters or digits gets a hash. */
export function slugFromFileName(file: string): string {
  const name = path.basename(file, path.extname(file));
  const slug = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100)
    .replace(/-+$/, "");
  return slug || `document-${createHash("sha256").update(name).digest("hex").slice(0, 12)}`;
}
