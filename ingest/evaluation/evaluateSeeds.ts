// Runs the pipeline over the documents of data/documents and scores the facts against the hand
// annotations: precision and recall of (place, year) pairs, accuracy of day-precision dates.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { readLibraryManifest, LIBRARY_DIR } from "../library";
import { ingestDocumentBytes } from "../pipeline";
import { readAnnotation } from "./annotations";
import { scoreFacts, type FactScore } from "./scoreFacts";

export interface SeedScore extends FactScore {
  file: string;
}

export interface SeedEvaluation {
  documents: SeedScore[];
  precision: number;
  recall: number;
  dateAccuracy: number;
}

export async function evaluateSeeds(dir = LIBRARY_DIR): Promise<SeedEvaluation> {
  const documents: SeedScore[] = [];
  for (const metadata of await readLibraryManifest(dir)) {
    const result = ingestDocumentBytes(await readFile(path.join(dir, metadata.file)), metadata);
    if (!result.ok) throw new Error(`${metadata.file}: ${result.problems.join("; ")}`);
    const annotation = await readAnnotation(metadata.file);
    documents.push({ file: metadata.file, ...scoreFacts(annotation, result.document.text, result.facts) });
  }
  const sum = (pick: (s: SeedScore) => number) => documents.reduce((total, s) => total + pick(s), 0);
  const tp = sum((s) => s.truePositives);
  const fp = sum((s) => s.falsePositives.length);
  const fn = sum((s) => s.falseNegatives.length);
  return {
    documents,
    precision: tp / (tp + fp || 1),
    recall: tp / (tp + fn || 1),
    dateAccuracy: sum((s) => s.datesCorrect) / (sum((s) => s.datesFound) || 1),
  };
}
