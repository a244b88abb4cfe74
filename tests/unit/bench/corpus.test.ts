// The synthetic corpus generator: the same seed gives the same text, and its text goes through the
// real ingest pipeline and yields facts whose quotes are verbatim.
import { documentSizes, syntheticMetadata } from "@/bench/corpus/corpus";
import { documentText } from "@/bench/corpus/generate";
import { seedPatterns, type SeedPatterns } from "@/bench/corpus/templates";
import { ingestDocumentBytes } from "@/ingest/pipeline";

const BYTES = 60_000;

describe("synthetic corpus generator", () => {
  let patterns: SeedPatterns;
  beforeAll(async () => {
    patterns = await seedPatterns();
  });

  it("reads sentence and heading patterns with place and date slots from the seed documents", () => {
    expect(patterns.sentences.length).toBeGreaterThan(100);
    expect(patterns.headings.length).toBeGreaterThan(10);
    const slots = patterns.sentences.flatMap((template) => template.parts.filter((part) => typeof part !== "string"));
    expect(slots.some((slot) => slot.slot === "place")).toBe(true);
    expect(slots.some((slot) => slot.slot === "date")).toBe(true);
  });

  it("gives the same text for the same seed and another text for another seed", () => {
    const first = documentText(patterns, 7, BYTES);
    expect(documentText(patterns, 7, BYTES)).toBe(first);
    expect(documentText(patterns, 8, BYTES)).not.toBe(first);
  });

  it("stops once the size asked for is reached", () => {
    const bytes = Buffer.byteLength(documentText(patterns, 7, BYTES));
    expect(bytes).toBeGreaterThanOrEqual(BYTES);
    expect(bytes).toBeLessThan(BYTES + 5_000);
  });

  it("writes dates in Western and era forms", () => {
    const text = documentText(patterns, 7, BYTES);
    expect(text).toMatch(/(19|20)\d\d年/);
    expect(text).toMatch(/(平成|令和)(\d+|元)年/);
  });

  it("yields facts through the real pipeline, about many places, with verbatim quotes", () => {
    const text = documentText(patterns, 7, BYTES);
    const result = ingestDocumentBytes(Buffer.from(text), syntheticMetadata("synthetic.txt"));
    if (!result.ok) throw new Error(result.problems.join("; "));
    expect(result.facts.length).toBeGreaterThan(100);
    expect(new Set(result.facts.map((fact) => fact.placeCode)).size).toBeGreaterThan(50);
    for (const fact of result.facts) expect(result.document.text.slice(fact.start, fact.end)).toBe(fact.quote);
  });

  it("splits a corpus into documents of at most 50 MB", () => {
    expect(documentSizes(10)).toEqual([10]);
    expect(documentSizes(50)).toEqual([50]);
    expect(documentSizes(200)).toEqual([50, 50, 50, 50]);
    expect(documentSizes(120)).toEqual([50, 50, 20]);
  });
});
