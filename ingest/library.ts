// The documents shipped in data/documents, described by manifest.json, loaded at start-up. Each
// document is its own transaction; an unchanged document is skipped.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { Db } from "../db/client";
import { saveDocumentWithFacts } from "../db/documents";
import { validateDocumentMetadata, type DocumentMetadata } from "./metadata";
import { ingestDocumentBytes } from "./pipeline";
import { StartupError } from "../server/startupError";

export const LIBRARY_DIR = "data/documents";
const manifestSchema = z.object({ documents: z.array(z.record(z.string(), z.unknown())).min(1) });

export async function readLibraryManifest(dir = LIBRARY_DIR): Promise<DocumentMetadata[]> {
  const file = path.join(/* turbopackIgnore: true */ dir, "manifest.json");
  const parsed = manifestSchema.safeParse(JSON.parse(await readFile(file, "utf8")));
  if (!parsed.success) throw new StartupError(`${file} is not a valid manifest: ${parsed.error.issues[0]?.message}.`, "");
  return parsed.data.documents.map((entry, index) => {
    const result = validateDocumentMetadata(entry);
    if (!result.ok) throw new StartupError(`${file}, document ${index + 1}: ${result.problems.join("; ")}.`, "Fix the manifest.");
    return result.metadata;
  });
}

export async function loadDocumentLibrary(db: Db, options: { dir?: string; log?: (line: string) => void } = {}) {
  const dir = options.dir ?? LIBRARY_DIR;
  const outcomes = [];
  for (const metadata of await readLibraryManifest(dir)) {
    const bytes = await readFile(path.join(/* turbopackIgnore: true */ dir, metadata.file));
    const result = await ingestDocumentBytes(bytes, metadata);
    if (!result.ok) throw new StartupError(`${metadata.file}: ${result.problems.join("; ")}.`, "Fix or remove the document; nothing of it was loaded.");
    const outcome = await saveDocumentWithFacts(db, result.document, result.facts);
    if (outcome.status !== "unchanged") options.log?.(`${metadata.file}: ${outcome.status}, ${outcome.facts} facts.`);
    outcomes.push({ file: metadata.file, ...outcome });
  }
  return outcomes;
}
