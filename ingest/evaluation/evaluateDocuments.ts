// Runs the pipeline over annotated documents and scores the facts against the hand annotations:
// precision and recall of (place, year) pairs (micro-averaged over documents), accuracy of
// day-precision dates. Shared by the seed evaluation and the held-out folders.
import type { DocumentMetadata } from "../metadata";
import { ingestDocumentBytes } from "../pipeline";
import type { DocumentAnnotation } from "./annotations";
import { scoreFacts, type FactScore, type PredictedFact } from "./scoreFacts";

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

/** What is scored against a document's annotation: the extracted facts, or another reading of it. */
export interface Reading {
  facts: PredictedFact[];
  /** Quotes the reading relies on, checked against the normalised text. */
  quotes: string[];
}
export type ReadingOf = (document: AnnotatedDocument, text: string, extracted: PredictedFact[]) => Reading;

const extraction: ReadingOf = ({ annotation }, _text, extracted) => ({ facts: extracted, quotes: annotation.facts.map((f) => f.quote) });

export function evaluateDocuments(documents: readonly AnnotatedDocument[], readingOf: ReadingOf = extraction): Evaluation {
  const scores = documents.map((document) => scoreDocument(document, readingOf));
  return { documents: scores, ...totals(scores) };
}

function scoreDocument(document: AnnotatedDocument, readingOf: ReadingOf): DocumentScore {
  const { metadata, bytes, annotation } = document;
  const result = ingestDocumentBytes(bytes, metadata);
  if (!result.ok) throw new Error(`${metadata.file}: ${result.problems.join("; ")}`);
  const text = result.document.text;
  const reading = readingOf(document, text, result.facts);
  return {
    file: metadata.file,
    kind: metadata.kind,
    unmatchedQuotes: reading.quotes.filter((quote) => !text.includes(quote)),
    ...scoreFacts(annotation, text, reading.facts),
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
