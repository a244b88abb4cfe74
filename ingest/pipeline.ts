// One document through every stage: bytes → text → sentences → dates → facts. Pure apart from
// hashing; the caller decides where the result is written.
import { createHash } from "node:crypto";
import type { DocumentRecord, FactRecord } from "../db/documents";
import { documentDateContext, SentenceDater } from "./dates";
import { EXTRACTOR_VERSION } from "./extractorVersion";
import { addFactsOfSentence, type FactOptions, type FactProblem, type SentenceWithDates } from "./facts/sentencesToFacts";
import { meetingStatementDate, OPENING_SENTENCES } from "./facts/statementDate";
import type { DocumentMetadata } from "./metadata";
import { decodeDocumentBytes, documentSizeProblem } from "./read";
import { normaliseDocumentText, paragraphsOfText, sentencesOfParagraphs } from "./text";

export type IngestResult =
  | { ok: true; document: DocumentRecord; facts: FactRecord[]; sentences: number; problems: FactProblem[] }
  | { ok: false; problems: string[] };

export function ingestDocumentBytes(bytes: Uint8Array, metadata: DocumentMetadata): IngestResult {
  const read = readNormalisedText(bytes);
  if (!read.ok) return read;
  const { facts, problems, sentences } = factsOfText(read.text, metadata);
  return { ok: true, document: documentRecord(metadata, read.encoding, read.text), facts, sentences, problems };
}

/** Decoding and normalising in their own scope, so the raw decoded text is garbage before the later stages run. */
function readNormalisedText(bytes: Uint8Array): { ok: true; text: string; encoding: string } | { ok: false; problems: string[] } {
  const tooLarge = documentSizeProblem(bytes.byteLength);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const decoded = decodeDocumentBytes(bytes);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const { text } = normaliseDocumentText(decoded.text);
  if (text.trim() === "") return { ok: false, problems: ["has no text left after removing page furniture"] };
  return { ok: true, text, encoding: decoded.encoding };
}

/**
 * Paragraphs, sentences, dates and facts in one pass, a sentence at a time: only the facts are
 * kept, so a 50 MB document never holds every sentence and its dates at once. A meeting summary's
 * statement date comes from its opening sentences, so those few wait until it is settled.
 */
function factsOfText(text: string, metadata: DocumentMetadata) {
  const documentIsDated = metadata.publishedIsDay;
  const published = { year: metadata.publishedYear, month: metadata.publishedOn.getUTCMonth() + 1, day: metadata.publishedOn.getUTCDate() };
  const dater = new SentenceDater(
    documentDateContext({ coversFrom: metadata.coversFrom, coversTo: metadata.coversTo, published: documentIsDated ? published : { year: metadata.publishedYear } }),
  );
  const optionsFrom = (opening: readonly SentenceWithDates[]): FactOptions => ({
    documentIsDated,
    statementDate: metadata.kind === "meeting_summary" && documentIsDated ? meetingStatementDate(published, opening.map((item) => item.dates)) : null,
  });
  const facts: FactRecord[] = [];
  const problems: FactProblem[] = [];
  const opening: SentenceWithDates[] = [];
  let options: FactOptions | undefined;
  let sentences = 0;
  for (const sentence of sentencesOfParagraphs(paragraphsOfText(text))) {
    const { mentions, context } = dater.date(sentence);
    const item = { sentence, dates: mentions, context };
    sentences += 1;
    if (options) {
      addFactsOfSentence(item, options, facts, problems);
      continue;
    }
    opening.push(item);
    if (opening.length < OPENING_SENTENCES) continue;
    options = optionsFrom(opening);
    for (const waiting of opening.splice(0)) addFactsOfSentence(waiting, options, facts, problems);
  }
  if (!options) {
    options = optionsFrom(opening);
    for (const waiting of opening) addFactsOfSentence(waiting, options, facts, problems);
  }
  return { facts, problems, sentences };
}

function documentRecord(metadata: DocumentMetadata, encoding: string, text: string): DocumentRecord {
  return {
    slug: metadata.slug,
    title: metadata.title,
    titleEn: metadata.titleEn,
    publisher: metadata.publisher,
    publisherEn: metadata.publisherEn,
    kind: metadata.kind,
    publishedOn: metadata.publishedOn,
    coversFrom: metadata.coversFrom,
    coversTo: metadata.coversTo,
    language: metadata.language,
    sourceUrl: metadata.sourceUrl,
    sourceFile: metadata.file,
    licenceNote: metadata.licenceNote,
    encoding,
    text,
    contentHash: createHash("sha256").update(text).digest("hex"),
    extractorVersion: EXTRACTOR_VERSION,
  };
}
