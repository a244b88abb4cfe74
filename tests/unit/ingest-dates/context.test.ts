import { advanceDateContext, DateTracker, documentDateContext, findDates, findDatesInSentences, datesOfSentences } from "@/ingest/dates";

describe("documentDateContext", () => {
  it("takes the year before publication for an annual report published with a year only", () => {
    expect(documentDateContext({ coversFrom: 2020, coversTo: 2021, published: { year: 2021 } }).defaultYear).toBe(2020);
    expect(documentDateContext({ coversFrom: 2010, coversTo: 2011, published: { year: 2011 } }).defaultYear).toBe(2010);
  });

  it("takes the publication year for a page published on a day", () => {
    expect(documentDateContext({ coversFrom: 2008, coversTo: 2008, published: { year: 2008, month: 11, day: 5 } }).defaultYear).toBe(2008);
    expect(documentDateContext({ coversFrom: 2013, coversTo: 2017, published: { year: 2017, month: 3, day: 24 } }).defaultYear).toBe(2017);
  });

  it("keeps the default year inside the covered years", () => {
    expect(documentDateContext({ coversFrom: 2020, coversTo: 2020, published: { year: 2022 } }).defaultYear).toBe(2020);
    expect(documentDateContext({ coversFrom: 2015, coversTo: 2016 }).defaultYear).toBe(2016);
  });
});

describe("advanceDateContext", () => {
  const base = documentDateContext({ coversFrom: 2020, coversTo: 2021, published: { year: 2021 } });

  it("makes a written-out year inside the covered years the running year", () => {
    const next = advanceDateContext(base, findDates("2021年1月に行われた大統領選挙では当選した。", base));
    expect(next.runningYear).toBe(2021);
    expect(next.last).toEqual({ year: 2021, month: 1, day: undefined });
  });

  it("remembers a year outside the covered years for 同年 but does not run on with it", () => {
    const next = advanceDateContext(base, findDates("2019年12月の日露外相会談において合意した。", base));
    expect(next.runningYear).toBeUndefined();
    expect(findDates("5月の日露首脳電話会談では一致した。", next)[0]).toMatchObject({ year: 2020, month: 5 });
    expect(findDates("同年、協議を行った。", next)[0]).toMatchObject({ year: 2019 });
  });

  it("does not change the context it is given", () => {
    const copy = structuredClone(base);
    advanceDateContext(base, findDates("2021年1月", base));
    expect(base).toEqual(copy);
  });
});

