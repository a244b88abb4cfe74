import { normaliseDocumentText } from "@/ingest/text";
import { chromeReason, navigationItems } from "@/ingest/text/chrome";

const reasonsOf = (raw: string) => normaliseDocumentText(raw).removed.map((span) => `${span.reason}:${span.text}`);

describe("page furniture lines", () => {
  it.each([
    ["世界地図 アジア | 北米 | 中南米 | 欧州(NIS諸国を含む) | 大洋州 | 中東 | アフリカ", "navigation"],
    ["このページのトップへ戻る", "navigation"],
    ["目次へ戻る", "navigation"],
    ["ページの先頭へ戻る", "navigation"],
    ["Contents", "navigation"],
    ["97外交青書 2011", "page-header-footer"],
    ["外交青書 2012 103", "page-header-footer"],
    ["- 12 -", "page-header-footer"],
    ["ア イ", "layout-marker"],
    ["ウ", "layout-marker"],
    ["参照2章3項2(NATO加盟国などの対応)", "cross-reference"],
    ["動画アイコンQRコード資料:最近の国際軍事情勢(ロシア)", "media-link"],
    ["URL:https://www.mod.go.jp/j/surround/index.html", "media-link"],
    ["図表I-3-5-4 中露による共同飛行(2024年度)", "figure"],
    ["日本の輸出額 （億円） 日本の輸入額 （億円）", "figure"],
    ["左からロシアのショイグ国防相、ラブロフ外相 David Mareuil-REUTERS", "caption"],
    ["ホーム > 会見・発表・広報 > プレスリリース", "navigation"],
    ["印刷", "navigation"],
    ["広告", "advertisement"],
  ])("recognises %s as %s", (line, reason) => {
    expect(chromeReason(line, new Set())).toBe(reason);
  });

  it.each([
    "1 ロシア",
    "ア ロシア内政",
    "日ソ・日露貿易高の推移",
    "3月20日、日露外務・防衛担当閣僚協議(2+2)が東京で開催された。",
    "参照：北方領土問題に関する立場はホームページにある。",
  ])("keeps %s", (line) => {
    expect(chromeReason(line, new Set())).toBeUndefined();
  });

  it("drops a breadcrumb that repeats an item of the site menu", () => {
    const nav = "世界地図 アジア | 北米 | 欧州(NIS諸国を含む) | 中東";
    expect(navigationItems(nav)).toContain("欧州(NIS諸国を含む)");
    expect(reasonsOf(`欧州(NIS諸国を含む)\n\n${nav}\n\n日露外相会談\n\n両大臣は会談した。`)).toEqual([
      "navigation:欧州(NIS諸国を含む)",
      `navigation:${nav}`,
    ]);
  });

  it("drops a chapter tab printed one character per line down the page edge", () => {
    const raw = "新型コロナ収束後、経済分野を始め両国の交流を更に活性化させることで一致し\n\n第\n２\n章\n\nた。";
    const { text, removed } = normaliseDocumentText(raw);
    expect(text).toBe("新型コロナ収束後、経済分野を始め両国の交流を更に活性化させることで一致した。");
    expect(removed.map((span) => span.text)).toEqual(["第", "2", "章"]);
  });

  it("drops a running head that repeats the section headings", () => {
    const raw = "第５節\n\nロシア、中央アジアと\nコーカサス\n\n1 ロシア\n\n日露経済関係は近年着実に拡大しているが、省エネル\n\n97外交青書 2011\n\n第５節ロシア、中央アジアと コーカサス\n\nギー分野での協力が進んでいる。";
    const { text, removed } = normaliseDocumentText(raw);
    expect(text).toContain("日露経済関係は近年着実に拡大しているが、省エネルギー分野での協力が進んでいる。");
    expect(removed.map((span) => span.reason)).toEqual(["page-header-footer", "page-header-footer"]);
  });

  it("drops captions whose bracket says when or where the photo was taken, but keeps such text inside a paragraph", () => {
    const raw =
      "日露青年交流事業の一つ、オンライン日本語履修高校生交流（11月、写真提供：日露青年交流センター）\n\n首脳会談が行われた（6月、於：カナダ）。";
    const { text, removed } = normaliseDocumentText(raw);
    expect(text).toBe("首脳会談が行われた（6月、於：カナダ）。");
    expect(removed.map((span) => span.reason)).toEqual(["caption"]);
  });

  it("drops a line that credits its photo between paragraphs of a page, but keeps a heading dated in brackets", () => {
    const raw = "【総論】\n2001年には、EUは統合を進めた。\n宮中晩餐でノルウェー国王両陛下をお迎えした天皇皇后両陛下(3月)(提供:宮内庁)\n日・フィンランド首脳会談(令和元年10月21日)\n両首脳は会談した。";
    const { text, removed } = normaliseDocumentText(raw);
    expect(text).not.toContain("宮中晩餐");
    expect(text).toContain("日・フィンランド首脳会談(令和元年10月21日)");
    expect(removed.map((r) => r.reason)).toEqual(["caption"]);
  });

  it("drops a caption marked with a triangle between two paragraphs, not joining it to the next one", () => {
    const raw = "パキスタンとの関係は進展した。\n▲アジーズ・パキスタン首相を表敬する麻生外務大臣(2006年1月5日、イスラマバード)\n10月には首脳会談が行われた。";
    const { text, removed } = normaliseDocumentText(raw);
    expect(text).toBe("パキスタンとの関係は進展した。\n\n10月には首脳会談が行われた。");
    expect(removed.map((r) => r.reason)).toEqual(["caption"]);
    expect(chromeReason("▲印は、今回新たに加わった項目を示す。", new Set())).toBeUndefined();
  });

  it("drops a caption labelled (写真) right under the page's date, and does not run it into the text", () => {
    const raw = "日ウクライナ書簡の交換\n\n平成24年1月27日\n(写真)政務官と大使による書簡の交換\n\n\n1. 1月26日、書簡を交換しました。";
    const { text, removed } = normaliseDocumentText(raw);
    expect(text).toBe("日ウクライナ書簡の交換\n\n平成24年1月27日\n\n1. 1月26日、書簡を交換しました。");
    expect(removed.map((span) => [span.reason, span.text])).toEqual([["caption", "(写真)政務官と大使による書簡の交換"]]);
  });

  it("parts a page's date from the first line of text it was run into, but not a sentence that opens with a date", () => {
    expect(normaliseDocumentText("平成16年5月15日 14日現地時間午後、外相会談が行われた。").text).toBe("平成16年5月15日\n\n14日現地時間午後、外相会談が行われた。");
    expect(normaliseDocumentText("2020年9月27日 に戦闘が発生した。").text).toBe("2020年9月27日 に戦闘が発生した。");
  });

  it("keeps a numbered heading that ends in its dates in brackets: a heading, not a caption", () => {
    const raw = "1.カザフスタン訪問の概要(8月28日~29日)\n\n両首脳は会談した。";
    expect(normaliseDocumentText(raw)).toEqual({ text: raw, removed: [] });
  });

  it("keeps a day alone in brackets under a statement's title: a dateline, not a caption", () => {
    const raw = "(17)外務大臣談話\n\n(1983年3月31日)\n\n我が国はこれを支持する。";
    expect(normaliseDocumentText(raw)).toEqual({ text: raw, removed: [] });
  });

  it("drops a white paper's photo caption credited in 【】, and its repeat wrapped over lines", () => {
    const raw =
      "2021年9月、戦略演習を視察するプーチン大統領(中央)及びショイグ国防相(右)【ロシア大統領府】\n\n2021年9月、戦略演習を視察する\nプーチン大統領(中央)及びショイグ国防相\n(右)【ロシア大統領府】\n\n同年6月の米露首脳会談において、米露は対話の開始に合意した。";
    const { text, removed } = normaliseDocumentText(raw);
    expect(text).toBe("同年6月の米露首脳会談において、米露は対話の開始に合意した。");
    expect(removed.every((span) => span.reason === "caption")).toBe(true);
  });
});

