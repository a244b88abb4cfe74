// The text stage's public surface: normalise, then paragraphs, then sentences.
export type { NormalisedDocument, Paragraph, ParagraphKind, RemovalReason, RemovedSpan, Sentence } from "./types";
export { normaliseDocumentText, PARAGRAPH_SEPARATOR } from "./normalise";
export { paragraphsOfText, textToParagraphs } from "./paragraphs";
export { paragraphsToSentences, sentencesOfParagraphs } from "./sentences";