describe("DateTracker", () => {
  it("carries the last date across sentences of a paragraph (1月15日 … 翌16日)", () => {
    const tracker = new DateTracker(documentDateContext({ coversFrom: 2020, coversTo: 2021, published: { year: 2021 } }));
    tracker.startSection();
    tracker.startParagraph();
    tracker.observe(findDates("1月15日、プーチン大統領は憲法改正の必要性を訴えた。", tracker.context));
    expect(findDates("メドヴェージェフ首相は、翌16日の任命を経て辞任した。", tracker.context)[0]).toMatchObject({ year: 2020, month: 1, day: 16 });
  });

  it("restarts the running year with each paragraph and section, and keeps the date 同年 refers to across sections", () => {
    const tracker = new DateTracker(documentDateContext({ coversFrom: 2010, coversTo: 2011, published: { year: 2011 } }));
    tracker.startSection();
    tracker.startParagraph();
    tracker.observe(findDates("前原外務大臣は2011年2月に訪露した。", tracker.context));
    expect(findDates("3月に署名した。", tracker.context)[0]).toMatchObject({ year: 2011 });
    tracker.startParagraph();
    expect(findDates("3月に署名した。", tracker.context)[0]).toMatchObject({ year: 2010 });
    expect(findDates("同年、発効した。", tracker.context)[0]).toMatchObject({ year: 2011 });
    // a figure's title between two paragraphs starts a section: 同年 after it is still the year last read
    tracker.startSection();
    expect(findDates("同年、発効した。", tracker.context)[0]).toMatchObject({ year: 2011 });
    expect(findDates("3月に署名した。", tracker.context)[0]).toMatchObject({ year: 2010 });
  });

  it("keeps an annual report's news year for the months before printing only", () => {
    const tracker = new DateTracker(documentDateContext({ coversFrom: 1983, coversTo: 1984, published: { year: 1984 } }));
    tracker.startSection();
    tracker.startParagraph();
    tracker.observe(findDates("84年2月から3月にかけて、皇太子殿下がセネガルを公式訪問された。", tracker.context));
    expect(findDates("2月8日には帰国した。", tracker.context)[0]).toMatchObject({ year: 1984, month: 2 });
    expect(findDates("7月には、政務次官がギニアを公式訪問した。", tracker.context)[0]).toMatchObject({ year: 1983, month: 7 });
    expect(findDates("84年2月に署名し、7月に発効した。", tracker.context).map((m) => m.year)).toEqual([1984, 1984]);
  });

  it("carries a chronology into a paragraph that opens with a later bare month, and only then", () => {
    const period = documentDateContext({ coversFrom: 1979, coversTo: 1980, published: { year: 1980 } });
    const paragraphs = (texts: string[]) =>
      findDatesInSentences(texts.map((text, i) => ({ text, paragraphIndex: i, headings: ["(2) 南西アジア"] })), period).map((ms) => ms[0]?.year);
    expect(paragraphs(["80年1月には、救援物資を供与した。", "2月には、航空協定が署名された。", "同じく2月に、審議官を派遣した。"])).toEqual([1980, 1980, 1980]);
    expect(paragraphs(["80年3月には、救援物資を供与した。", "2月には、航空協定が署名された。"])).toEqual([1980, 1979]);
    expect(paragraphs(["80年1月には、救援物資を供与した。", "両国は2月に航空協定に署名した。"])).toEqual([1980, 1979]);
  });

  it("uses a year in a section heading as that section's running year", () => {
    const base = documentDateContext({ coversFrom: 2019, coversTo: 2021, published: { year: 2021 } });
    const mentions = findDatesInSentences(
      [
        { text: "4月に首脳会談を行った。", paragraphIndex: 1, headings: ["(1) 2019年の動き"] },
        { text: "4月に首脳会談を行った。", paragraphIndex: 3, headings: ["(2) 最近の動き"] },
      ],
      base,
    );
    expect(mentions.map((m) => m[0]?.year)).toEqual([2019, 2020]);
  });
});

