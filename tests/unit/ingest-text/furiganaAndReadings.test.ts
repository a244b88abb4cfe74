import { normaliseDocumentText } from "@/ingest/text";

describe("interleaved furigana from PDF extraction", () => {
  it("joins the kanji around a reading separated by blank lines (国後島, 択捉島)", () => {
    const raw = "最高指導者として初めて北方領土の国\n\nくなしり\n\n後島を\n訪問するという極めて遺憾な出来事が起きた。";
    const { text, removed } = normaliseDocumentText(raw);
    expect(text).toBe("最高指導者として初めて北方領土の国後島を訪問するという極めて遺憾な出来事が起きた。");
    expect(removed).toContainEqual({ reason: "furigana", text: "くなしり", line: 3 });
    expect(normaliseDocumentText("7月初めの択\n\nえとろふ\n\n捉島における軍事演習の実施。").text).toBe("7月初めの択捉島における軍事演習の実施。");
  });

  it("removes readings that follow their kanji directly (歯\\nはぼ\\n\\n舞\\nまい\\n\\n群島)", () => {
    const raw = "色\n\nしこたん\n\n丹島、歯\nはぼ\n\n舞\nまい\n\n群島を除き、意見が一致する見通しが立たなかった。";
    expect(normaliseDocumentText(raw).text).toBe("色丹島、歯舞群島を除き、意見が一致する見通しが立たなかった。");
  });

  it("keeps a hiragana-only line that does not sit between kanji", () => {
    const raw = "協議を継続していくことで一致した。\n\nまとめ\n\n日本は引き続き取り組む。";
    expect(normaliseDocumentText(raw).text).toContain("まとめ");
  });
});

describe("inline readings", () => {
  it("drops a reading in braces after the word (舵取り^{かじ}, 瑕疵^{かし})", () => {
    const { text, removed } = normaliseDocumentText("感染症対策と経済の両立について厳しい舵取り^{かじ}を迫られる局面が見られた。");
    expect(text).toBe("感染症対策と経済の両立について厳しい舵取りを迫られる局面が見られた。");
    expect(removed).toEqual([{ reason: "inline-reading", text: "^{かじ}", line: 1 }]);
    expect(normaliseDocumentText("手続の瑕疵^{かし}を理由として立候補できない状況となった。").text).toBe("手続の瑕疵を理由として立候補できない状況となった。");
  });

  it("drops a one-kana reading without braces (動き^いに)", () => {
    expect(normaliseDocumentText("軍備強化に向けた動き^いに対しては申し入れている。").text).toBe("軍備強化に向けた動きに対しては申し入れている。");
  });
});
