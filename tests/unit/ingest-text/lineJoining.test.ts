import { normaliseDocumentText } from "@/ingest/text";

describe("joining lines broken by extraction", () => {
  it("joins lines wrapped mid-sentence without a space and breaks paragraphs after a sentence end", () => {
    const raw = "日本とロシアは、アジア太平洋地域におけ\nる重要な隣国である。両国が、変化の激しい\nこの地域のパートナーである。\nロシアは、極東・東シベリア地域の開発を\n進めている。";
    expect(normaliseDocumentText(raw).text).toBe(
      "日本とロシアは、アジア太平洋地域における重要な隣国である。両国が、変化の激しいこの地域のパートナーである。\n\nロシアは、極東・東シベリア地域の開発を進めている。",
    );
  });

  it("puts a space only where two Latin words meet at the break", () => {
    expect(normaliseDocumentText("新戦略兵器削減条約(Strategic Arms\nReduction Treaty)に署名した。").text).toBe("新戦略兵器削減条約(Strategic Arms Reduction Treaty)に署名した。");
    expect(normaliseDocumentText("2011年1\n月にはモスクワ郊外でテロ事件が発生した。").text).toBe("2011年1月にはモスクワ郊外でテロ事件が発生した。");
  });

  it("continues a paragraph across a page break with a photo caption in between", () => {
    const raw = "北方四島の帰属の問題を解決して、ロシアとの交渉に精力的に取り組んで\n\n\n\n日露外相会談（2月15日、ドイツ・ミュンヘン）\n\nいる。\n\n2020年は、2月の日露外相会談以降、協議が困難となった。";
    const { text, removed } = normaliseDocumentText(raw);
    expect(text).toBe("北方四島の帰属の問題を解決して、ロシアとの交渉に精力的に取り組んでいる。\n\n2020年は、2月の日露外相会談以降、協議が困難となった。");
    expect(removed).toContainEqual({ reason: "caption", text: "日露外相会談（2月15日、ドイツ・ミュンヘン）", line: 5 });
  });

  it("continues a paragraph across footnotes and moves the footnotes after it", () => {
    const raw = "カザフスタンとの間では、5月及び10月に\n\n⁴ 日本は「中央アジア+日本」対話の枠組みを2004年に立ち上げた。\n\n茂木外務大臣とトレウベルディ外相との間で電話会談を行った。";
    expect(normaliseDocumentText(raw).text).toBe(
      "カザフスタンとの間では、5月及び10月に茂木外務大臣とトレウベルディ外相との間で電話会談を行った。\n\n⁴ 日本は「中央アジア+日本」対話の枠組みを2004年に立ち上げた。",
    );
  });

  it("keeps each row of a data table a paragraph of its own", () => {
    const raw = "ペルー\n首  都: リマ(Lima)\n言  語: スペイン語\n略史:1821年、スペインより独立。";
    expect(normaliseDocumentText(raw).text).toBe("ペルー\n\n首 都: リマ(Lima)\n\n言 語: スペイン語\n\n略史:1821年、スペインより独立。");
  });

  it("joins a line that looks like a chronology's row when it goes on with an unfinished sentence", () => {
    const raw = "ロシアは、同国との関係を重視し、首脳会談を重ねてきた。同国は\n9月3日 タジキスタンとの間で協定に署名した。";
    expect(normaliseDocumentText(raw).text).toBe("ロシアは、同国との関係を重視し、首脳会談を重ねてきた。同国は9月3日 タジキスタンとの間で協定に署名した。");
  });

  it("keeps a short title line apart from the paragraph under it", () => {
    const raw = "4年ぶりの2+2\n\n3月20日、日露外務・防衛担当閣僚協議(2+2)が東京で開催された。";
    expect(normaliseDocumentText(raw).text).toBe("4年ぶりの2+2\n\n3月20日、日露外務・防衛担当閣僚協議(2+2)が東京で開催された。");
  });

  it("joins a short line to a next line that cannot open a sentence, but not to one that can", () => {
    expect(normaliseDocumentText("日本はロシアに対する制裁措置を発表\nした。").text).toBe("日本はロシアに対する制裁措置を発表した。");
    expect(normaliseDocumentText("ロシア内政\nまた、プーチン大統領の支持率は高い水準で推移した。").text).toBe(
      "ロシア内政\n\nまた、プーチン大統領の支持率は高い水準で推移した。",
    );
  });

  it("joins a title wrapped over two lines (ロシア、中央アジアと / コーカサス)", () => {
    expect(normaliseDocumentText("第6節\n\nロシア、中央アジアと\nコーカサス\n\n1 ロシア").text).toBe("第6節\n\nロシア、中央アジアとコーカサス\n\n1 ロシア");
  });

  it("does not join a paragraph to text that follows a heading", () => {
    const raw = "日露間では、国際場裏において、北朝鮮、\n\n（2）ロシア情勢\n\nメドヴェージェフ大統領とプーチン首相の二頭体制は順調に機能している。";
    expect(normaliseDocumentText(raw).text.split("\n\n")).toEqual([
      "日露間では、国際場裏において、北朝鮮、",
      "（2）ロシア情勢",
      "メドヴェージェフ大統領とプーチン首相の二頭体制は順調に機能している。",
    ]);
  });
});

describe("character normalisation", () => {
  it("folds full-width digits and letters but keeps Japanese punctuation", () => {
    const { text } = normaliseDocumentText("第５節\n\n日本貿易振興機構（ＪＥＴＲＯ）は「中央アジア＋日本」対話に参加した。");
    expect(text).toBe("第5節\n\n日本貿易振興機構（JETRO）は「中央アジア＋日本」対話に参加した。");
  });

  it("keeps the source's spacing around digits but turns tabs and runs of spaces into one space", () => {
    const raw = "2\t ソ連による署名拒否を受け、1955 年 6 月から  1956 年 10 月にかけて交渉を行ったが、合意に至らなかった。";
    expect(normaliseDocumentText(raw).text).toBe("2 ソ連による署名拒否を受け、1955 年 6 月から 1956 年 10 月にかけて交渉を行ったが、合意に至らなかった。");
  });

  it("keeps the space of a numbered heading (1 ロシア)", () => {
    expect(normaliseDocumentText("1 ロシア\n\n(1) ロシア情勢").text).toBe("1 ロシア\n\n(1) ロシア情勢");
  });
});

describe("footnote numbers at the end of a web paragraph", () => {
  it("ends a web paragraph at a sentence's footnote number instead of running it into the next", () => {
    const raw = "ロシアは、極東地域における軍事態勢の強化の一環として、同島に新たな沿岸防衛部隊を配備している12\n\n08(平成20)年5月には、大統領が交代した。";
    expect(normaliseDocumentText(raw).text).toBe(raw);
  });

  it("still runs a paragraph on when its last number is not after a sentence-final verb", () => {
    const raw = "両国間の貿易額は、エネルギー分野の取引が拡大したことを背景として、前年と比べると約12\n\n%増加した。";
    expect(normaliseDocumentText(raw).text).toBe("両国間の貿易額は、エネルギー分野の取引が拡大したことを背景として、前年と比べると約12%増加した。");
  });
});
