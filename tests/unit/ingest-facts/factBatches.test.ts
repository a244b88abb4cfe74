// The streaming form of the pipeline, which the ingest command's write uses: the batches add up to
// exactly the facts of the one-shot pipeline, in order, and the counting pass reports the same.
import { readFile } from "node:fs/promises";
import { readLibraryManifest } from "../../../ingest/library";
import { validateDocumentMetadata } from "../../../ingest/metadata";
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

describe("a statement printed in an annual volume under its title and day", () => {
  it("dates the statement's undated sentences to its day, not to the year the volume reviews", () => {
    const text = "(17)INF交渉に関する外務大臣談話\n\n(1983年3月31日)\n\n1.今般米国はソ連と交渉する用意がある旨を明らかにした。\n\n2.我が国はこれを高く評価し、支持する。\n";
    const metadata = validateDocumentMetadata({
      file: "annex.txt", slug: "annex", title: "わが外交の近況 資料", publisher: "外務省", kind: "diplomatic_bluebook", published: "1983", covers: "1982-1983", language: "ja", licenceNote: "test",
    });
    if (!metadata.ok) throw new Error(metadata.problems.join("; "));
    const result = ingestDocumentBytes(new TextEncoder().encode(text), metadata.metadata);
    if (!result.ok) throw new Error(result.problems.join("; "));
    const dated = result.facts.map((f) => `${f.placeCode} ${f.year}-${f.month}-${f.day}`);
    expect(dated.sort()).toEqual(["JPN 1983-3-31", "RUS 1983-3-31", "USA 1983-3-31"]);
  });
});

describe("a chronology set out under day headings in an annual volume", () => {
  it("dates each day's items to that day of the year under review, even in a white paper", () => {
    const text = "第4章 ミグ25事件\n\n9月6日\n\n○ ソ連の戦闘機が函館空港に着陸した。\n\n9月7日\n\n○ 外務省は、乗員の米国への亡命の意志を確認した。\n";
    const metadata = validateDocumentMetadata({
      file: "chronology.txt", slug: "chronology", title: "防衛白書 第4章", publisher: "防衛庁", kind: "defense_white_paper", published: "1977", covers: "1976", language: "ja", licenceNote: "test",
    });
    if (!metadata.ok) throw new Error(metadata.problems.join("; "));
    const result = ingestDocumentBytes(new TextEncoder().encode(text), metadata.metadata);
    if (!result.ok) throw new Error(result.problems.join("; "));
    expect(result.facts.map((f) => `${f.placeCode} ${f.year}-${f.month}-${f.day}`).sort()).toEqual(["RUS 1976-9-6", "USA 1976-9-7"]);
  });
});
