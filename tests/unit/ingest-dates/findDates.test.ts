import { documentDateContext, findDates, type DateContext, type DateMention } from "@/ingest/dates";

// Bluebook 2021: published 2021 (year only), covers 2020–2021 → bare dates are in 2020
const BLUEBOOK_2021 = documentDateContext({ coversFrom: 2020, coversTo: 2021, published: { year: 2021 } });
// a meeting summary published on 5 November 2008
const MEETING_2008 = documentDateContext({ coversFrom: 2008, coversTo: 2008, published: { year: 2008, month: 11, day: 5 } });
const COLUMN_2017 = documentDateContext({ coversFrom: 2013, coversTo: 2017, published: { year: 2017, month: 3, day: 24 } });
const WHITE_PAPER_2025 = documentDateContext({ coversFrom: 1992, coversTo: 2025, published: { year: 2025 } });

const brief = (m: DateMention) =>
  `${m.text}=${m.year}${m.month ? `-${m.month}` : ""}${m.day ? `-${m.day}` : ""}${m.isRangeEnd ? " end" : ""}${m.isFiscalYear ? " FY" : ""}`;
const datesIn = (sentence: string, context: DateContext = BLUEBOOK_2021) => findDates(sentence, context).map(brief);

describe("findDates: written-out dates", () => {
  it("reads a full date with its offsets and precision", () => {
    const sentence = "2023年3月31日、プーチン大統領は、2016年以来となる新たな「ロシア連邦外交政策コンセプト」を承認した。";
    const [first, second] = findDates(sentence, WHITE_PAPER_2025);
    expect(first).toEqual({ start: 0, end: 10, text: "2023年3月31日", year: 2023, month: 3, day: 31, precision: "day", explicitYear: true });
    expect(second).toMatchObject({ text: "2016年", year: 2016, precision: "year" });
    expect(sentence.slice(second!.start, second!.end)).toBe("2016年");
  });

  it("reads year and month with a particle after them (2023年2月には)", () => {
    expect(datesIn("2023年2月には、ベラルーシがロシアから受領した地対地ミサイル・システムが実戦配備された。", WHITE_PAPER_2025)).toEqual(["2023年2月=2023-2"]);
  });

  it("reads era years, including 元年", () => {
    expect(datesIn("平成20年7月8日に行われた北海道洞爺湖サミットの際の日露首脳会談において確認した。", MEETING_2008)).toEqual(["平成20年7月8日=2008-7-8"]);
    expect(datesIn("令和元年10月に即位礼正殿の儀が行われた。")).toEqual(["令和元年10月=2019-10"]);
    expect(datesIn("昭和31年10月19日、日ソ共同宣言が署名された。")).toEqual(["昭和31年10月19日=1956-10-19"]);
    expect(datesIn("令和元(2019)年5月に演習を行った。", WHITE_PAPER_2025)).toEqual(["令和元(2019)年5月=2019-5"]);
    expect(datesIn("昭和60(1985)年度以降、日米共同統合演習を行っている。", WHITE_PAPER_2025)).toEqual(["昭和60(1985)年度=1985 FY"]);
    expect(datesIn("明治8年の樺太千島交換条約により、平成3年に訪日した。")).toEqual(["明治8年=1875", "平成3年=1991"]);
  });

  it("reads full-width digits and reports offsets into the original sentence", () => {
    const [mention] = findDates("２０１０年１１月にはメドヴェージェフ大統領が国後島を訪問した。", BLUEBOOK_2021);
    expect(mention).toMatchObject({ start: 0, end: 8, text: "２０１０年１１月", year: 2010, month: 11, precision: "month" });
  });

  it("reads fiscal years", () => {
    expect(datesIn("中露による共同飛行(2024年度)", WHITE_PAPER_2025)).toEqual(["2024年度=2024 FY"]);
    expect(datesIn("令和7年度予算において措置された。")).toEqual(["令和7年度=2025 FY"]);
  });

  it("gives month precision to seasons, year ends and parts of a month", () => {
    expect(datesIn("2016年末のプーチン大統領訪日の際に協議の開始で合意した。")).toEqual(["2016年末=2016-12"]);
    expect(datesIn("3月上旬のOPECプラスで協調減産合意に至らなかった。")).toEqual(["3月上旬=2020-3"]);
    expect(datesIn("9月末から生じたアゼルバイジャンとアルメニアの軍事衝突に対し仲介活動を行った。")).toEqual(["9月末=2020-9"]);
    expect(datesIn("2019年春に首脳会談が予定されていた。")).toEqual(["2019年春=2019-4"]);
    expect(datesIn("11月中旬のAPEC首脳会議の際に日露首脳会談を行うことで一致。", MEETING_2008)).toEqual(["11月中旬=2008-11"]);
    const [half] = findDates("しかしながら、2010年後半には、ロシア側において軍事演習が実施された。", BLUEBOOK_2021);
    expect(half).toMatchObject({ text: "2010年後半", year: 2010, precision: "year" });
  });
});

