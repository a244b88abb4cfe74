// One document through every stage: bytes → text → sentences → dates → facts. Pure apart from
// hashing; the caller decides where the result is written.
import { createHash } from "node:crypto";
import type { DocumentRecord, FactRecord } from "../db/documents";
import { datesOfSentences, documentDateContext } from "./dates";
import { EXTRACTOR_VERSION } from "./extractorVersion";
import { sentencesToFacts, type FactProblem } from "./facts/sentencesToFacts";
import { meetingStatementDate } from "./facts/statementDate";
import type { DocumentMetadata } from "./metadata";
import { decodeDocumentBytes, documentSizeProblem } from "./read";
import { normaliseDocumentText, paragraphsToSentences, textToParagraphs, type Sentence } from "./text";

export type IngestResult =
  | { ok: true; document: DocumentRecord; facts: FactRecord[]; sentences: number; problems: FactProblem[] }
  | { ok: false; problems: string[] };

export function ingestDocumentBytes(bytes: Uint8Array, metadata: DocumentMetadata): IngestResult {
  const read = readNormalisedText(bytes);
  if (!read.ok) return read;
  const sentences = paragraphsToSentences(textToParagraphs(read.text));
  const { facts, problems } = factsOfSentences(sentences, metadata);
  return {
    ok: true,
    document: documentRecord(metadata, read.encoding, read.text),
    facts,
    sentences: sentences.length,
    problems,
  };
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

function factsOfSentences(sentences: Sentence[], metadata: DocumentMetadata) {
  const documentIsDated = metadata.publishedIsDay;
  const base = documentDateContext({
    coversFrom: metadata.coversFrom,
    coversTo: metadata.coversTo,
    published: documentIsDated
      ? { year: metadata.publishedYear, month: metadata.publishedOn.getUTCMonth() + 1, day: metadata.publishedOn.getUTCDate() }
      : { year: metadata.publishedYear },
  });
  const dated = datesOfSentences(sentences, base);
  const published = { year: metadata.publishedYear, month: metadata.publishedOn.getUTCMonth() + 1, day: metadata.publishedOn.getUTCDate() };
  const statementDate =
    metadata.kind === "meeting_summary" && documentIsDated ? meetingStatementDate(published, dated.map((d) => d.mentions)) : null;
  return sentencesToFacts(
    sentences.map((sentence, i) => ({ sentence, dates: dated[i]!.mentions, context: dated[i]!.context })),
    { documentIsDated, statementDate },
  );
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
