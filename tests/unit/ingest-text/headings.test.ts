import { parseHeading, isTitleShaped } from "@/ingest/text/headings";
import { HeadingStack, MAX_HEADING_DEPTH } from "@/ingest/text/headingStack";

describe("parseHeading", () => {
  it.each([
    ["第6節", "section", 6, ""],
    ["第I部 わが国を取り巻く安全保障環境", "part", 1, "わが国を取り巻く安全保障環境"],
    ["第二章 地域別に見た外交", "chapter", 2, "地域別に見た外交"],
    ["1 ロシア", "arabic", 1, "ロシア"],
    ["5 対外関係", "arabic", 5, "対外関係"],
    ["1.政治対話", "arabic", 1, "政治対話"],
    ["2　中央アジア諸国", "arabic", 2, "中央アジア諸国"],
    ["(4) ベラルーシ", "paren-arabic", 4, "ベラルーシ"],
    ["（1）日露関係", "paren-arabic", 1, "日露関係"],
    ["ア ロシア内政", "katakana", 1, "ロシア内政"],
    ["ウ 日露経済関係", "katakana", 3, "日露経済関係"],
    ["(ア) 安全保障・防衛交流・海上保安", "paren-katakana", 1, "安全保障・防衛交流・海上保安"],
    ["(イ) 文化・人的交流", "paren-katakana", 2, "文化・人的交流"],
    ["① 経済協力", "circled", 1, "経済協力"],
    ["Ⅱ 様々な分野における日露間の協力", "roman", 2, "様々な分野における日露間の協力"],
    ["(1)北朝鮮(拉致問題を含む。)", "paren-arabic", 1, "北朝鮮(拉致問題を含む。)"],
  ])("reads %s as a %s heading", (text, marker, number, title) => {
    expect(parseHeading(text)).toEqual({ marker, number, title });
  });

  it.each(["日露経済関係", "4年ぶりの2+2", "目立つ食い違い", "【ポイント】", "ロシア、中央アジアとコーカサス", "日露外相会談(概要)", "北アフリカ地域情勢(エジプト、リビア、チュニジア、アルジェリア、モロッコ)"])(
    "reads the short line %s as a title",
    (text) => {
      expect(parseHeading(text)?.marker).toMatch(/title|bracketed/);
    },
  );

  it.each([
    "1月15日、プーチン大統領は、年次教書演説において憲法改正の必要性を訴えた。",
    "(1)中曽根大臣より、7月の日露首脳会談の際の発言は心強い旨述べた。",
    "4 ロシア、ベラルーシ、カザフスタン、キルギス、タジキスタン、アルメニアの6か国が加盟する軍事同盟。",
    "日露間では、国際場裏において、北朝鮮、",
    "カザフスタンとの間では、5月及び10月に",
    "最高指導者として初めて北方領土の国後島を",
    "新戦略兵器削減条約(Strategic Arms",
    "19 日、日ソ両国は署名した",
    "言  語: スペイン語",
    "9月3日 国連からの正式要請",
    "平成4年6月15日 国際平和協力法成立",
    "首  都: リマ(Lima)",
    "(1)会談が行われた(於:首相官邸)。",
    "(1) ガイアナ 一九六六年五月二六日",
    "一九六四年七 月 ナイジェリア・ハーストラップ外務省情報局長",
  ])("does not take the sentence or fragment %s for a heading", (text) => {
    expect(parseHeading(text)).toBeUndefined();
  });

  it("limits title length", () => {
    expect(isTitleShaped("様々な分野における日露間の協力")).toBe(true);
    expect(isTitleShaped("様々な分野における日露間の協力", 12)).toBe(false);
  });
});

describe("HeadingStack", () => {
  const headingsAfter = (lines: string[]) => {
    const stack = new HeadingStack();
    for (const line of lines) {
      if (line === "body") stack.body();
      else stack.heading(line);
    }
    return stack.headings;
  };

  it("nests Bluebook headings and replaces a heading of the same type", () => {
    expect(headingsAfter(["第6節", "ロシア、中央アジアとコーカサス", "1 ロシア", "(1) ロシア情勢", "ア ロシア内政", "body", "イ ロシア経済"])).toEqual([
      "第6節 ロシア、中央アジアとコーカサス",
      "1 ロシア",
      "(1) ロシア情勢",
      "イ ロシア経済",
    ]);
    expect(headingsAfter(["第6節", "1 ロシア", "(1) ロシア情勢", "ア ロシア内政", "body", "(2) 日露関係", "ア インド太平洋地域における日露関係"])).toEqual([
      "第6節",
      "1 ロシア",
      "(2) 日露関係",
      "ア インド太平洋地域における日露関係",
    ]);
    expect(headingsAfter(["1 ロシア", "(1) ロシア情勢", "body", "2 中央アジア諸国及びコーカサス諸国など", "(1) 総論"])).toEqual([
      "2 中央アジア諸国及びコーカサス諸国など",
      "(1) 総論",
    ]);
  });

  it("treats numbering that restarts at 1 right under a heading of the same type as a deeper level", () => {
    expect(headingsAfter(["第I部 わが国を取り巻く安全保障環境", "5 対外関係", "1 全般", "body", "2 米国との関係"])).toEqual([
      "第I部 わが国を取り巻く安全保障環境",
      "5 対外関係",
      "2 米国との関係",
    ]);
  });

  it("puts unnumbered titles under the innermost numbered heading, one after another", () => {
    expect(headingsAfter(["1　ロシア", "（1）日露関係", "対露外交の位置付け", "body", "北方領土問題と平和条約交渉"])).toEqual([
      "1　ロシア",
      "（1）日露関係",
      "北方領土問題と平和条約交渉",
    ]);
    expect(headingsAfter(["1　ロシア", "（1）日露関係", "対露外交の位置付け", "body", "（2）ロシア情勢"])).toEqual(["1　ロシア", "（2）ロシア情勢"]);
  });

  it("keeps the titles a page opens with at the bottom of the stack", () => {
    expect(headingsAfter(["日露外相会談", "(概要)", "body", "【ポイント】", "body", "1.政治対話", "body", "2.平和条約締結問題", "(1)実務分野"])).toEqual([
      "日露外相会談",
      "(概要)",
      "2.平和条約締結問題",
      "(1)実務分野",
    ]);
    expect(headingsAfter(["コラム", "body", "4年ぶりの2+2", "body", "目立つ食い違い"])).toEqual(["コラム", "目立つ食い違い"]);
  });
});

describe("HeadingStack bounds", () => {
  it("never grows deeper than MAX_HEADING_DEPTH, however odd the headings", () => {
    const stack = new HeadingStack();
    stack.heading("1 ロシア");
    for (let n = 0; n < 100; n++) stack.heading(`図表の見出し${n}`); // titles with no text under them nest
    expect(MAX_HEADING_DEPTH).toBeLessThan(100);
    expect(stack.headings).toHaveLength(MAX_HEADING_DEPTH);
    expect(stack.headings[0]).toBe("1 ロシア");
    expect(stack.headings.at(-1)).toBe("図表の見出し99");
  });

  it("hands out one shared array per state of the stack", () => {
    const stack = new HeadingStack();
    stack.heading("1 ロシア");
    const first = stack.headings;
    stack.body();
    expect(stack.headings).toBe(first);
    stack.heading("2 中央アジア");
    expect(stack.headings).not.toBe(first);
    expect(first).toEqual(["1 ロシア"]);
  });
});