describe("findDates: PDF spacing", () => {
  it("reads dates with a space between number and unit, as PDF extraction leaves them", () => {
    expect(datesIn("1955 年 6 月から 1956 年 10 月にかけて、日ソ間で交渉を行った。")).toEqual(["1955 年 6 月=1955-6", "1956 年 10 月=1956-10 end"]);
    expect(datesIn("1995 年 3 月 13 日 No.32-FZ 連邦法を改正し、9 月 2 日を記念日として追加。")).toEqual(["1995 年 3 月 13 日=1995-3-13", "9 月 2 日=2020-9-2"]);
  });

  it("reads a date after a half-width comma used as the Japanese comma, but not digits after a thousands separator", () => {
    expect(datesIn("アイダルベコフ大臣から,2015年の安倍総理のキルギス訪問が起点となった。")).toEqual(["2015年=2015"]);
    expect(datesIn("流出額は1,515億米ドル、約2.5倍に達した。")).toEqual([]);
    expect(datesIn("その額は12,2月")).toEqual([]);
  });

  it("counts N年前 back from the document's own year, and reads 昨秋/今春 as a season", () => {
    const MEETING_2018 = documentDateContext({ coversFrom: 2018, coversTo: 2018, published: { year: 2018, month: 10, day: 5 } });
    expect(datesIn("安倍総理から,3年前のタジキスタン訪問時に受けたもてなしに謝意を述べた。", MEETING_2018)).toEqual(["3年前=2015"]);
    expect(datesIn("昨秋の議会選挙を通じて実現した政権交代を評価した。", MEETING_2018)).toEqual(["昨秋=2017-10"]);
    expect(datesIn("今春、両国は協議を再開した。", MEETING_2018)).toEqual(["今春=2018-4"]);
    expect(datesIn("10年前後の期間をかけて整備する。", MEETING_2018)).toEqual([]);
  });

  it("does not make dates of spaced counts", () => {
    expect(datesIn("ウズベキスタンなどの 5 か国、同宣言第 9 項において合意した。")).toEqual([]);
  });
});

