// One document through every stage: bytes → text → sentences → dates → facts. Pure apart from
// hashing; the caller decides where the result is written.
import { createHash } from "node:crypto";
import type { DocumentRecord, FactRecord } from "../db/documents";
import { documentDateContext, SentenceDater } from "./dates";
import { EXTRACTOR_VERSION } from "./extractorVersion";
import { EarlierSentencePlaces } from "./facts/earlierSentencePlaces";
import { addFactsOfSentence, type FactOptions, type FactProblem, type SentenceWithDates } from "./facts/sentencesToFacts";
import { titleHeading } from "./facts/titleHeading";
import { meetingStatementDate, OPENING_SENTENCES } from "./facts/statementDate";
import type { DocumentMetadata } from "./metadata";
import { decodeDocumentBytes, documentSizeProblem, type DecodeResult } from "./read";
import { textChunks } from "../db/textChunks";
import { normaliseDocumentText, paragraphsOfText, sentencesOfParagraphs } from "./text";

export type IngestResult =
  | { ok: true; document: DocumentRecord; facts: FactRecord[]; sentences: number; problems: FactProblem[] }
  | { ok: false; problems: string[] };

export function ingestDocumentBytes(bytes: Uint8Array, metadata: DocumentMetadata): IngestResult {
  return ingestDocument(() => bytes, metadata);
}

/**
 * The same from a function that reads the bytes (`() => readFileSync(file)`): nothing but the
 * decoding step then holds them, so a large file's bytes are garbage before its text is normalised.
 */
export function ingestDocument(readBytes: () => Uint8Array, metadata: DocumentMetadata): IngestResult {
  const read = readNormalisedText(readBytes);
  if (!read.ok) return read;
  const { facts, problems, sentences } = factsOfText(read.text, metadata);
  return { ok: true, document: documentRecord(metadata, read.encoding, read.text), facts, sentences, problems };
}

export type IngestCount =
  | { ok: true; document: DocumentRecord; factsByCategory: Map<string, number>; sentences: number; problems: FactProblem[] }
  | { ok: false; problems: string[] };

/**
 * The same pass, counting the facts by category instead of keeping them: what a writer needs to
 * check and report every file before it writes any, then streams the facts with
 * factBatchesOfText (the pipeline is pure, so the second pass yields the same facts).
 */
export function countDocument(readBytes: () => Uint8Array, metadata: DocumentMetadata): IngestCount {
  const read = readNormalisedText(readBytes);
  if (!read.ok) return read;
  const tally: FactTally = { sentences: 0, problems: [] };
  const factsByCategory = new Map<string, number>();
  for (const batch of factBatchesOfText(read.text, metadata, 1_000, tally)) countByCategory(batch, factsByCategory);
  return { ok: true, document: documentRecord(metadata, read.encoding, read.text), factsByCategory, sentences: tally.sentences, problems: tally.problems };
}

/** Decoding and normalising in their own scope, so the raw decoded text is garbage before the later stages run. */
function readNormalisedText(readBytes: () => Uint8Array): { ok: true; text: string; encoding: string } | { ok: false; problems: string[] } {
  const decoded = decodeBytes(readBytes);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const { text } = normaliseDocumentText(decoded.text);
  if (text.trim() === "") return { ok: false, problems: ["has no text left after removing page furniture"] };
  return { ok: true, text, encoding: decoded.encoding };
}

function decodeBytes(readBytes: () => Uint8Array): DecodeResult {
  const bytes = readBytes();
  const tooLarge = documentSizeProblem(bytes.byteLength);
  if (tooLarge) return { ok: false, problem: tooLarge };
  return decodeDocumentBytes(bytes);
}

/** Adds the facts to per-category counts (a new map unless one is given). */
export function countByCategory(facts: readonly FactRecord[], counts = new Map<string, number>()): Map<string, number> {
  for (const fact of facts) counts.set(fact.category, (counts.get(fact.category) ?? 0) + 1);
  return counts;
}

/** The facts a per-category count adds up to. */
export function totalOf(counts: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const count of counts.values()) total += count;
  return total;
}

/** What a pass over a text counts besides its facts. */
export interface FactTally {
  sentences: number;
  problems: FactProblem[];
}

/** Every fact of a text, collected. */
function factsOfText(text: string, metadata: DocumentMetadata) {
  const tally: FactTally = { sentences: 0, problems: [] };
  let facts: FactRecord[] = [];
  // One batch when the size is unbounded; concat, not push(...batch), which overflows the stack.
  for (const batch of factBatchesOfText(text, metadata, Number.POSITIVE_INFINITY, tally)) facts = facts.length === 0 ? batch : facts.concat(batch);
  return { facts, problems: tally.problems, sentences: tally.sentences };
}

/**
 * Paragraphs, sentences, dates and facts in one pass, a sentence at a time, handing the facts out
 * in batches of about `batchSize` as they come: a 50 MB document never holds every sentence and
 * its dates at once, and a writer that consumes the batches never holds every fact. A meeting
 * summary's statement date comes from its opening sentences, so those few wait until it is
 * settled. `tally` receives the sentence count and the problems.
 */
export function* factBatchesOfText(text: string, metadata: DocumentMetadata, batchSize: number, tally: FactTally): Generator<FactRecord[]> {
  const documentIsDated = metadata.publishedIsDay;
  const published = { year: metadata.publishedYear, month: metadata.publishedOn.getUTCMonth() + 1, day: metadata.publishedOn.getUTCDate() };
  const dater = new SentenceDater(
    documentDateContext({ coversFrom: metadata.coversFrom, coversTo: metadata.coversTo, published: documentIsDated ? published : { year: metadata.publishedYear } }),
  );
  const optionsFrom = (opening: readonly SentenceWithDates[]): FactOptions => ({
    documentIsDated,
    statementDate: metadata.kind === "meeting_summary" && documentIsDated ? meetingStatementDate(published, opening.map((item) => item.dates)) : null,
    earlierPlaces: new EarlierSentencePlaces(),
    titleHeading: titleHeading(metadata.title),
    isAnalysis: metadata.kind === "defense_white_paper",
  });
  let facts: FactRecord[] = [];
  const opening: SentenceWithDates[] = [];
  let options: FactOptions | undefined;
  for (const sentence of sentencesOfParagraphs(paragraphsOfText(text))) {
    const { mentions, context, isPlan, since } = dater.date(sentence);
    const item: SentenceWithDates = { sentence, dates: mentions, context, ...(isPlan && { isPlan }), ...(since && { since }) };
    tally.sentences += 1;
    if (options) {
      addFactsOfSentence(item, options, facts, tally.problems);
    } else {
      opening.push(item);
      if (opening.length < OPENING_SENTENCES) continue;
      options = optionsFrom(opening);
      for (const waiting of opening.splice(0)) addFactsOfSentence(waiting, options, facts, tally.problems);
    }
    if (facts.length >= batchSize) {
      yield facts;
      facts = [];
    }
  }
  if (!options) {
    options = optionsFrom(opening);
    for (const waiting of opening) addFactsOfSentence(waiting, options, facts, tally.problems);
  }
  if (facts.length > 0) yield facts;
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
    contentHash: sha256(text),
    extractorVersion: EXTRACTOR_VERSION,
  };
}

/** In pieces: hashing the whole string at once would encode a second, UTF-8 copy of it. */
function sha256(text: string): string {
  const hash = createHash("sha256");
  for (const chunk of textChunks(text)) hash.update(chunk);
  return hash.digest("hex");
}
