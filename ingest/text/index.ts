// The text stage's public surface: normalise, then paragraphs, then sentences.
export type { NormalisedDocument, Paragraph, ParagraphKind, RemovalReason, RemovedSpan, Sentence } from "./types";
export { normaliseDocumentText, PARAGRAPH_SEPARATOR } from "./normalise";
export { textToParagraphs } from "./paragraphs";
export { paragraphsToSentences } from "./sentences";
