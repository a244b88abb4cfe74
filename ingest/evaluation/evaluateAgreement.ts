// A second annotator's reading of a folder, scored against the first annotation the same way the
// extraction is: how far two careful readers who follow the same conventions agree says how much of
// the extraction's gap the conventions can explain.
import { readAnnotation, type DocumentAnnotation } from "./annotations";
import { evaluateDocuments, type AnnotatedDocument, type Evaluation } from "./evaluateDocuments";
import type { PredictedFact } from "./scoreFacts";

/** An annotation's entries as the facts an extractor would have produced (one per place). */
export function annotationAsFacts(annotation: DocumentAnnotation, text: string): PredictedFact[] {
  return annotation.facts.flatMap((entry) => {
    const at = text.indexOf(entry.quote);
    const [, month, day] = (entry.date ?? "").split("-").map(Number);
    return entry.places.map((placeCode) => ({
      placeCode,
      year: entry.year,
      month: month ?? null,
      day: day ?? null,
      start: at,
      end: at < 0 ? at : at + entry.quote.length,
    }));
  });
}

/** Each document's second annotation (SECOND_DIR/NAME.json) against its first, over the normalised text. */
export async function evaluateAgreement(documents: readonly AnnotatedDocument[], secondDir: string): Promise<Evaluation> {
  const seconds = new Map<string, DocumentAnnotation>();
  for (const { metadata } of documents) seconds.set(metadata.file, await readAnnotation(metadata.file, secondDir));
  return evaluateDocuments(documents, ({ metadata }, text) => {
    const second = seconds.get(metadata.file)!;
    return { facts: annotationAsFacts(second, text), quotes: second.facts.map((f) => f.quote) };
  });
}
