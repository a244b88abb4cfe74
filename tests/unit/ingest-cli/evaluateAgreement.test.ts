import { annotationAsFacts } from "@/ingest/evaluation/evaluateAgreement";
import { scoreFacts } from "@/ingest/evaluation/scoreFacts";
import type { DocumentAnnotation } from "@/ingest/evaluation/annotations";

const text = "2020年9月27日、アルメニアとアゼルバイジャンの間で戦闘が始まった。11月10日、停戦が成立した。";
const entry = (quote: string, places: string[], year: number, date?: string) => ({ quote, places, year, ...(date && { date }) });

describe("a second annotation scored against the first", () => {
  it("turns each entry into one fact per place, with its date and the quote's offsets", () => {
    const second: DocumentAnnotation = { document: "x.txt", facts: [entry("11月10日、停戦が成立した。", ["ARM", "AZE"], 2020, "2020-11-10")] };
    const facts = annotationAsFacts(second, text);
    expect(facts.map((f) => [f.placeCode, f.year, f.month, f.day])).toEqual([["ARM", 2020, 11, 10], ["AZE", 2020, 11, 10]]);
    expect(text.slice(facts[0]!.start, facts[0]!.end)).toBe("11月10日、停戦が成立した。");
  });

  it("counts pairs the first annotator has as right, others as extra, and the first's others as missed", () => {
    const first: DocumentAnnotation = {
      document: "x.txt",
      facts: [entry("2020年9月27日、アルメニアとアゼルバイジャンの間で戦闘が始まった。", ["ARM", "AZE", "nagorno-karabakh"], 2020, "2020-09-27")],
    };
    const second: DocumentAnnotation = {
      document: "x.txt",
      facts: [entry("2020年9月27日、アルメニアとアゼルバイジャンの間で戦闘が始まった。", ["ARM", "AZE", "TUR"], 2020, "2020-09-27")],
    };
    const score = scoreFacts(first, text, annotationAsFacts(second, text));
    expect([score.truePositives, score.falsePositives, score.falseNegatives]).toEqual([2, ["TUR@2020"], ["nagorno-karabakh@2020"]]);
    expect([score.datesCorrect, score.datesFound]).toEqual([1, 1]);
  });
});
