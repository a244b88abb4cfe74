// Runs the pipeline over annotated documents and scores the facts against the hand annotations:
// precision and recall of (place, year) pairs (micro-averaged over documents), accuracy of
// day-precision dates. Shared by the seed evaluation and the held-out folders.
import type { DocumentMetadata } from "../metadata";
import { ingestDocumentBytes } from "../pipeline";
import type { DocumentAnnotation } from "./annotations";
import { scoreFacts, type FactScore } from "./scoreFacts";

export interface AnnotatedDocument {
  metadata: DocumentMetadata;
  bytes: Uint8Array;
  annotation: DocumentAnnotation;
}

export interface DocumentScore extends FactScore {
  file: string;
  kind: DocumentMetadata["kind"];
  /** Annotated quotes that do not occur in the normalised text (an annotation or normalisation error). */
  unmatchedQuotes: string[];
}

export interface Evaluation {
  documents: DocumentScore[];
  precision: number;
  recall: number;
  dateAccuracy: number;
}

export function evaluateDocuments(documents: readonly AnnotatedDocument[]): Evaluation {
  const scores = documents.map(scoreDocument);
  return { documents: scores, ...totals(scores) };
}

function scoreDocument({ metadata, bytes, annotation }: AnnotatedDocument): DocumentScore {
  const result = ingestDocumentBytes(bytes, metadata);
  if (!result.ok) throw new Error(`${metadata.file}: ${result.problems.join("; ")}`);
  const text = result.document.text;
  return {
    file: metadata.file,
    kind: metadata.kind,
    unmatchedQuotes: annotation.facts.map((f) => f.quote).filter((quote) => !text.includes(quote)),
    ...scoreFacts(annotation, text, result.facts),
  };
}

/** Micro-averaged totals over a set of document scores. */
export function totals(scores: readonly DocumentScore[]): Omit<Evaluation, "documents"> {
  const sum = (pick: (s: DocumentScore) => number) => scores.reduce((total, s) => total + pick(s), 0);
  const tp = sum((s) => s.truePositives);
  const fp = sum((s) => s.falsePositives.length);
  const fn = sum((s) => s.falseNegatives.length);
  return {
    precision: tp / (tp + fp || 1),
    recall: tp / (tp + fn || 1),
    dateAccuracy: sum((s) => s.datesCorrect) / (sum((s) => s.datesFound) || 1),
  };
}