describe("findDates: dates resolved against the context", () => {
  it("puts a bare month and day in the document's default year", () => {
    expect(datesIn("9月27日、アルメニアとアゼルバイジャンとの間でナゴルノ・カラバフをめぐる軍事衝突が発生した。")).toEqual(["9月27日=2020-9-27"]);
    expect(datesIn("3月20日、日露外務・防衛担当閣僚協議(2+2)が東京で開催された。", COLUMN_2017)).toEqual(["3月20日=2017-3-20"]);
  });

  it("puts a bare month in the running year when the paragraph has named one", () => {
    const context = { ...WHITE_PAPER_2025, runningYear: 2023 };
    expect(datesIn("アゼルバイジャン軍の攻撃を受けた「共和国」側は9月中に降伏した。", context)).toEqual(["9月=2023-9"]);
  });

  it("takes a bare day whose weekday does not fit the running month as the page's own day", () => {
    const page = documentDateContext({ coversFrom: 2008, coversTo: 2008, published: { year: 2008, month: 8, day: 5 } });
    const afterNote = { ...page, last: { year: 2007, month: 3 } };
    expect(datesIn("高村大臣は、5日(火曜日)、カルザイ大統領を表敬訪問した。", afterNote)).toEqual(["5日=2008-8-5"]);
    expect(datesIn("高村大臣は、5日(月曜日)、大統領を表敬訪問した。", afterNote)).toEqual(["5日=2007-3-5"]);
  });

  it("resolves 翌16日, 同日, 翌日 and a bare 4日 against the last date", () => {
    const context = { ...BLUEBOOK_2021, last: { year: 2020, month: 1, day: 15 } };
    expect(datesIn("メドヴェージェフ首相は、翌16日のプーチン大統領による任命を経て辞任した。", context)).toEqual(["翌16日=2020-1-16"]);
    expect(datesIn("同日、内閣が総辞職した。", context)).toEqual(["同日=2020-1-15"]);
    expect(datesIn("翌日、新首相が任命された。", { ...context, last: { year: 2020, month: 12, day: 31 } })).toEqual(["翌日=2021-1-1"]);
    expect(datesIn("翌2日に発表された。", { ...context, last: { year: 2020, month: 12, day: 31 } })).toEqual(["翌2日=2021-1-2"]);
    expect(datesIn("改正憲法は7月1日に実施され、4日に発効するに至った。")).toEqual(["7月1日=2020-7-1", "4日=2020-7-4"]);
    expect(datesIn("5月に会談した。14日現地時間午後4時40分過ぎより外相会談が行われた。")).toEqual(["5月=2020-5", "14日=2020-5-14"]);
    // MOFA's pages write the Japanese comma as "," (an itinerary: (1)21日,羽田空港着,…)
    expect(datesIn("10月21日から25日まで訪日した。(1)21日,羽田空港着。(2)22日，京都へ移動。")).toEqual(["10月21日=2020-10-21", "25日=2020-10-25 end", "21日=2020-10-21", "22日=2020-10-22"]);
    const meeting = { ...MEETING_2008, last: { year: 2008, month: 11, day: 4 } };
    expect(datesIn("また5日午後には民間外交推進協会(FEC)主催の講演会において講演を行った。", meeting)).toEqual(["5日=2008-11-5"]);
  });

  it("resolves 同年, 同月, 翌年 and 前年 against the last date mentioned", () => {
    const context = { ...WHITE_PAPER_2025, last: { year: 2023, month: 2 } };
    expect(datesIn("同年7月には、両国国防相が文書に署名したことが発表され、同年12月に大統領は発言している。", context)).toEqual([
      "同年7月=2023-7",
      "同年12月=2023-12",
    ]);
    expect(datesIn("同月、合意が発表された。", context)).toEqual(["同月=2023-2"]);
    expect(datesIn("翌年には再び開催された。", context)).toEqual(["翌年=2024"]);
    expect(datesIn("前年の実績を上回った。", context)).toEqual(["前年=2022"]);
  });

  it("counts 昨年, 今年 and 本年 from the publication year", () => {
    expect(datesIn("しかし、昨年末のプーチン大統領訪日をきっかけとして、今年1月には3年ぶりにロシア艦艇が日本を訪問。", COLUMN_2017)).toEqual([
      "昨年末=2016-12",
      "今年1月=2017-1",
    ]);
    expect(datesIn("昨年12月に「拿捕」された4隻のうち2隻については「判決」が出ている。", MEETING_2008)).toEqual(["昨年12月=2007-12"]);
    expect(datesIn("本年のG8議長国である我が国として、リーダーシップを発揮する。", MEETING_2008)).toEqual(["本年=2008"]);
    expect(datesIn("来年2月に首脳会談を行うことで一致した。", MEETING_2008)).toEqual(["来年2月=2009-2"]);
    expect(datesIn("来月、大臣が訪露する予定である。", MEETING_2008)).toEqual(["来月=2008-12"]);
  });

  it("skips anaphora it cannot resolve instead of inventing a date", () => {
    expect(datesIn("同年、両国は合意した。")).toEqual([]);
    expect(datesIn("同日、声明が発出された。")).toEqual([]);
    expect(datesIn("4日に発効した。")).toEqual([]);
  });
});

