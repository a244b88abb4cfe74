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
    // the law and the contingent are Japan's; the rows that name no place take the heading's Cambodia and Japan
    expect(dated).toEqual(["JPN 1992-6-15", "KHM 1992-8-11", "KHM 1992-9-17", "JPN 1992-9-17", "KHM 1993-3-16", "JPN 1993-3-16", "KHM 1993-9-16", "JPN 1993-9-16"]);
  });
});

describe("tables of an old volume typeset with kanji numerals", () => {
  it("reads a visitors' table row by row, a month-only row in the year of the row above", () => {
    const text = "(3) 人物交流\n一九六四年四月一日から一九六五年三月末日までの期間にアフリカ諸国からわが国を訪れた要人は次のとおりである。\n一九六四年七 月 ナイジェリア・ハーストラップ外務省情報局長\n八 月 トーゴー・アジャヴォン駐米兼国連大使\n";
    const dated = datedFactsOf(text, { title: "わが外交の近況", publisher: "外務省", kind: "diplomatic_bluebook", published: "1965", covers: "1964-1965" });
    expect(dated.filter((f) => /^(NGA|TGO|USA) /.test(f))).toEqual(["NGA 1964-7-null", "TGO 1964-8-null"]);
  });

  it("reads a list of names and days (independence, special envoys) as dated entries, not headings", () => {
    const text = "2 独立式典への特派大使の派遣\n(1) ガイアナ 一九六六年五月二六日\n佐藤洋之助 (衆議院議員)\n(2) バルバドス 一九六六年一一月三〇日\n光藤俊雄 (駐ヴェネズェラ大使)\n";
    const dated = datedFactsOf(text, { title: "わが外交の近況", publisher: "外務省", kind: "diplomatic_bluebook", published: "1967", covers: "1966-1967" });
    expect(dated).toEqual(expect.arrayContaining(["GUY 1966-5-26", "BRB 1966-11-30"]));
  });
});

describe("a country profile's data table", () => {
  it("dates each yearly figure of a statistics row by its own year, and the row by no other", () => {
    const text = "ペルー\n基礎データ\n首  都: リマ(Lima)\n言  語: スペイン語\n経済成長率: 7.0%(1995年)、13.1%(1994年)、 6.4%(1993年)\n通   貨: ヌエボ・ソル(1ドル=2.3ヌエボ・ソル)\n";
    const dated = datedFactsOf(text, { title: "外交青書 1997年版 第2部 各国・地域情勢 ペルー", publisher: "外務省", kind: "diplomatic_bluebook", published: "1997", covers: "1996" });
    expect(dated.sort()).toEqual(["PER 1993-null-null", "PER 1994-null-null", "PER 1995-null-null"]);
  });
});
