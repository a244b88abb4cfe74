// The --dry-run --json format is read by other tools: these tests pin its keys, types and the
// meaning of its fields, for one file and for several (one object per line).
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import type { FactRecord } from "../../../db/documents";
import { dryRunJsonLine, documentJson, factJson } from "../../../ingest/cli/dryRunJson";
import type { DocumentRecord } from "../../../db/documents";
import { validateDocumentMetadata } from "../../../ingest/metadata";
import { runIngest } from "../../../ingest/cli/run";
import { placeCatalogue } from "../../../places/catalogue";

const placeCodes = new Set(placeCatalogue().map((place) => place.code));

const DOCUMENT_KEYS = [
  "slug", "file", "title", "titleEn", "publisher", "publisherEn", "kind", "published", "covers",
  "language", "sourceUrl", "licenceNote", "encoding", "contentHash", "extractorVersion", "text",
];
const FACT_KEYS = ["place", "year", "date", "precision", "category", "quote", "start", "end"];
const MEETING = "data/documents/003_65328be2aa164c64.txt";
const BLUEBOOK = "data/documents/001_d4a765650d1b98af.txt";

async function dryRun(args: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const code = await runIngest(["--dry-run", ...args], { stdout, stderr });
  return { code, out, err };
}

interface Line {
  document: Record<string, unknown> & { text: string };
  facts: (Record<string, unknown> & { quote: string; start: number; end: number; date: string; precision: string; year: number })[];
}

describe("ingest --dry-run --json", () => {
  let meeting: Line;
  beforeAll(async () => {
    const run = await dryRun([MEETING, "--json"]);
    expect(run).toMatchObject({ code: 0, err: "" });
    expect(run.out.endsWith("\n")).toBe(true);
    expect(run.out.trimEnd().split("\n")).toHaveLength(1);
    meeting = JSON.parse(run.out) as Line;
  });

  it("prints one object with exactly a document and its facts", () => {
    expect(Object.keys(meeting)).toEqual(["document", "facts"]);
    expect(Object.keys(meeting.document)).toEqual(DOCUMENT_KEYS);
    expect(meeting.facts.length).toBeGreaterThan(0);
    for (const fact of meeting.facts) expect(Object.keys(fact)).toEqual(FACT_KEYS);
  });

  it("gives the document's metadata as the manifest states it, and the normalised text", () => {
    expect(meeting.document).toMatchObject({
      slug: "mofa-japan-russia-foreign-ministers-meeting-2008-11-05",
      file: "003_65328be2aa164c64.txt",
      publisher: "外務省",
      kind: "meeting_summary",
      published: "2008-11-05",
      covers: "2008",
      language: "ja",
      sourceUrl: "https://www.mofa.go.jp/mofaj/area/russia/index.html",
      encoding: "utf-8",
    });
    expect(meeting.document.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(meeting.document.text).toContain("日露外相会談");
  });

  it("gives each fact a place code, a date written to its precision and a quote at its offsets in the text", () => {
    const datePattern = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ };
    for (const fact of meeting.facts) {
      expect(placeCodes.has(fact.place as string)).toBe(true);
      expect(fact.date).toMatch(datePattern[fact.precision as keyof typeof datePattern]);
      expect(fact.date.startsWith(String(fact.year))).toBe(true);
      expect(meeting.document.text.slice(fact.start, fact.end)).toBe(fact.quote);
    }
    expect(meeting.facts.some((fact) => fact.precision === "day")).toBe(true);
  });

  it("prints one line per file for several files, in the order given", async () => {
    const run = await dryRun([BLUEBOOK, MEETING, "--json"]);
    expect(run.code).toBe(0);
    const lines = run.out.trimEnd().split("\n").map((line) => JSON.parse(line) as Line);
    expect(lines.map((line) => line.document.file)).toEqual(["001_d4a765650d1b98af.txt", "003_65328be2aa164c64.txt"]);
    expect(lines[0]!.document).toMatchObject({ published: "2011", covers: "2010-2011" });
    expect(lines[1]).toEqual(meeting);
  });

  it("prints nothing on stdout when one of the files has a problem, and names that file on stderr", async () => {
    // Published 2009: fine for the 2008 meeting, before the 2010–2011 the Bluebook covers.
    const run = await dryRun([MEETING, BLUEBOOK, "--json", "--published", "2009"]);
    expect(run.code).toBe(1);
    expect(run.out).toBe("");
    expect(run.err).toContain(`ingest: ${BLUEBOOK}: covers 2010-2011 starts after the document was published (2009)`);
    expect(run.err).not.toContain(MEETING);
  });

  it("names an empty file", async () => {
    const empty = path.join(await mkdtemp(path.join(os.tmpdir(), "ingest-cli-unit-")), "empty.txt");
    await writeFile(empty, "");
    const run = await dryRun([empty, "--json", "--title", "T", "--publisher", "P", "--published", "2008-11-05", "--covers", "2008"]);
    expect(run).toMatchObject({ code: 1, out: "" });
    expect(run.err).toContain(`ingest: ${empty}: empty document (0 bytes)`);
  });
});

describe("a fact in the JSON format", () => {
  const fact: FactRecord = {
    placeCode: "RUS", year: 987, month: 3, day: 9, precision: "month", dateText: "3月", category: "diplomacy",
    quote: "q", start: 1, end: 2, sentenceNo: 0, derivation: "place_name", matchedText: "ロシア",
  };

  it("writes the date only as far as its precision goes, with four-digit years", () => {
    expect(factJson(fact).date).toBe("0987-03");
    expect(factJson({ ...fact, precision: "day" }).date).toBe("0987-03-09");
    expect(factJson({ ...fact, precision: "year", month: null, day: null }).date).toBe("0987");
  });

  it("leaves out the fields other tools do not read", () => {
    expect(factJson(fact)).toEqual({ place: "RUS", year: 987, date: "0987-03", precision: "month", category: "diplomacy", quote: "q", start: 1, end: 2 });
  });
});

describe("the JSON line of a long document", () => {
  it("prints a long text in pieces that join to exactly the JSON of the whole object", () => {
    const text = `${"「引用」と\\記号\n".repeat(200_000)}𠮟${"る".repeat(1 << 20)}`;
    const metadata = validateDocumentMetadata({
      file: "long.txt", slug: "long", title: "長い文書", publisher: "外務省", kind: "other", published: "2020", covers: "2020", language: "ja", licenceNote: "test",
    });
    if (!metadata.ok) throw new Error(metadata.problems.join("; "));
    const document: DocumentRecord = {
      slug: "long", title: "長い文書", titleEn: null, publisher: "外務省", publisherEn: null, kind: "other",
      publishedOn: metadata.metadata.publishedOn, coversFrom: 2020, coversTo: 2020, language: "ja", sourceUrl: null,
      sourceFile: "long.txt", licenceNote: "", encoding: "utf-8", text, contentHash: "0".repeat(64), extractorVersion: "rules-test",
    };
    const pieces = [...dryRunJsonLine(document, metadata.metadata, [])];
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join("")).toBe(`${JSON.stringify({ document: documentJson(document, metadata.metadata), facts: [] })}\n`);
  });
});

