import { normaliseDocumentText, paragraphsToSentences, textToParagraphs } from "@/ingest/text";
import { splitSentences } from "@/ingest/text/sentences";

const pieces = (text: string) => splitSentences(text).map(([s, e]) => text.slice(s, e));

describe("splitSentences", () => {
  it("splits on 。 and keeps 。 inside brackets in its sentence", () => {
    const text =
      "その後、新型コロナウイルス感染症（以下「新型コロナ」という。）の感染拡大の影響により投票延期を余儀なくされた。また、5月9日の軍事パレードも延期された。";
    expect(pieces(text)).toEqual([
      "その後、新型コロナウイルス感染症（以下「新型コロナ」という。）の感染拡大の影響により投票延期を余儀なくされた。",
      "また、5月9日の軍事パレードも延期された。",
    ]);
  });

  it("keeps a quotation with several sentences together", () => {
    const text = "『産経新聞』は「ロシアは自国の「裏庭」と位置づける北極海航路に中国が進出していることを警戒している。」としており、これは事実ではある。次の文。";
    expect(pieces(text)).toEqual([
      "『産経新聞』は「ロシアは自国の「裏庭」と位置づける北極海航路に中国が進出していることを警戒している。」としており、これは事実ではある。",
      "次の文。",
    ]);
  });

  it("ignores an unmatched opening bracket instead of swallowing the rest", () => {
    expect(pieces("『産経新聞』は「日本側としては、中国に同調しない。政府高官の発言を伝えている。次の文。")).toEqual([
      "『産経新聞』は「日本側としては、中国に同調しない。",
      "政府高官の発言を伝えている。",
      "次の文。",
    ]);
  });

  it("splits on ！ and ？ and on ASCII ! ? only after Japanese", () => {
    expect(pieces("本当か？そうだ！Su-57?は戦闘機だ。それは何?次へ")).toEqual(["本当か？", "そうだ！", "Su-57?は戦闘機だ。", "それは何?", "次へ"]);
  });

  it("leaves a bullet out of the sentence but keeps numbered markers, which are part of the text", () => {
    expect(pieces("• 11月中旬のAPEC首脳会議の際に日露首脳会談を行うことで一致。")).toEqual(["11月中旬のAPEC首脳会議の際に日露首脳会談を行うことで一致。"]);
    expect(pieces("(イ)中曽根大臣より、考え方を説明。")).toEqual(["(イ)中曽根大臣より、考え方を説明。"]);
    expect(pieces("1. アジア太平洋地域において協力すること。")).toEqual(["1. アジア太平洋地域において協力すること。"]);
  });

  it("ends a photo caption that runs into the text of a flattened page at its credit, and no sentence is made of it", () => {
    const text = "▲津波被害地で遺体捜索に従事するマレーシアの警察官(2005年1月 提供:AFP=時事) 日本は、この深刻な被害に対し迅速な対応をとった。";
    expect(pieces(text)).toEqual(["▲津波被害地で遺体捜索に従事するマレーシアの警察官(2005年1月 提供:AFP=時事)", "日本は、この深刻な被害に対し迅速な対応をとった。"]);
    const [paragraph] = textToParagraphs(normaliseDocumentText(text).text);
    expect(paragraphsToSentences([paragraph!]).map((s) => s.text)).toEqual(["日本は、この深刻な被害に対し迅速な対応をとった。"]);
    expect(pieces("日本は支援した(提供:外務省の資料による)。")).toEqual(["日本は支援した(提供:外務省の資料による)。"]);
  });

  it("marks the event under a chronology's date cell (91年6月 |) as going on in that cell's year", () => {
    const paragraphs = textToParagraphs(normaliseDocumentText("本文。\n\n91年6月 |\n\nスロベニアとクロアチアが独立を宣言した。 |").text);
    const sentences = paragraphsToSentences(paragraphs);
    const event = sentences.find((s) => s.text.startsWith("スロベニア"));
    expect(event?.continuesTable).toBe(true);
  });

  it("marks a row that opens with a date cell giving its year, and not prose that opens with a date", () => {
    const opening = (text: string) => paragraphsToSentences(textToParagraphs(normaliseDocumentText(text).text)).map((s) => s.opensYearCell ?? false);
    expect(opening("|92年2月 |安保理、国連防護隊派遣を決議。 |4月 |米とEC、ボスニアを国家承認。")).toEqual([true, false]);
    expect(opening("92年2月 安保理、国連防護隊派遣を決議。")).toEqual([true]);
    expect(opening("1992年2月、安保理は国連防護隊派遣を決議した。")).toEqual([false]);
    expect(opening("4月 米国がボスニアを承認。")).toEqual([false]);
  });

  it("keeps a paragraph without a sentence end as one sentence", () => {
    expect(pieces("日露間では、国際場裏において、北朝鮮、")).toEqual(["日露間では、国際場裏において、北朝鮮、"]);
  });
});

