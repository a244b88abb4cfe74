import { PatternMatcher } from "@/places/gazetteer/aho-corasick";
import { foldCodeUnit } from "@/places/gazetteer/characters";

function hits(patterns: string[], text: string, fold?: (c: number) => number) {
  return new PatternMatcher(patterns.map((p) => [p, p] as const), fold)
    .findAll(text)
    .map((h) => [h.start, h.end, h.value])
    .sort((a, b) => Number(a[0]) - Number(b[0]) || Number(a[1]) - Number(b[1]));
}

describe("PatternMatcher", () => {
  it("finds every occurrence, including overlapping and nested ones", () => {
    expect(hits(["インド", "インドネシア", "ネシア"], "インドネシアとインド")).toEqual([
      [0, 3, "インド"],
      [0, 6, "インドネシア"],
      [3, 6, "ネシア"],
      [7, 10, "インド"],
    ]);
  });

  it("follows failure links across partial matches", () => {
    expect(hits(["abcd", "bc", "c"], "abcx")).toEqual([
      [1, 3, "bc"],
      [2, 3, "c"],
    ]);
  });

  it("keeps several values for one pattern and ignores empty patterns", () => {
    const matcher = new PatternMatcher<number>([["ab", 1], ["ab", 2], ["", 3]]);
    expect(matcher.findAll("xab").map((h) => h.value)).toEqual([1, 2]);
  });

  it("matches through a one-to-one fold so offsets stay those of the text", () => {
    expect(hits(["G7"], "のＧ７が", foldCodeUnit)).toEqual([[1, 3, "G7"]]);
  });

  it("counts offsets in UTF-16 code units", () => {
    expect(hits(["ロシア"], "𠮷ロシア")).toEqual([[2, 5, "ロシア"]]);
  });
});
