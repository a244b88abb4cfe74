// The I/O floor the ingest figures are compared with: reading a document, decoding it and splitting
// it into sentences, with nothing else (no normalisation, dates, places or facts).
import { readFileSync } from "node:fs";
import { splitSentences } from "../../ingest/text/sentences";

/** Returns the number of sentences, so the work cannot be skipped. */
export function readAndSplit(file: string): number {
  const text = new TextDecoder("utf-8").decode(readFileSync(file));
  let sentences = 0;
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf("\n", start);
    const stop = end === -1 ? text.length : end;
    if (stop > start) sentences += splitSentences(text.slice(start, stop)).length;
    start = stop + 1;
  }
  return sentences;
}
