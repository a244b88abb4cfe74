import { splitInlineHeadingRuns } from "../../../ingest/text/inlineHeadings";
import { normaliseDocumentText, paragraphsOfText, sentencesOfParagraphs } from "../../../ingest/text";

const line = (text: string, lineNo = 1) => ({ text, lineNo });

describe("headings run into a line", () => {
  it("splits the headings a plain-text page runs into its first paragraph from the body", () => {
    const lines = splitInlineHeadingRuns([line("第2章 地域別に見た外交 2 ロシア・ベラルーシ (1)ロシア情勢 ア ロシア内政 2月にロシアが「特別軍事作戦」開始を発表した。")]);
    expect(lines.map((l) => l.text)).toEqual(["第2章 地域別に見た外交", "2 ロシア・ベラルーシ", "(1)ロシア情勢", "ア ロシア内政", "2月にロシアが「特別軍事作戦」開始を発表した。"]);
    expect(lines.every((l) => l.lineNo === 1)).toBe(true);
  });

  it("leaves a single numbered heading, a list item and ordinary text as they are", () => {
    for (const text of ["2 ロシア・ベラルーシ", "(1) 2月に首脳会談が行われた。", "ロシア 2 月 ウクライナ", "1 ロシア"]) {
      expect(splitInlineHeadingRuns([line(text)]).map((l) => l.text)).toEqual([text]);
    }
  });

  it("makes the run the section headings of the first sentence, not words of it", () => {
    const { text } = normaliseDocumentText("第2章 地域別に見た外交 2 ロシア・ベラルーシ (1)ロシア情勢 ア ロシア内政 2月にロシアが作戦開始を発表した。\n");
    const [first] = [...sentencesOfParagraphs(paragraphsOfText(text))];
    expect(first!.text).toBe("2月にロシアが作戦開始を発表した。");
    expect(first!.headings).toContain("2 ロシア・ベラルーシ");
    expect(text.slice(first!.start, first!.end)).toBe(first!.text);
  });
});