describe("textToParagraphs and paragraphsToSentences", () => {
  const raw = [
    "第6節",
    "",
    "ロシア、中央アジアと",
    "コーカサス",
    "",
    "1 ロシア",
    "",
    "(1) ロシア情勢",
    "",
    "ア ロシア内政",
    "",
    "1月15日、プーチン大統領は憲法改正の必要性を訴えた。メドヴェージェフ首相は、翌16日の任命を経て辞任した。",
    "",
    "⁴ 日本は「中央アジア+日本」対話の枠組みを2004年に立ち上げた。",
  ].join("\n");
  const { text } = normaliseDocumentText(raw);
  const paragraphs = textToParagraphs(text);
  const sentences = paragraphsToSentences(paragraphs);

  it("classifies paragraphs from their text", () => {
    expect(paragraphs.map((p) => p.kind)).toEqual(["heading", "heading", "heading", "heading", "heading", "body", "footnote"]);
    expect(paragraphs.every((p) => text.slice(p.start, p.end) === p.text)).toBe(true);
  });

  it("gives every sentence its offsets, paragraph and enclosing headings; headings are not sentences", () => {
    expect(sentences.map((s) => s.text)).toEqual([
      "1月15日、プーチン大統領は憲法改正の必要性を訴えた。",
      "メドヴェージェフ首相は、翌16日の任命を経て辞任した。",
      "日本は「中央アジア+日本」対話の枠組みを2004年に立ち上げた。",
    ]);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sentences[0]).toMatchObject({
      index: 0,
      paragraphIndex: 5,
      headings: ["第6節 ロシア、中央アジアとコーカサス", "1 ロシア", "(1) ロシア情勢", "ア ロシア内政"],
      inFootnote: false,
    });
    expect(sentences[2]).toMatchObject({ index: 2, paragraphIndex: 6, headings: [], inFootnote: true });
  });

  it("treats a date line as neither heading nor sentence", () => {
    const dated = textToParagraphs("日露外相会談\n\n平成20年11月5日\n\n2017年03月24日(金)21時30分\n\n11月5日、両大臣は会談した。");
    expect(dated.map((p) => p.kind)).toEqual(["heading", "dateline", "dateline", "body"]);
    expect(paragraphsToSentences(dated).map((s) => s.text)).toEqual(["11月5日、両大臣は会談した。"]);
  });

  it("gives the day of a bracketed dateline under a statement's title to that statement's sentences, and not to the next section", () => {
    const annex = textToParagraphs("(17)外務大臣談話\n\n(1983年3月31日)\n\n1.我が国はこれを支持する。\n\n(18)日ソ共同声明\n\n(モスクワ 1999年8月16日)\n\n双方は協力する。\n\n(19)解説\n\n交渉が続いた。");
    expect(annex.map((p) => p.kind)).toEqual(["heading", "dateline", "body", "heading", "dateline", "body", "heading", "body"]);
    expect(paragraphsToSentences(annex).map((s) => [s.text, s.sectionDay])).toEqual([
      ["1.我が国はこれを支持する。", "1983年3月31日"],
      ["双方は協力する。", "1999年8月16日"],
      ["交渉が続いた。", undefined],
    ]);
  });

  it("gives a chronology's day headings (9月7日) to the sentences under them", () => {
    const chronology = textToParagraphs("1 事件の概要\n\n9月6日\n\n○ 戦闘機が着陸した。\n\n9月7日\n\n○ 外務省は亡命の意志を確認した。");
    expect(paragraphsToSentences(chronology).map((s) => [s.text, s.sectionDay])).toEqual([
      ["○ 戦闘機が着陸した。", "9月6日"],
      ["○ 外務省は亡命の意志を確認した。", "9月7日"],
    ]);
  });

  it("gives a subsection the day of the section heading that names one (1 ベラルーシ(4月25日) › (1)会談)", () => {
    const visit = textToParagraphs("1 ベラルーシ(4月25日)\n\n(1)会談\n\n外相と会談した。\n\n2 ウクライナ\n\n外相と会談した。");
    expect(paragraphsToSentences(visit).map((s) => s.sectionDay)).toEqual(["4月25日", undefined]);
  });

  it("does not take a bracketed date after the section's text has begun for the section's day", () => {
    const late = textToParagraphs("(1)外務大臣談話\n\n我が国はこれを支持する。\n\n(1983年3月31日)\n\n交渉が続いた。");
    expect(paragraphsToSentences(late).map((s) => s.sectionDay)).toEqual([undefined, undefined]);
  });
});
