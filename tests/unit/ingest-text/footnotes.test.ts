import { normaliseDocumentText, paragraphsOfText } from "@/ingest/text";

describe("footnote references", () => {
  it("removes superscript references glued to words (いる¹。, 合意²した)", () => {
    const raw = "ロシアとの交渉に取り組んでいる¹。\n\n協議の開始で合意²した。\n\n¹ 外務省ホームページ参照。\n\n² 首脳会談の結果。";
    const { text, removed } = normaliseDocumentText(raw);
    expect(text).toContain("ロシアとの交渉に取り組んでいる。");
    expect(text).toContain("協議の開始で合意した。");
    expect(text).toContain("¹ 外務省ホームページ参照。");
    expect(removed.filter((s) => s.reason === "footnote-reference").map((s) => s.text)).toEqual(["¹", "²"]);
  });

  it("removes a digit glued before a bracket or comma when the document has that footnote (機構4(CSTO), 招き5、)", () => {
    const raw =
      "集団安全保障条約機構4(CSTO:Collective Security Treaty Organization)加盟国であるアルメニアからは不信を招き5、影響力低下が露呈した。\n\n4 ロシア、ベラルーシなど6か国が加盟する軍事同盟。\n\n5 2024年6月、アルメニアのパシニャン首相は、CSTOからの脱退を示唆。";
    const { text } = normaliseDocumentText(raw);
    expect(text).toContain("集団安全保障条約機構(CSTO:Collective Security Treaty Organization)加盟国であるアルメニアからは不信を招き、影響力低下");
  });

  it("keeps a glued digit when there is no footnote with that number", () => {
    const raw = "集団安全保障条約機構4(CSTO)加盟国である。\n\n5 2024年6月、アルメニアのパシニャン首相は、CSTOからの脱退を示唆。";
    expect(normaliseDocumentText(raw).text).toContain("集団安全保障条約機構4(CSTO)");
  });

  it("removes PDF references set off by a space (諸国 1については, 宣言 2、) but not numbers with units", () => {
    const raw =
      "中央アジア・コーカサス諸国 1については、重要である。日ソ共同宣言 2、東京宣言 3などに基づく。2004 年 6\n月から活動開始。規模はそれぞれ8分の1、13分の1程度に留まる。\n\n1\t 中央アジア諸国は5か国を指す。\n\n2\t 日ソ共同宣言の説明。\n\n3\t 東京宣言の説明。\n\n6\t 四島交流の枠組み。";
    const { text } = normaliseDocumentText(raw);
    expect(text).toContain("中央アジア・コーカサス諸国については、重要である。日ソ共同宣言、東京宣言などに基づく。2004 年 6月から活動開始。規模はそれぞれ8分の1、13分の1程度に留まる。");
  });

  it("removes a reference after a closing quote (「…委員会」8の第9回)", () => {
    const raw = "「貿易経済に関する日露政府間委員会」8の第9回会合を開催した。\n\n8\t 1994 年 11 月に署名された覚書に基づく。";
    expect(normaliseDocumentText(raw).text).toContain("「貿易経済に関する日露政府間委員会」の第9回会合を開催した。");
  });

  it("keeps footnote text that continues past a sentence end when set wider than the body column", () => {
    const body = Array.from({ length: 30 }, () => "日露関係を発展させていく考えで\nある。").join("\n");
    const footnote = "7\t 2007 年には、「2013 年までの極東・ザバイカル経済社会発展連邦目的プログラム」が承認された。\n2010 年も、メドヴェージェフ大統領、プーチン首相による極東・シベリア地域の訪問が相次いだ。";
    const { text } = normaliseDocumentText(`${body}\n\n${footnote}`);
    expect(text).toContain("7 2007 年には、「2013 年までの極東・ザバイカル経済社会発展連邦目的プログラム」が承認された。2010 年も、");
  });

  it("reads the white paper's web notes numbered 1)…, 2)… as notes, each its own paragraph, keeping a note's own glossed year", () => {
    const raw =
      "第4節 ロシア\n\n1 全般\n\nロシアは下院選挙を実施したほか2、各地でデモが行われた。\n\n1)プーチン大統領による年次教書演説(12(平成24)年12月)\n\n2)06(平成18)年5月、プーチン大統領は適正水準を目指すと発言した。";
    const { text } = normaliseDocumentText(raw);
    expect(text).toContain("ロシアは下院選挙を実施したほか、各地でデモが行われた。");
    expect(text).toContain("2)06(平成18)年5月、");
    const kinds = [...paragraphsOfText(text)].map((p) => `${p.kind}:${p.text.slice(0, 3)}`);
    expect(kinds).toEqual(["heading:第4節", "heading:1 全", "body:ロシア", "footnote:1)プ", "footnote:2)0"]);
  });

  it("keeps a short numbered title (1)総論) a heading", () => {
    expect([...paragraphsOfText("1)総論\n\nロシアは改革を進めた。")].map((p) => p.kind)).toEqual(["heading", "body"]);
  });
});
