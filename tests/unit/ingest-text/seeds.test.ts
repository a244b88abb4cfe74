// The whole text stage run on each seed document, checked for the invariants later stages rely on.
import { readFileSync } from "node:fs";
import path from "node:path";
import { decodeDocumentBytes } from "@/ingest/read";
import { normaliseDocumentText, paragraphsToSentences, textToParagraphs } from "@/ingest/text";

const DIR = path.join(__dirname, "../../../data/documents");
const manifest = JSON.parse(readFileSync(path.join(DIR, "manifest.json"), "utf8")) as { documents: { file: string }[] };
const files = manifest.documents.map((d) => d.file);

function runStage(file: string) {
  const decoded = decodeDocumentBytes(readFileSync(path.join(DIR, file)));
  if (!decoded.ok) throw new Error(decoded.problem);
  const normalised = normaliseDocumentText(decoded.text);
  const paragraphs = textToParagraphs(normalised.text);
  return { decoded, ...normalised, paragraphs, sentences: paragraphsToSentences(paragraphs) };
}
const stages = new Map(files.map((file) => [file, runStage(file)]));
const stage = (prefix: string) => [...stages.entries()].find(([file]) => file.startsWith(prefix))![1];

const PAGE_CHROME = [
  /外交青書 ?20\d\d/,
  /このページのトップへ戻る/,
  /目次へ戻る/,
  /世界地図/,
  /スキーリゾート/,
  /人気ランキング|ニュース速報|オススメ|プロフィール/,
  /REUTERS/,
  /QRコード|URL:/,
  /^参照/,
  /くなしり|えとろふ|しこたん/,
  /\^\{|\^[\u3041-\u30ff]/,
];

describe.each(files)("text stage on %s", (file) => {
  const { decoded, text, paragraphs, sentences } = stages.get(file)!;

  it("decodes the seed as UTF-8 and finds sentences", () => {
    expect(decoded.ok && decoded.encoding).toBe("utf-8");
    expect(sentences.length).toBeGreaterThan(10);
  });

  it("gives paragraph and sentence offsets that slice the normalised text exactly", () => {
    for (const p of paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.index)).toEqual(sentences.map((_, i) => i));
  });

  it("lets no page chrome into a sentence", () => {
    const offending = sentences.filter((s) => PAGE_CHROME.some((pattern) => pattern.test(s.text))).map((s) => s.text);
    expect(offending).toEqual([]);
  });

  it("never makes a sentence of a heading and never leaves stray whitespace", () => {
    const headingTexts = new Set(paragraphs.filter((p) => p.kind === "heading").map((p) => p.text));
    for (const s of sentences) expect(headingTexts.has(s.text)).toBe(false);
    for (const s of sentences) expect(s.text).toBe(s.text.trim());
    expect(text).not.toMatch(/\n{3,}| \n|\n /);
  });

  it("is stable: normalising the normalised text changes nothing", () => {
    expect(normaliseDocumentText(text).text).toBe(text);
  });
});

describe("seed-specific outcomes", () => {
  it("001: the islands glossed with furigana read whole", () => {
    const { text } = stage("001");
    for (const name of ["国後島", "択捉島", "色丹島", "歯舞群島", "細川護熙"]) expect(text).toContain(name);
    expect(text).not.toMatch(/くなしり|えとろふ|しこたん|はぼ|もり\n/);
    expect(text).toContain("11月1日のメドヴェージェフ大統領による国後島訪問と、日本としては看過できない動きが続き");
  });

  it("001: sentences carry the Bluebook's heading path", () => {
    const sentence = stage("001").sentences.find((s) => s.text.startsWith("キルギスでは、4月に政変が発生し"))!;
    expect(sentence.headings).toEqual(["第5節 ロシア、中央アジアとコーカサス", "2　中央アジア諸国"]);
  });

  it("000: a paragraph broken by a photo caption and a footnote mark reads as one sentence", () => {
    const { sentences } = stage("000");
    expect(sentences.map((s) => s.text)).toContain(
      "北方領土は我が国が主権を有する島々であり、政府としては、首脳間及び外相間で緊密な対話を重ねつつ、北方四島の帰属の問題を解決して平和条約を締結するとの基本方針の下、ロシアとの交渉に精力的に取り組んでいる。",
    );
    const sentence = sentences.find((s) => s.text.startsWith("9月27日、アルメニアとアゼルバイジャン"))!;
    expect(sentence.headings.at(-1)).toBe("(3) コーカサス諸国");
  });

  it("002: footnote numbers glued to words are gone, the footnotes themselves are kept", () => {
    const { text, sentences } = stage("002");
    expect(text).toContain("集団安全保障条約機構(CSTO:Collective Security Treaty Organization)");
    expect(text).not.toMatch(/機構4\(|招き5、|おり6、/);
    const footnote = sentences.find((s) => s.text.startsWith("2024年6月、アルメニアのパシニャン首相は"))!;
    expect(footnote).toMatchObject({ inFootnote: true, headings: [] });
  });

  it("003: the site navigation is gone and the meeting's sections are headings", () => {
    const { text, sentences } = stage("003");
    expect(text.startsWith("日露外相会談")).toBe(true);
    const sentence = sentences.find((s) => s.text.startsWith("日露刑事共助条約が近く署名できる"))!;
    expect(sentence.headings).toEqual(["日露外相会談", "(概要)", "3.その他の協力", "(1)実務分野"]);
  });

  it("004: the column ends where the page's profile, ticker and rankings begin", () => {
    const { text } = stage("004");
    expect(text).toMatch(/中国と明示的な敵対関係に陥ることを警戒している。$/);
    expect(text).not.toMatch(/スイス|爆発|ウクライナ水中ドローン|腸が弱ると|IMF予測|小泉悠/);
  });
});
