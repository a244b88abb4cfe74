// The seed documents of data/documents scored against their hand annotations in
// tests/fixtures/annotations.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { readLibraryManifest, LIBRARY_DIR } from "../library";
import { readAnnotation } from "./annotations";
import { evaluateDocuments, type Evaluation } from "./evaluateDocuments";

export type SeedEvaluation = Evaluation;

export async function evaluateSeeds(dir = LIBRARY_DIR): Promise<SeedEvaluation> {
  const documents = [];
  for (const metadata of await readLibraryManifest(dir)) {
    documents.push({ metadata, bytes: await readFile(path.join(dir, metadata.file)), annotation: await readAnnotation(metadata.file) });
  }
  return evaluateDocuments(documents);
}
