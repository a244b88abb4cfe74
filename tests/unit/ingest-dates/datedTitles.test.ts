import { datesOfSentences, documentDateContext } from "@/ingest/dates";

// Defense of Japan 2011: a survey of 2009–2011, so an undated sentence has no year of its own.
const WHITE_PAPER_2011 = documentDateContext({ coversFrom: 2009, coversTo: 2011, published: { year: 2011 } });
const sentence = (text: string, paragraphIndex: number) => ({ text, paragraphIndex, headings: ["1 基本姿勢"] });

describe("paragraphs that go on describing a document dated before", () => {
  it("run in the document's year when they open on its title, or on 同戦略", () => {
    const dated = datesOfSentences(
      [
        sentence("09(平成21)年5月に承認された「2020年までのロシア連邦国家安全保障戦略」は、内外政策分野の目標を定めたものである。", 0),
        sentence("「国家安全保障戦略」では、ロシアの影響力が強化されていると捉えている。", 1),
        sentence("また、米国のミサイル防衛システムの欧州配備に警戒感を示している。", 1),
        sentence("同戦略は、CIS諸国との連携強化を掲げている。", 2),
      ],
      WHITE_PAPER_2011,
    );
    expect(dated.slice(1).map((d) => d.context.runningYear)).toEqual([2009, 2009, 2009]);
  });

  it("date each title by the date right before it, not by a date inside a title or after it", () => {
    const dated = datesOfSentences(
      [
        sentence("本年5月、メドベージェフ大統領は「2020年までのロシア連邦国家安全保障戦略」を承認した。", 0),
        sentence("「国家安全保障戦略」は、00(平成12)年1月に改定した「ロシア連邦国家安全保障コンセプト」に代わるものである。", 0),
        sentence("「国家安全保障戦略」では、ロシアの影響力が強化されていると捉えている。", 1),
        sentence("「ロシア連邦国家安全保障コンセプト」では、多極化を掲げていた。", 2),
        sentence("「対外政策概念」では、多極化を掲げている。", 3),
      ],
      WHITE_PAPER_2011,
    );
    expect(dated.slice(2).map((d) => d.context.runningYear)).toEqual([2011, 2000, undefined]);
  });

  it("run in the year of a document dated without quotes (新たな戦略概念が採択された) when they open on 今回の or 新たな, not on 前回の", () => {
    const WHITE_PAPER_2023 = documentDateContext({ coversFrom: 2021, coversTo: 2023, published: { year: 2023 } });
    const dated = datesOfSentences(
      [
        sentence("2022年6月に開催されたNATO首脳会合において、2010年以来12年ぶりとなる新たな戦略概念が採択された。", 0),
        sentence("また、今回の戦略概念において初めて中国に言及した。", 1),
        sentence("前回の戦略概念においては、ロシアとの協力を掲げていた。", 2),
      ],
      WHITE_PAPER_2023,
    );
    expect(dated.slice(1).map((d) => d.context.runningYear)).toEqual([2022, undefined]);
  });
});
