// Sections of an annual volume dated to a day by their own heading or dateline, through the whole
// pipeline (text stage → dates → facts): a statement in an annex, a chronology.
import { validateDocumentMetadata } from "../../../ingest/metadata";
import { ingestDocumentBytes } from "../../../ingest/pipeline";

/** Each fact of a document of the given kind as "PLACE year-month-day". */
function datedFactsOf(text: string, document: { kind: string; published: string; covers: string; title: string; publisher: string }): string[] {
  const metadata = validateDocumentMetadata({ file: "section.txt", slug: "section", language: "ja", licenceNote: "test", ...document });
  if (!metadata.ok) throw new Error(metadata.problems.join("; "));
  const result = ingestDocumentBytes(new TextEncoder().encode(text), metadata.metadata);
  if (!result.ok) throw new Error(result.problems.join("; "));
  return result.facts.map((f) => `${f.placeCode} ${f.year}-${f.month}-${f.day}`);
}

describe("a statement printed in an annual volume under its title and day", () => {
  it("dates the statement's undated sentences to its day, not to the year the volume reviews", () => {
    const text = "(17)INF交渉に関する外務大臣談話\n\n(1983年3月31日)\n\n1.今般米国はソ連と交渉する用意がある旨を明らかにした。\n\n2.我が国はこれを高く評価し、支持する。\n";
    const dated = datedFactsOf(text, { title: "わが外交の近況 資料", publisher: "外務省", kind: "diplomatic_bluebook", published: "1983", covers: "1982-1983" });
    expect(dated.sort()).toEqual(["JPN 1983-3-31", "RUS 1983-3-31", "USA 1983-3-31"]);
  });
});

describe("a chronology set out under day headings in an annual volume", () => {
  it("dates each day's items to that day of the year under review, even in a white paper", () => {
    const text = "第4章 ミグ25事件\n\n9月6日\n\n○ ソ連の戦闘機が函館空港に着陸した。\n\n9月7日\n\n○ 外務省は、乗員の米国への亡命の意志を確認した。\n";
    const dated = datedFactsOf(text, { title: "防衛白書 第4章", publisher: "防衛庁", kind: "defense_white_paper", published: "1977", covers: "1976" });
    expect(dated.sort()).toEqual(["RUS 1976-9-6", "USA 1976-9-7"]);
  });
});

describe("a chronology set out as rows of a date and what happened", () => {
  it("reads each row as a statement of its own, and a row without a year in the year of the row above", () => {
    const text = "資料40 カンボディア国際平和協力業務\n1 経過\n平成4年6月15日  国際平和協力法成立\n    8月11日  カンボディア派遣の準備に関する長官指示\n    9月17日  第1次カンボディア派遣施設大隊出発開始\n平成5年3月16日  第2次停戦監視要員出発\n    9月16日  第2次停戦監視要員帰国\n";
    const dated = datedFactsOf(text, { title: "防衛白書 資料", publisher: "防衛庁", kind: "defense_white_paper", published: "1994", covers: "1992-1993" });
    expect(dated).toEqual(["KHM 1992-6-15", "KHM 1992-8-11", "KHM 1992-9-17", "KHM 1993-3-16", "KHM 1993-9-16"]);
  });
});