describe("the tail of a web article", () => {
  const article = "コラム\n\n3月20日、日露外務・防衛担当閣僚協議(2+2)が東京で開催された。\n\nロシアは中国と明示的な敵対関係に陥ることを警戒している。";

  it("cuts everything from an article-end marker such as プロフィール or ニュース速報", () => {
    const raw = `${article}\n\nプロフィール\n\n小泉悠\n\nニュース速報\n\nワールド\n\nスイス・スキーリゾートのバーで爆発、約40人死亡・`;
    const { text, removed } = normaliseDocumentText(raw);
    expect(text).not.toMatch(/スイス|プロフィール|小泉悠/);
    expect(removed.every((span) => span.reason === "web-page-tail")).toBe(true);
    expect(removed).toHaveLength(5);
  });

  it("cuts a numbered ranking list even without a marker", () => {
    const items = [1, 2, 3, 4].map((n) => `  • ${n}\n    見出し${n}の記事...続きは…`).join("\n");
    expect(normaliseDocumentText(`${article}\n${items}`).text).toBe(normaliseDocumentText(article).text);
  });

  it("cuts a long run of lines without a sentence at the end of a page", () => {
    const tail = Array.from({ length: 9 }, (_, n) => `関連リンク${n}`).join("\n");
    expect(normaliseDocumentText(`${article}\n\n${tail}`).text).toBe(normaliseDocumentText(article).text);
  });

  it("keeps a document that has no tail", () => {
    expect(normaliseDocumentText(article).removed).toEqual([]);
  });
});