describe("findDates: ranges", () => {
  it("marks the second date of a range and gives it the first date's year", () => {
    expect(datesIn("1955年6月から1956年10月にかけて、日ソ間で交渉を行った。")).toEqual(["1955年6月=1955-6", "1956年10月=1956-10 end"]);
    expect(datesIn("2020年9月27日から11月10日まで戦闘が続いた。")).toEqual(["2020年9月27日=2020-9-27", "11月10日=2020-11-10 end"]);
    expect(datesIn("2019年9月から1月まで続いた。")).toEqual(["2019年9月=2019-9", "1月=2020-1 end"]);
    expect(datesIn("2022年〜2023年の間に実施された。")).toEqual(["2022年=2022", "2023年=2023 end"]);
    expect(datesIn("両大臣は、11月22~23日のAPEC首脳会議の際に日露首脳会談を行うことで一致した。", MEETING_2008)).toEqual([
      "11月22=2008-11-22",
      "23日=2008-11-23 end",
    ]);
  });

  it("does not take two dates joined by 及び or と for a range", () => {
    expect(datesIn("5月及び10月に電話会談を行った。")).toEqual(["5月=2020-5", "10月=2020-10"]);
  });
});

describe("findDates: numbers that are not dates", () => {
  it.each([
    "第2回日露防衛・外交トップ会談(2プラス2)が開催された。",
    "旧在函館ロシア領事館開設150周年記念行事等に出席した。",
    "ロシアは武器輸出の世界シェアで第3位(11%)となっている。",
    "日露間で3度の首脳会談及び2度の外相会談を含め、対話が行われた。",
    "これまでに約9万4,000人が講座を受講し、1,960人が参加した。",
    "32年以上にわたりアゼルバイジャン領の一部を実効支配してきた。",
    "90年代以降、戦闘機や潜水艦といった装備を輸出してきた。",
    "1990年代に独立した国々である。",
    "5年間の延長に合意したものの、4年ぶりに2+2が開催された。",
    "貿易額は対前年比で24.3%の減少となった。",
    "約3か月にわたり、G7とG20の会合が続いた。",
    "第5世代戦闘機であるSu-57戦闘機の説明を受けた。",
    "令和7年版防衛白書によれば、2025年版の外交青書とは異なる。",
  ])("finds no date in %s", (sentence) => {
    expect(findDates(sentence, BLUEBOOK_2021)).toEqual([]);
  });

  it("rejects impossible calendar dates", () => {
    expect(datesIn("2月30日に会談した。")).toEqual([]);
    expect(datesIn("13月1日に会談した。")).toEqual([]);
  });
});

describe("findDates: Western years glossed with the era (white paper style)", () => {
  const WHITE_PAPER_2016 = documentDateContext({ coversFrom: 1985, coversTo: 2016, published: { year: 2016 } });

  it("reads a two-digit year by its era gloss, with the month after it", () => {
    expect(datesIn("12(平成24)年7月には、首相が色丹島を訪れた。", WHITE_PAPER_2016)).toEqual(["12(平成24)年7月=2012-7"]);
    expect(datesIn("89（平成元）年に部隊が撤収した。", WHITE_PAPER_2016)).toEqual(["89（平成元）年=1989"]);
  });

  it("reads a four-digit year with its gloss, and 同 standing for the last era", () => {
    expect(datesIn("1985(昭和60)年から改革が始まり、07(同19)年に完了した。", WHITE_PAPER_2016)).toEqual(["1985(昭和60)年=1985", "07(同19)年=2007"]);
  });

  it("reads 同 by the era year when one modern era agrees with the two digits, even after the document", () => {
    const WHITE_PAPER_2008 = documentDateContext({ coversFrom: 2000, coversTo: 2008, published: { year: 2008 } });
    expect(datesIn("06(平成18)年10月に承認され、15(同27)年までに投じられる予定である。", WHITE_PAPER_2008)).toEqual([
      "06(平成18)年10月=2006-10",
      "15(同27)年=2015",
    ]);
  });

  it("keeps 年度 and length-of-time words apart as for plain years", () => {
    expect(datesIn("15(平成27)年度の緊急発進回数は過去最多だった。", WHITE_PAPER_2016)).toEqual(["15(平成27)年度=2015 FY"]);
    expect(datesIn("10(平成22)年間の推移を示す。", WHITE_PAPER_2016)).toEqual([]);
  });
});