describe("dates that name no event of their own", () => {
  const MEETING = documentDateContext({ coversFrom: 2016, coversTo: 2016, published: { year: 2016, month: 9, day: 3 } });
  const WHITE_PAPER = documentDateContext({ coversFrom: 1990, coversTo: 2016, published: { year: 2016 } });
  const datesOf = (text: string, context = MEETING) =>
    findDatesInSentences([{ text, paragraphIndex: 0, headings: [] }], context)[0]!.map((m) => `${m.year}-${m.month ?? ""}-${m.day ?? ""}`);

  it("skips the same moment given on Japan's clock", () => {
    expect(datesOf("9月2日午後7時(日本時間3日午前1時)から、外相会談を行った。")).toEqual(["2016-9-2"]);
    expect(datesOf("2日午前11時(現地時間;日本時間同日午後5時)から会談した。", { ...MEETING, last: { year: 2016, month: 9, day: 2 } })).toEqual(["2016-9-2"]);
  });

  it("takes 以来 followed by a comma as the start of what follows, not a yardstick", () => {
    expect(datesOf("1994年以来、ロシアは同地域に部隊を置いてきた。", WHITE_PAPER)).toEqual(["1994--"]);
    expect(datesOf("1994年以来の大規模な演習となった。", WHITE_PAPER)).toEqual([]);
  });

  it("takes a year compared with or left out of a trend as no event (前年の一九六一年に比較すれば, 一九五八年を除く)", () => {
    expect(datesOf("これを前年の一九六一年に比較すれば、約四パーセントの増加である。", WHITE_PAPER)).not.toContain("1961--");
    expect(datesOf("一九五八年を除くいずれの年でも増加している。", WHITE_PAPER)).toEqual([]);
  });

  it("runs a chronology's later rows in the year of the row above, even before the years covered", () => {
    const volume = documentDateContext({ coversFrom: 1995, coversTo: 1996, published: { year: 1996 } });
    const rows = ["|92年2月 |安保理、国連防護隊派遣を決議。", "|4月 |米とEC、ボスニアを国家承認。"];
    const dated = datesOfSentences(rows.map((text, i) => ({ text, paragraphIndex: 0, headings: [], opensYearCell: i === 0 })), volume);
    expect(dated.map((d) => d.mentions.map((m) => `${m.year}-${m.month}`))).toEqual([["1992-2"], ["1992-4"]]);
    const prose = ["1992年2月、安保理は国連防護隊派遣を決議した。", "4月には米国がボスニアを承認した。"];
    const narrative = datesOfSentences(prose.map((text) => ({ text, paragraphIndex: 0, headings: [] })), volume);
    expect(narrative[1]!.mentions.map((m) => m.year)).toEqual([1995]);
  });

  it("reports the start of a yardstick (2004年以来14年ぶり) apart from the sentence's events, and an otherwise undated event in the year it counts to", () => {
    const [dated] = datesOfSentences([{ text: "2004年以来14年ぶりに憲法が改正された。", paragraphIndex: 0, headings: [] }], WHITE_PAPER);
    expect(dated!.mentions.map((m) => [m.year, m.precision, m.text])).toEqual([[2018, "year", "2004年以来14年ぶり"]]);
    expect(dated!.since?.map((m) => m.year)).toEqual([2004]);
    const [kanji] = datesOfSentences([{ text: "国後,択捉両島には,一九六〇年以来十八年ぶりにソ連地上軍が配備された。", paragraphIndex: 0, headings: [] }], WHITE_PAPER);
    expect(kanji!.mentions.map((m) => [m.year, m.text])).toEqual([[1978, "一九六〇年以来十八年ぶり"]]);
    const [dayGiven] = datesOfSentences([{ text: "2019年7月には、2003年以来およそ16年ぶりに部隊を駐留させた。", paragraphIndex: 0, headings: [] }], WHITE_PAPER);
    expect(dayGiven!.mentions.map((m) => m.year)).toEqual([2019]);
  });

  it("takes a state given as of a date after the years a volume covers for no event of that year", () => {
    const BLUEBOOK_2013 = documentDateContext({ coversFrom: 2012, coversTo: 2012, published: { year: 2013 } });
    expect(datesOf("2010年9月以降2013年2月現在に至るまで、和平交渉は中断したままである。", BLUEBOOK_2013)).toEqual(["2010-9-"]);
    const VOLUME_1970 = documentDateContext({ coversFrom: 1969, coversTo: 1970, published: { year: 1970 } });
    expect(datesOf("1970年3月末現在のわが国の在外公館は,大使館117館となっている。", VOLUME_1970)).toEqual(["1970-3-"]);
  });

  it("takes years inside names joined by と (「1961年対外支援法」と「1987年ナン修正法」) for names", () => {
    expect(datesOf("米国の「1961年対外支援法」と「1987年ナン修正法」により定められた。", WHITE_PAPER)).toEqual([]);
    expect(datesOf("「2016年に協定を結ぶ」と述べた。", WHITE_PAPER)).toEqual(["2016--"]);
  });

  it("takes a later year an annual review looks ahead to (…を見据え, …を控え) for no event", () => {
    const BLUEBOOK_2018 = documentDateContext({ coversFrom: 2017, coversTo: 2017, published: { year: 2018 } });
    expect(datesOf("2017年も交流が行われ、2018年の国交樹立60周年を見据え、意見交換が行われた。", BLUEBOOK_2018)).toEqual(["2017--"]);
    expect(datesOf("2018年の総選挙を控え、与党は結束を図った。", BLUEBOOK_2018)).toEqual([]);
    expect(datesOf("日本が2018年に第8回太平洋・島サミットを主催する意向であることを説明した。", BLUEBOOK_2018)).toEqual([]);
  });
});
