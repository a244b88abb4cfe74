// The streaming form of the pipeline, which the ingest command's write uses: the batches add up to
// exactly the facts of the one-shot pipeline, in order, and the counting pass reports the same.
import { readFile } from "node:fs/promises";
import { readLibraryManifest } from "../../../ingest/library";
import { countByCategory, countDocument, factBatchesOfText, ingestDocumentBytes, type FactTally } from "../../../ingest/pipeline";

describe("facts in batches", () => {
  it.each([1, 7, 1_000])("give every seed document's facts in order, in batches of about %i, with the same tally", async (batchSize) => {
    for (const metadata of await readLibraryManifest()) {
      const bytes = await readFile(`data/documents/${metadata.file}`);
      const whole = ingestDocumentBytes(bytes, metadata);
      if (!whole.ok) throw new Error(whole.problems.join("; "));
      const tally: FactTally = { sentences: 0, problems: [] };
      const batches = [...factBatchesOfText(whole.document.text, metadata, batchSize, tally)];
      expect(batches.flat()).toEqual(whole.facts);
      expect(batches.every((batch) => batch.length > 0)).toBe(true);
      // A batch closes after the sentence that fills it, so it may exceed the size by that sentence's facts.
      expect(batches.slice(0, -1).every((batch) => batch.length >= batchSize)).toBe(true);
      expect(tally.sentences).toBe(whole.sentences);
      expect(tally.problems).toEqual(whole.problems);
    }
  });

  it("are counted by category by the checking pass exactly as the one-shot pipeline's facts", async () => {
    for (const metadata of await readLibraryManifest()) {
      const bytes = await readFile(`data/documents/${metadata.file}`);
      const whole = ingestDocumentBytes(bytes, metadata);
      const counted = countDocument(() => bytes, metadata);
      if (!whole.ok || !counted.ok) throw new Error(`${metadata.file} did not derive`);
      expect(counted.factsByCategory).toEqual(countByCategory(whole.facts));
      expect(counted.document).toEqual(whole.document);
      expect(counted.sentences).toBe(whole.sentences);
    }
  });
});