describe("findDates: dates in kanji digits as the oldest Bluebooks write them", () => {
  const BLUEBOOK_1968 = documentDateContext({ coversFrom: 1967, coversTo: 1968, published: { year: 1968 } });
  const BLUEBOOK_1960 = documentDateContext({ coversFrom: 1959, coversTo: 1960, published: { year: 1960 } });

  it("reads positional kanji digits before 年, 月 and 日, and leaves kanji words alone", () => {
    expect(datesIn("一九六六年一〇月三一日よりモスクワにおいて交渉が開始された。", BLUEBOOK_1968)).toEqual(["一九六六年一〇月三一日=1966-10-31"]);
    expect(datesIn("一九六七年五月一九日に妥結し、同月二四日に署名された。", BLUEBOOK_1968)).toEqual(["一九六七年五月一九日=1967-5-19", "同月二四日=1967-5-24"]);
    expect(datesIn("一方、第一回会合では一致した。", BLUEBOOK_1968)).toEqual([]);
  });

  it("reads numbers written with 十 (the 1950s and early 1960s volumes), keeping each date's place in the sentence", () => {
    expect(datesIn("昭和三十四年十二月二十四日に署名され、翌年一月十日に発効した。", BLUEBOOK_1960)).toEqual(["昭和三十四年十二月二十四日=1959-12-24", "翌年一月十日=1960-1-10"]);
    expect(datesIn("会議は二月十八日から開かれ、五月二十日に終った。", BLUEBOOK_1960)).toEqual(["二月十八日=1959-2-18", "五月二十日=1959-5-20"]);
  });

  it("does not read the tail of a larger number as a day (百二十二日 is a duration)", () => {
    expect(datesIn("五月十三日百二十二日にわたる会議を終えた。", BLUEBOOK_1960)).toEqual(["五月十三日=1959-5-13"]);
  });
});

