// The text stage on made-up documents in the style of other Bluebook years, MOFA press releases and
// news sites (tests/unit/ingest-text/fixtures/README.md).
import { readFileSync } from "node:fs";
import path from "node:path";
import { normaliseDocumentText, paragraphsToSentences, textToParagraphs } from "@/ingest/text";

function run(name: string) {
  const { text, removed } = normaliseDocumentText(readFileSync(path.join(__dirname, "fixtures", name), "utf8"));
  const paragraphs = textToParagraphs(text);
  return { text, removed, paragraphs, sentences: paragraphsToSentences(paragraphs) };
}

describe("a Bluebook section extracted from PDF", () => {
  const { text, removed, sentences } = run("bluebook-style-pdf.txt");

  it("rejoins a sentence split by a page's footnote, caption, footer, running head and chapter tab", () => {
    expect(sentences.map((s) => s.text)).toContain(
      "一方、11月には北京でのAPEC首脳会議の際に日露首脳会談が行われ、翌10日には、両首脳が色丹島を含む北方四島の問題について意見交換を行い、平和条約締結交渉を前進させることで一致した。",
    );
    expect(removed.map((s) => s.reason)).toEqual(
      expect.arrayContaining(["footnote-reference", "furigana", "layout-marker", "caption", "page-header-footer"]),
    );
    expect(text).not.toMatch(/外交青書|写真提供|しこたん|¹。/);
  });

  it("keeps the footnote as a footnote and the titles as headings", () => {
    expect(sentences.find((s) => s.inFootnote)?.text).toBe("ウクライナ情勢に関する日本の立場については外務省ホームページを参照。");
    expect(sentences.at(-1)).toMatchObject({
      text: "プーチン大統領の支持率は、クリミア「併合」後、80％を超える高い水準で推移した。",
      headings: ["第3節 ロシア、中央アジアとコーカサス", "1　ロシア", "（2）ロシア情勢", "ロシア内政"],
    });
  });
});

describe("a MOFA press release web page", () => {
  const { text, paragraphs, sentences } = run("mofa-press-release.txt");

  it("drops the breadcrumb, buttons, related links and back-to-top link", () => {
    expect(text).not.toMatch(/ホーム >|^印刷$|関連リンク|ページの先頭へ戻る|ウズベキスタン共和国$/m);
  });

  it("keeps the dateline apart and reads sentences with full-width commas", () => {
    expect(paragraphs.filter((p) => p.kind === "dateline").map((p) => p.text)).toEqual(["令和元年12月18日"]);
    expect(sentences).toHaveLength(3);
    expect(sentences[2]).toMatchObject({ headings: ["日・ウズベキスタン外相会談", "2　二国間関係"] });
    expect(sentences[0]!.text.startsWith("12月18日，午前10時から約45分間，茂木敏充外務大臣は，")).toBe(true);
  });
});

describe("a news article web page", () => {
  const { text, paragraphs, sentences } = run("news-article.txt");

  it("keeps the article text after an ad label and cuts related articles and rankings", () => {
    expect(sentences.map((s) => s.text)).toEqual([
      "プーチン大統領は25日、隣国ベラルーシに戦術核兵器を配備すると表明した。",
      "配備は7月1日までに完了するとしている。",
      "ベラルーシのルカシェンコ大統領は、配備を歓迎する意向を示した。",
      "欧米諸国は反発を強めている。",
    ]);
    expect(text).not.toMatch(/広告|ICBM|円相場|台風/);
  });

  it("takes the headline above the dateline for a heading", () => {
    expect(paragraphs.slice(0, 3).map((p) => [p.kind, p.text])).toEqual([
      ["heading", "ワールド"],
      ["heading", "ロシア、ベラルーシに戦術核配備へ　プーチン氏が表明"],
      ["dateline", "2023年3月26日(日)10時15分"],
    ]);
  });
});