describe("findDates: two-digit years as older Bluebooks write them", () => {
  const BLUEBOOK_1980 = documentDateContext({ coversFrom: 1979, coversTo: 1980, published: { year: 1980 } });

  it("reads a two-digit year with a month in the century that does not put it after the document", () => {
    expect(datesIn("更に80年2月8日には、改めて強く申し入れた。", BLUEBOOK_1980)).toEqual(["80年2月8日=1980-2-8"]);
    expect(datesIn("64年10月の党中央委総会で選ばれた。", BLUEBOOK_1980)).toEqual(["64年10月=1964-10"]);
  });

  it("reads a two-digit year alone only inside the years the document covers", () => {
    expect(datesIn("79年の2度にわたる日本政府の声明を再確認した。", BLUEBOOK_1980)).toEqual(["79年=1979"]);
    expect(datesIn("独立から20年の節目を迎え、約30年にわたり協力してきた。", BLUEBOOK_1980)).toEqual([]);
    expect(datesIn("殉職して20年の節目の年である。", documentDateContext({ coversFrom: 2018, coversTo: 2018, published: { year: 2018, month: 10, day: 5 } }))).toEqual([]);
  });

  it("reads a two-digit year outside the years covered when a part of the year or an event of its clause follows", () => {
    const MEETING_2001 = documentDateContext({ coversFrom: 2001, coversTo: 2001, published: { year: 2001, month: 3, day: 25 } });
    expect(datesIn("56年の日ソ共同宣言及び93年の東京宣言に基づき交渉を行う。", MEETING_2001)).toEqual(["56年=1956", "93年=1993"]);
    const BLUEBOOK_1988 = documentDateContext({ coversFrom: 1987, coversTo: 1988, published: { year: 1988 } });
    expect(datesIn("85年のジュネーブでの米ソ首脳会談により対話が再開された。", BLUEBOOK_1988)).toEqual(["85年=1985"]);
    expect(datesIn("75年のヘルシンキでの首脳会議を経て、77年末には交渉が始まった。", BLUEBOOK_1980)).toEqual(["75年=1975", "77年末=1977-12"]);
  });

  it("reads a two-digit year with its first or second half (91年後半), and still reads 3年前 as counted back and 5年後 as no year", () => {
    const WHITE_PAPER_2003 = documentDateContext({ coversFrom: 1991, coversTo: 2003, published: { year: 2003 } });
    expect(datesIn("91年後半のソ連崩壊の過程で独立した。", WHITE_PAPER_2003)).toEqual(["91年後半=1991"]);
    expect(datesIn("5年後に見直す。", WHITE_PAPER_2003)).toEqual([]);
    expect(datesIn("3年前に始まった。", WHITE_PAPER_2003)).toEqual(["3年前=2000"]);
  });

  it("does not read a length of time before an event as a year (過去10年の首脳会談, 独立から20年の会議)", () => {
    expect(datesIn("過去10年の首脳会談を振り返り、独立から20年の会議を開いた。", BLUEBOOK_1980)).toEqual([]);
  });
});

describe("findDates: events named by their date", () => {
  it("reads a year that closes an event's quoted name (「ボストーク2005」), and no year in a name that goes on", () => {
    const WHITE_PAPER_2007 = documentDateContext({ coversFrom: 1990, coversTo: 2007, published: { year: 2007 } });
    expect(datesIn("演習「ボストーク2005」や「連携2003」が行われた。", WHITE_PAPER_2007)).toEqual(["2005=2005", "2003=2003"]);
    expect(datesIn("「戦略2035年版」や「Su-27」、型式2005Aを配備した。", WHITE_PAPER_2007)).toEqual([]);
  });

  it("reads 9.11 and 9・11 before テロ as 11 September 2001, and nothing in a decimal number", () => {
    const WHITE_PAPER_2008 = documentDateContext({ coversFrom: 2001, coversTo: 2008, published: { year: 2008 } });
    expect(datesIn("9.11テロの後、米軍が駐留した。", WHITE_PAPER_2008)).toEqual(["9.11=2001-9-11"]);
    expect(datesIn("9・11同時多発テロを受け、協力が進んだ。", WHITE_PAPER_2008)).toEqual(["9・11=2001-9-11"]);
    expect(datesIn("輸出額は9.11億ドルだった。", WHITE_PAPER_2008)).toEqual([]);
  });
});

describe("findDates: a day alone at the start of a page dated to the day", () => {
  it("reads the day in the page's month, followed by a time of day", () => {
    expect(datesIn("5日14時から約30分間、外相会談を行った。", MEETING_2008)).toEqual(["5日=2008-11-5"]);
  });

  it("reads a day later than the page's in the month before", () => {
    expect(datesIn("28日午後、外相会談を行った。", MEETING_2008)).toEqual(["28日=2008-10-28"]);
  });

  it("reads 昨夜 and 本日 from the page's day, and nothing from them in a report dated by year only", () => {
    expect(datesIn("総理より、昨夜ボリショイ劇場で観劇したことに言及した。", MEETING_2008)).toEqual(["昨夜=2008-11-4"]);
    expect(datesIn("本日、外相会談を行った。", MEETING_2008)).toEqual(["本日=2008-11-5"]);
    expect(datesIn("本日、外相会談を行った。")).toEqual([]);
  });

  it("still needs a month in a report dated by year only", () => {
    expect(datesIn("5日14時から会談した。")).toEqual([]);
  });
});
