import { documentDateContext, datesOfSentences } from "../../../ingest/dates";
import { sentencesToFacts, type FactOptions } from "../../../ingest/facts/sentencesToFacts";
import { paragraphsToSentences, textToParagraphs, type Sentence } from "../../../ingest/text";

function sentence(text: string, index = 0, headings: string[] = []): Sentence {
  return { index, start: 100, end: 100 + text.length, text, paragraphIndex: index, headings, inFootnote: false };
}

function factsOf(texts: string[], period: { coversFrom: number; coversTo: number; published: { year: number; month?: number; day?: number } }, options: Partial<FactOptions> = {}) {
  const sentences = texts.map((text, i) => sentence(text, i));
  const dated = datesOfSentences(sentences, documentDateContext(period));
  return sentencesToFacts(
    sentences.map((s, i) => ({ sentence: s, dates: dated[i]!.mentions, context: dated[i]!.context, isPlan: dated[i]!.isPlan, since: dated[i]!.since })),
    { documentIsDated: false, statementDate: null, ...options },
  );
}

/** The texts as sentences of one paragraph, so that a year written in one runs on into the next. */
function paragraphFactsOf(texts: string[], period: { coversFrom: number; coversTo: number; published: { year: number } }) {
  const sentences = texts.map((text, i) => ({ ...sentence(text, i), paragraphIndex: 0 }));
  const dated = datesOfSentences(sentences, documentDateContext(period));
  return sentencesToFacts(
    sentences.map((s, i) => ({ sentence: s, dates: dated[i]!.mentions, context: dated[i]!.context, since: dated[i]!.since })),
    { documentIsDated: false, statementDate: null },
  );
}

/** A report published in `published`, covering `from` to that year. */
const report = (from: number, published: number) => ({ coversFrom: from, coversTo: published, published: { year: published } });
/** The (place, year) pairs of the facts, sorted: what most expectations compare. */
const placeYears = (facts: readonly { placeCode: string; year: number }[]) => facts.map((f) => `${f.placeCode}@${f.year}`).sort();

const bluebook2021 = report(2020, 2021);
/** A Bluebook volume on one year, published the next. */
const volume = (year: number) => ({ coversFrom: year, coversTo: year, published: { year: year + 1 } });
const whitePaper2025 = report(1992, 2025);

describe("sentences to facts", () => {
  it("gives one fact per place, sharing the verbatim quote and its offsets", () => {
    const { facts } = factsOf(["9月27日、ナゴルノ・カラバフをめぐりアルメニアとアゼルバイジャンの間で戦闘が発生した。"], bluebook2021);
    expect(facts.map((f) => f.placeCode).sort()).toEqual(["ARM", "AZE", "nagorno-karabakh"]);
    for (const fact of facts) {
      expect(fact).toMatchObject({ year: 2020, month: 9, day: 27, precision: "day", category: "conflict", start: 100 });
      expect(fact.quote).toHaveLength(fact.end - fact.start);
    }
  });

  it("dates each event of a sentence by its own date, and the topic by every date", () => {
    const { facts } = factsOf(["ロシアは、2014年にクリミアを併合し、2022年にはウクライナを侵略した。"], whitePaper2025);
    const pairs = placeYears(facts);
    expect(pairs).toEqual(["RUS@2014", "RUS@2022", "UKR@2022", "crimea@2014"]);
  });

  it("shares a sentence of parallel topics out: each takes the events from its own clause to the next topic's", () => {
    const { facts } = factsOf(["米国との間では、2019年9月、初の海上共同演習を実施し、中国との間では、2018年8月に机上演習、同年10月に海上演習をそれぞれ実施した。"], report(2015, 2023));
    expect([...new Set(placeYears(facts))]).toEqual(["CHN@2018", "USA@2019"]);
    const independence = factsOf(["ナイジェリアは、1960年10月1日、また、ウガンダは、1962年10月9日、それぞれ独立したが、ナイジェリアは、独立後三年目の1963年10月1日、共和制を採用した。"], report(1963, 1964));
    expect(placeYears(independence.facts)).toEqual(["NGA@1960", "NGA@1963", "UGA@1962"]);
  });

  it("keeps a single topic on every date, and a place that heads a relative clause on its own event", () => {
    const topic = factsOf(["イスラエルは12月27日に空爆を開始し、2009年1月3日には地上軍を進攻させた。"], report(2008, 2009));
    expect(placeYears(topic.facts)).toEqual(["ISR@2008", "ISR@2009"]);
    const relative = factsOf(["2018年5月に核合意から離脱した米国は、2019年にイランへの制裁を強化した。"], report(2019, 2020));
    expect(placeYears(relative.facts)).toContain("USA@2018");
  });

  it("gives a paragraph's later placeless sentences to the country it opens on, not to the section heading", () => {
    const heading = "【主な西欧諸国情勢と日本外交】";
    const texts = ["英国では、ブレア政権が改革を進めた。", "6月に蔵相が議会報告を行った。", "日本は、欧州との対話を進めた。", "7月に対話が開催された。"];
    const sentences = texts.map((text, i) => ({ ...sentence(text, i, [heading]), paragraphIndex: i < 2 ? 0 : 1 }));
    const dated = datesOfSentences(sentences, documentDateContext(report(2003, 2004)));
    const { facts } = sentencesToFacts(
      sentences.map((s, i) => ({ sentence: s, dates: dated[i]!.mentions, context: dated[i]!.context })),
      { documentIsDated: false, statementDate: null },
    );
    const placesOf = (n: number) => facts.filter((f) => f.sentenceNo === n).map((f) => f.placeCode);
    expect(placesOf(1)).toEqual(["GBR"]);
    expect(placesOf(3)).toEqual(["JPN"]);
  });

  it("gives a paragraph's country as the receiver to a later sentence that names countries only as sources", () => {
    const texts = ["フィリピンは、海軍力の近代化を進めている。", "12年5月に、米国からフリゲート2隻の供与を受けた。", "また、ロシア製戦闘機を導入している。", "13年には米国と共同訓練を実施した。"];
    const facts = paragraphFactsOf(texts, report(2013, 2014)).facts;
    const placesOf = (n: number) => [...new Set(facts.filter((f) => f.sentenceNo === n).map((f) => f.placeCode))];
    expect(placesOf(1)).toEqual(["USA", "PHL"]);
    expect(placesOf(2)).toEqual(["RUS", "PHL"]);
    expect(placesOf(3)).toEqual(["USA"]);
  });

  it("gives an earlier event recalled under a section on a subject to the meeting's parties named in the title as well as to the subject", () => {
    const text = "首脳会談に向けて、昨年12月の長門での会談における合意事項の進捗状況を確認しました。";
    const sentences = [sentence(text, 0, ["1 北方領土問題"])];
    const period = { coversFrom: 2017, coversTo: 2017, published: { year: 2017, month: 8, day: 7 } };
    const dated = datesOfSentences(sentences, documentDateContext(period));
    const { facts } = sentencesToFacts(
      sentences.map((s, i) => ({ sentence: s, dates: dated[i]!.mentions, context: dated[i]!.context })),
      { documentIsDated: true, statementDate: { year: 2017, month: 8, day: 7, precision: "day", dateText: null }, titleHeading: "日露外相会談" },
    );
    expect([...new Set(placeYears(facts.filter((f) => f.year === 2016)))]).toEqual(["JPN@2016", "RUS@2016", "northern-territories@2016"]);
  });

  it("gives an earlier event a meeting's speaker recalls without naming who took part to the meeting's parties", () => {
    const heading = "日露首脳会談(平成24年12月28日)";
    const texts = ["両首脳は、会談の成果を確認し、2007年に署名された協定の実施状況を評価した。", "プーチン大統領から、昨年の会談を思い出している旨言及があった。"];
    const sentences = texts.map((text, i) => sentence(text, i, [heading]));
    const period = { coversFrom: 2012, coversTo: 2012, published: { year: 2012, month: 12, day: 28 } };
    const dated = datesOfSentences(sentences, documentDateContext(period));
    const { facts } = sentencesToFacts(
      sentences.map((s, i) => ({ sentence: s, dates: dated[i]!.mentions, context: dated[i]!.context })),
      { documentIsDated: true, statementDate: { year: 2012, month: 12, day: 28, precision: "day", dateText: null } },
    );
    expect([...new Set(placeYears(facts.filter((f) => f.sentenceNo === 0)))]).toEqual(["JPN@2007", "JPN@2012", "RUS@2007", "RUS@2012"]);
    expect([...new Set(placeYears(facts.filter((f) => f.sentenceNo === 1)))]).toEqual(["RUS@2011", "RUS@2012"]);
  });

  it("gives a state that has gone on since a date the reviewed year as well as the date it started", () => {
    const bluebook2016 = report(2015, 2016);
    expect(placeYears(factsOf(["2014年5月のモディ首相就任以降、インド経済は高い経済成長率を維持している。"], bluebook2016).facts)).toEqual(["IND@2014", "IND@2015"]);
    expect(placeYears(factsOf(["2014年5月のモディ首相就任以降、インド経済は成長した。"], bluebook2016).facts)).toEqual(["IND@2014"]);
    const libya = factsOf(["リビアは、2003年12月の大量破壊兵器廃棄の決定以降、国際社会への復帰に取り組んでいる。"], volume(2005));
    expect(placeYears(libya.facts)).toEqual(["LBY@2003", "LBY@2005"]);
    const after = factsOf(["リビアでは、2011年のカダフィ政権崩壊後、議会と政府が東西に並立し、不安定な状況が続いている。"], volume(2020));
    expect(placeYears(after.facts)).toEqual(["LBY@2011", "LBY@2020"]);
    const iran = factsOf(["2013年にローハニ政権が発足して以降、核問題をめぐるイランと英仏独の協議に進展が見られている。"], volume(2014));
    expect(placeYears(iran.facts)).toEqual(["DEU@2013", "DEU@2014", "FRA@2013", "FRA@2014", "GBR@2013", "GBR@2014", "IRN@2013", "IRN@2014"]);
  });

  it("dates the sentence's places by an aside that closes it with an event of its own, and not by one that only glosses", () => {
    const signed = factsOf(["ケニア、タンザニア及びウガンダは関税同盟の結成へ向けた地域協力を進めている(2004年3月2日、関税同盟に署名)。"], volume(2003));
    expect(placeYears(signed.facts)).toEqual(["KEN@2003", "KEN@2004", "TZA@2003", "TZA@2004", "UGA@2003", "UGA@2004"]);
    expect(signed.facts.filter((f) => f.day === 2).map((f) => f.placeCode)).toEqual(["KEN", "TZA", "UGA"]);
    const gloss = factsOf(["ケニアは地域協力を進めている(2004年の統計による)。"], volume(2003));
    expect(placeYears(gloss.facts)).toEqual(["KEN@2003"]);
    const sentences = [{ ...sentence("2009年8月に大統領選挙が行われ、前大統領子息が当選した(2016年に再選)。", 0, ["(2) ガボン"]) }];
    const dated = datesOfSentences(sentences, documentDateContext(volume(2018)));
    const underHeading = sentencesToFacts([{ sentence: sentences[0]!, dates: dated[0]!.mentions, context: dated[0]!.context }], { documentIsDated: false, statementDate: null });
    expect(placeYears(underHeading.facts)).toEqual(["GAB@2009", "GAB@2016"]);
  });

  it("gives a place that is the subject of the next date's clause that date as well", () => {
    const { facts } = factsOf(["97(同9)年の会談において、国防相は、北方領土の部隊が95(同7)年までに3,500人に削減されたことを明らかにした。"], report(1978, 2003));
    expect(placeYears(facts)).toEqual(["northern-territories@1995", "northern-territories@1997"]);
    const titled = factsOf(["10(同22)年2月に策定された「ロシア連邦軍事ドクトリン」が14(同26)年12月に改訂された。"], report(1992, 2015));
    expect(placeYears(titled.facts)).toEqual(["RUS@2010", "RUS@2014"]);
  });

  it("does not carry a later clause's date back past あり、 or a half-width comma", () => {
    const meeting = { coversFrom: 2010, coversTo: 2010, published: { year: 2010, month: 3, day: 11 } };
    for (const text of ["外相からは、コーカサス地域の情勢につき説明があり、また2008年8月の紛争以降の支援に謝意が表明された。", "外相からは,コーカサス地域の情勢につき説明があり,また2008年8月の紛争以降の支援に謝意が表明された。"]) {
      const { facts } = factsOf([text], meeting, { documentIsDated: true, statementDate: { year: 2010, month: 3, day: 11, precision: "day", dateText: null } });
      expect(facts.map((f) => `${f.placeCode}@${f.year}`)).toEqual(["caucasus@2010"]);
    }
  });

  it("does not carry the first date back past a clause ending in a verb's え-form (…に加え、…を踏まえ、)", () => {
    const { facts } = factsOf(["イランをめぐる緊張の高まりに加え、2011年に始まったシリアの混乱も続いた。"], bluebook2021);
    expect(placeYears(facts)).toEqual(["IRN@2020", "SYR@2011"]);
  });

  it("does not carry the first date back into an opening …中、 clause (amid …): that clause is about the year under review", () => {
    const { facts } = factsOf(["中央アジア諸国に対する国際的な関心が高まりつつある中、日本は、2004年8月に外相会合を開催した。"], report(2006, 2007));
    expect(placeYears(facts)).toEqual(["JPN@2004", "central-asia@2006"]);
  });

  it("does not date the causes a sentence names before …を背景に by the event that follows", () => {
    const { facts } = factsOf(["ロシアは、ウクライナ危機やシリアへの軍事介入などを背景に15(平成27)年12月に改訂された国家安全保障戦略により、方針を定めた。"], report(1992, 2019));
    expect(facts.map((f) => `${f.placeCode}@${f.year}`)).toEqual(["RUS@2015"]);
  });

  it("gives the dates in an aside after a name to the place the name opens with", () => {
    const { facts } = factsOf(["日露防衛交流に関する覚書(99(同11)年署名、06(同18)年改定)に基づき、交流が行われている。"], report(1999, 2013));
    expect(placeYears(facts)).toEqual(["JPN@1999", "JPN@2006", "RUS@1999", "RUS@2006"]);
  });

  it("gives the date in an aside closing a list of names to every name of the list", () => {
    const { facts } = factsOf(["構成国は、英国、アイルランド、デンマーク(73年1月加盟)、ギリシャ(81年1月加盟)である。"], report(1996, 1997));
    expect(placeYears(facts.filter((f) => f.year < 1990))).toEqual(["DNK@1973", "GBR@1973", "GRC@1981", "IRL@1973"]);
  });

  it("keeps a date inside an aside with the word the aside follows", () => {
    const { facts } = factsOf(["加盟国であるアルメニア(2024年2月にCSTO参加凍結を表明)、タジキスタンにロシア軍を駐留させている。"], whitePaper2025);
    expect(facts.map((f) => `${f.placeCode}@${f.year}`)).toContain("ARM@2024");
    expect(facts.map((f) => f.placeCode)).not.toContain("TJK");
  });

  it("dates the start of a yardstick as an event of the places in its clause only, and keeps the running year", () => {
    const turkey = placeYears(factsOf(["エルドアン首相率いる政権が2002年以来継続しているトルコは、2009年、アルメニアとの間で関係改善を図った。"], bluebook2021).facts);
    expect(turkey).toContain("TUR@2002");
    expect(turkey).not.toContain("ARM@2002");
    const next = paragraphFactsOf(["2023年3月31日、プーチン大統領は、2016年以来となる新たな外交政策コンセプトを承認した。", "この文書でロシアは、中国やインドとの連携を重視する姿勢を示している。"], report(2023, 2023));
    expect(placeYears(next.facts)).toEqual(["CHN@2023", "IND@2023", "RUS@2023", "RUS@2023"]);
    const topicSince = placeYears(factsOf(["日本は、2012年以来「日・メルコスール経済関係緊密化のための対話」を計4回開催している。"], bluebook2021).facts);
    expect(topicSince).toEqual(expect.arrayContaining(["JPN@2012", "JPN@2020"]));
  });

  it("does not date events by a name or a later plan", () => {
    const { facts } = factsOf(["両首脳は「1956年宣言」に言及し、2022年の30周年を見据えて日露関係を議論した。"], bluebook2021);
    expect(facts.map((f) => f.year)).not.toContain(1956);
    const edition = factsOf(["既に昨年の白書でみてきたように、ソ連の軍事力増強は続いている。"], { coversFrom: 1979, coversTo: 1980, published: { year: 1980 } }, { isAnalysis: true });
    expect(edition.facts).toEqual([]);
    expect(facts.map((f) => f.year)).not.toContain(2022);
    const plan = factsOf(["「中央アジア+日本」対話の枠組みにおいては、2021年にキルギスで行われる予定の次回外相会合に向けて対話が積み重ねられた。"], bluebook2021);
    expect(plan.facts.map((f) => f.year)).not.toContain(2021);
    const scheduled = factsOf(["ロシアでは、97年1月末には大統領・議会選挙が予定されている。"], report(1996, 1997));
    expect(scheduled.facts.map((f) => f.month)).not.toContain(1);
  });

  it("reads a date after the year under review as a plan when an agreement looks ahead to it or the sentence speaks of it in the non-past", () => {
    const bluebook2005 = report(2004, 2005);
    const yearsOf = (text: string) => placeYears(factsOf([text], bluebook2005).facts);
    expect(yearsOf("2004年6月の日露首脳会談においては、プーチン大統領による2005年初めの訪日が合意された。")).toEqual(["JPN@2004", "RUS@2004"]);
    expect(placeYears(factsOf(["2003年5月に、日本と太平洋諸島フォーラム(PIF)諸国・地域との首脳会議を沖縄で開催することが決定された。"], report(2002, 2003)).facts)).toEqual(["JPN@2002"]);
    expect(placeYears(factsOf(["また、アフリカで唯一台湾との外交関係を有する国である。"], report(2023, 2024)).facts)).toEqual([]);
    expect(yearsOf("11月の日露首脳会談では、2005年を「日露交流年」とすることに合意した。")).toEqual(["JPN@2004", "RUS@2004"]);
    expect(yearsOf("2005年9月には、ウラジオストクにおいてロシアの国際会議が開催される。")).toEqual([]);
    expect(yearsOf("2005年1月1日にウクライナが加盟したことをロシアが発表し、今後の対応が注目される。")).toEqual(["RUS@2005", "UKR@2005"]);
    expect(yearsOf("6月の日露首脳会談では、日露修好150周年にあたる2005年という節目の年に向けて交渉を前進させることを確認した。")).toEqual(["JPN@2004", "RUS@2004"]);
    expect(yearsOf("11月24日には、2005年6月30日まで日露の共同作業計画を延長することが発表された。")).toEqual(["JPN@2004", "RUS@2004"]);
    expect(yearsOf("10月、2005年より始まる5か年計画に対するロシアの援助を取り付けた。")).toEqual(["RUS@2004"]);
    expect(yearsOf("ロシアでは、12月の総会で党大会を2005年末に開催することが決定された。")).toEqual(["RUS@2004"]);
    expect(yearsOf("ロシアでは、2005年5月に予定される総選挙を控えて、内政への関心が高まった。")).toEqual(["RUS@2004"]);
    expect(yearsOf("エジプトでは、2005年中の憲法改正を目指して人民議会での審議が始まった。")).toEqual(["EGY@2004"]);
  });

  it("does not date by a date inside a quoted name that goes on after it, but does by one in quoted words", () => {
    const whitePaper2009 = report(2000, 2009);
    const yearsOf = (text: string) => placeYears(factsOf([text], whitePaper2009).facts);
    expect(yearsOf("ロシアの装備の調達は、「2007年から2015年までの装備国家綱領」により行われている。")).toEqual([]);
    expect(yearsOf("ロシアは「2008年8月に攻撃を受けた」と述べた。")).toEqual(["RUS@2008"]);
  });

  it("takes the paragraph's year for a sentence without a date, but settles nothing in a survey of many years", () => {
    expect(factsOf(["プーチン大統領は改憲を訴えた。"], bluebook2021).facts[0]).toMatchObject({ year: 2020, precision: "year", dateText: null });
    const survey = factsOf(["ロシアはウクライナへの侵略を続けている。"], whitePaper2025);
    expect(survey.facts).toEqual([]);
    expect(survey.problems).toEqual([{ sentenceNo: 0, message: "names a place but no year can be settled" }]);
  });

  it("gives no fact for geography, importance or an intention stated without a date", () => {
    const { facts } = factsOf(
      [
        "中央アジア・コーカサス諸国は、アジア、欧州、ロシア及び中東を結ぶ地政学的な要衝に位置し、石油などの天然資源が豊富である。",
        "ロシアは日本にとって重要な隣国であり、重要性が高い。",
        "中央アジア・コーカサス諸国は要衝に位置しており、この地域が平和と繁栄を維持することは、ユーラシア全体の利益である。",
        "ロシアとの関係を発展させることは、日本の国益に資する。",
        "政府としては、北方領土問題を解決して平和条約を締結すべく、ロシアとの交渉に取り組んでいく考えである3。",
        "北極海には、ロシア、米国、カナダ、デンマーク及びノルウェーが面している8。",
        "北方領土問題は日露間の最大の懸案である。",
        "アゼルバイジャンは、アジアと欧州を結ぶコーカサス地域の要衝にある。",
        "韓国の安全は朝鮮半島における平和の維持にとり緊要である。",
        "普遍的価値を共有するカナダとの協力も不可欠である。",
        "中東地域の平和と安定は、日本の繁栄に直結する。",
        "日本は、唯一の戦争被爆国として、核軍縮に向けた国際社会の取組をリードしていく責務がある。",
        "インドシナとASEAN地域の間に平和で協力的な関係が樹立されるよう念願している。",
        "しかし、ロシアとの間には課題がなお多く残されていると言えよう。",
        "首  都: モスクワ(Moscow)",
        "特に、英国やフランスは国際社会において主要な役割を果たしており、これら各国との関係強化を図る必要がある。",
        "EUは、27加盟国から成る政治・経済統合体であり、日本の戦略的パートナーである。",
        "G7・G20サミットは引き続き重要な役割を果たしている。",
        "中南米地域には、普遍的価値を日本と共有する国家が多い。",
        "日系社会は現地社会への貢献を通じ、中南米地域における親日感情を醸成してきた。",
        "中南米地域は、ブラジルやメキシコなどの新興国を擁している。",
        "パナマ運河は、その拡張工事完了を2022年に控えている。",
        "メキシコは、第三国との関係では、伝統的に対米関係、対中南米関係を重視している。",
      ],
      bluebook2021,
    );
    expect(facts).toEqual([]);
  });

  it("gives no fact for an undated look back before the years reviewed, but does for one that is dated", () => {
    const bluebook1985 = report(1984, 1985);
    const yearsOf = (text: string) => placeYears(factsOf([text], bluebook1985).facts);
    expect(yearsOf("(1)第二次世界大戦前の中近東地域と我が国との関係は、比較的疎遠なものにとどまった。")).toEqual([]);
    expect(yearsOf("(現在は24公館)戦後は,中近東地域で数多くの国々が独立し,我が国はこれら諸国と外交関係を樹立していった。")).toEqual([]);
    expect(yearsOf("また戦後復興期から高度成長期にかけて,イラン等から大量の原油を輸入するようになった。")).toEqual([]);
    expect(yearsOf("戦後初めてイランの首相が来日した。")).toEqual(["IRN@1984", "JPN@1984"]);
  });

  it("gives no fact for an announcement of a later day on a meeting's page, but keeps what was agreed about it", () => {
    const page = { coversFrom: 2007, coversTo: 2007, published: { year: 2007, month: 11, day: 5 } };
    const meeting = { documentIsDated: true, statementDate: { year: 2007, month: 11, day: 5, precision: "day" as const, dateText: null } };
    const announced = factsOf(["11月5日、日露外相会談が行われた。", "また、7日には日露鉄道協力に関する会議も開催される。"], page, meeting).facts;
    expect(announced.map((f) => `${f.placeCode} ${f.month}-${f.day}`).sort()).toEqual(["JPN 11-5", "RUS 11-5"]);
    const scheduled = factsOf(["外相会合には、ウズベキスタンの外務大臣も出席する予定である。"], page, meeting).facts;
    expect(scheduled).toEqual([]);
    const saidSo = factsOf(["ラヴロフ外相より、来年訪日する予定である旨述べた。"], page, meeting).facts;
    expect(saidSo.map((f) => f.placeCode)).toContain("RUS");
    const agreed = factsOf(["両外相は、7日に日露鉄道協力に関する会議を開催することで一致した。"], page, meeting).facts;
    expect(agreed.map((f) => `${f.placeCode} ${f.month}-${f.day}`)).toContain("JPN 11-5");
  });

  it("still dates an intention that carries its own date, and a meeting's statement of one", () => {
    expect(factsOf(["12月、ロシアは国境管理を強化していく考えである。"], bluebook2021).facts.map((f) => f.placeCode)).toEqual(["RUS"]);
    const meeting = factsOf(["ラヴロフ大臣は、日本との協力を進めていく考えである。"], { coversFrom: 2008, coversTo: 2008, published: { year: 2008, month: 11, day: 5 } }, {
      documentIsDated: true,
      statementDate: { year: 2008, month: 11, day: 5, precision: "day", dateText: null },
    });
    expect(meeting.facts.map((f) => `${f.placeCode}@${f.year}`)).toContain("RUS@2008");
  });

  it("dates a meeting summary's section headed by its day (1 ベラルーシ(4月25日)) to that day", () => {
    const period = { coversFrom: 2016, coversTo: 2016, published: { year: 2016, month: 5, day: 2 } };
    // the sentence stage gives a section the day its heading names
    const sentences = paragraphsToSentences(textToParagraphs("1 ベラルーシ(4月25日)\n\n(1)会談\n\n政務官は、ベラルーシ外相と会談した。\n\n2 ウクライナ\n\n政務官は、ウクライナ外相と会談した。"));
    const dated = datesOfSentences(sentences, documentDateContext(period));
    const { facts } = sentencesToFacts(
      sentences.map((s, i) => ({ sentence: s, dates: dated[i]!.mentions, context: dated[i]!.context })),
      { documentIsDated: true, statementDate: { year: 2016, month: 4, day: 24, precision: "day", dateText: null } },
    );
    expect(facts.filter((f) => f.placeCode !== "JPN").map((f) => `${f.placeCode} ${f.year}-${f.month}-${f.day}`)).toEqual(["BLR 2016-4-25", "UKR 2016-4-24"]);
  });

  it("gives これら諸国 and 同地域 the places an earlier sentence of the section named", () => {
    const { facts } = factsOf(
      [
        "中央アジア・コーカサス諸国は、アジア、欧州、ロシア、中東を結ぶ要衝に位置する。",
        "日本はこれら諸国との二国間関係の強化を引き続き図るとともに、地域協力のための取組を続けている。",
      ],
      bluebook2021,
    );
    const referred = facts.filter((f) => f.derivation === "earlier_sentence");
    expect(referred.map((f) => `${f.placeCode}@${f.year}`).sort()).toEqual(["caucasus@2020", "central-asia@2020"]);
    expect(referred[0]!.matchedText).toBe("これら諸国");
    expect(facts.map((f) => f.placeCode)).toContain("JPN");
  });

  it("reads 上記の5か国 as the five countries named together a few sentences before, or the group they were named as", () => {
    const whitePaper = { coversFrom: 1991, coversTo: 2003, published: { year: 2003 } };
    const { facts } = factsOf(
      [
        "中央アジアは、一般に、ウズベキスタン、カザフスタン、キルギス、タジキスタン及びトルクメニスタンの旧ソ連5か国をさす。",
        "01年9月の同時多発テロ後、米国を中心とするアフガニスタンに対する対テロ作戦の後方基地として注目を集めている。",
        "上記の5か国は、91年後半のソ連崩壊の過程でそれぞれ独立した。",
      ],
      whitePaper,
    );
    const referred = facts.filter((f) => f.derivation === "earlier_sentence");
    expect([...new Set(referred.map((f) => `${f.placeCode}@${f.year}`))]).toEqual(["central-asia@1991"]);
  });

  it("reads 同地域 after a region the sentence itself names as that region, and refers back within a section only", () => {
    const sameSentence = factsOf(["中央アジア・コーカサス諸国は要衝に位置する。", "2004年以来の「中央アジア＋日本」対話は同地域の安定に貢献している。"], bluebook2021);
    expect(sameSentence.facts.map((f) => f.placeCode)).not.toContain("caucasus");
    const sentences = [sentence("アルメニアとアゼルバイジャンは10月に停戦に合意した。", 0, ["(5) コーカサス"]), sentence("これら諸国との協力を強化した。", 1, ["(6) 経済協力"])];
    const dated = datesOfSentences(sentences, documentDateContext(bluebook2021));
    const { facts } = sentencesToFacts(
      sentences.map((s, i) => ({ sentence: s, dates: dated[i]!.mentions, context: dated[i]!.context })),
      { documentIsDated: false, statementDate: null },
    );
    expect(facts.filter((f) => f.derivation === "earlier_sentence")).toEqual([]);
  });

  it("returns an annual report's undated sentences to the year under review after news of the next year", () => {
    const { facts } = paragraphFactsOf(
      ["2008年1月に実施された選挙でサーカシヴィリ大統領は再選された。", "アゼルバイジャンとアルメニアの内政はおおむね安定的に推移した。"],
      report(2007, 2008),
    );
    expect(facts.map((f) => `${f.placeCode}@${f.year}`)).toEqual(["GEO@2008", "AZE@2007", "ARM@2007"]);
  });

  it("does not carry a written year to the undated sentences after it in a survey of many years", () => {
    const { facts } = paragraphFactsOf(
      ["2012年にはSCOの対テロ共同演習が行われた。", "「平和の使命」については、中央アジア諸国を交えて実施する年がある。"],
      report(2003, 2022),
    );
    expect(facts.map((f) => `${f.placeCode}@${f.year}`)).toEqual(["sco@2012"]);
  });

  it("keeps the news's year for a sentence that points back at it (これを受け、…, 同空母打撃群は…, 会議では…)", () => {
    const { facts } = paragraphFactsOf(
      ["2022年2月、ロシアはウクライナへの侵略を開始した。", "これを受け、日本を含む国際社会はロシアを厳しく非難した。"],
      report(2021, 2022),
    );
    expect(facts.filter((f) => f.sentenceNo === 1).map((f) => `${f.placeCode}@${f.year}`)).toEqual(["JPN@2022", "RUS@2022"]);
    const same = paragraphFactsOf(["英国は2021年5月、空母打撃群をインド太平洋地域へ派遣した。", "同空母打撃群は、シンガポール、インドなどを訪問した。"], report(1992, 2022));
    expect(placeYears(same.facts.filter((f) => f.sentenceNo === 1))).toEqual(["IND@2021", "SGP@2021"]);
    const alike = paragraphFactsOf(["英国は2021年5月、空母打撃群をインド太平洋地域へ派遣した。", "同様に、フランスはインドとの協力を進めている。"], report(1992, 2022));
    expect(alike.facts.filter((f) => f.sentenceNo === 1)).toEqual([]);
    const meeting = paragraphFactsOf(["2023年11月、防衛副大臣はADMMプラスに出席した。", "会議では、ロシアによるウクライナ侵略や北朝鮮による弾道ミサイルの発射について議論した。"], report(1992, 2024));
    expect(placeYears(meeting.facts.filter((f) => f.sentenceNo === 1))).toEqual(["PRK@2023", "RUS@2023", "UKR@2023"]);
  });

  it("dates every sentence of a meeting summary by the meeting as well", () => {
    const meeting = { year: 2008, month: 11, day: 5, precision: "day" as const, dateText: null };
    const { facts } = factsOf(
      ["ラヴロフ大臣より、7月の首脳会談における合意に言及があった。"],
      { coversFrom: 2008, coversTo: 2008, published: { year: 2008, month: 11, day: 5 } },
      { documentIsDated: true, statementDate: meeting },
    );
    expect(facts.map((f) => `${f.year}-${f.month}-${f.day}`).sort()).toEqual(["2008-11-5", "2008-7-null"]);
  });

  it("dates an undated sentence of a meeting summary by the meeting day alone, not by its year as well", () => {
    const meeting = { year: 2019, month: 5, day: 18, precision: "day" as const, dateText: null };
    const { facts } = factsOf(
      ["河野大臣から、キルギスとの関係を重視している旨述べた。"],
      { coversFrom: 2019, coversTo: 2019, published: { year: 2019, month: 5, day: 18 } },
      { documentIsDated: true, statementDate: meeting },
    );
    expect(facts.map((f) => `${f.placeCode}@${f.year}-${f.month}-${f.day}`).sort()).toEqual(["JPN@2019-5-18", "KGZ@2019-5-18"]);
  });

  it("does not date an event by a year given as a multiple's base (2011年の約3倍)", () => {
    const { facts } = factsOf(["2012年の対露投資額は2011年の約3倍に達した。"], report(2012, 2013));
    expect(facts.map((f) => `${f.placeCode}@${f.year}`)).toEqual(["RUS@2012"]);
  });

  it("does not date a review's events by the year they carry on from (前年に引き続き), but does by a dated event repeated", () => {
    const carriedOn = factsOf(["2017年、ウズベキスタンとの間では、前年に引き続き要人往来が活発に行われた。"], volume(2017));
    expect(placeYears(carriedOn.facts)).toContain("UZB@2017");
    expect(carriedOn.facts.map((f) => f.year)).not.toContain(2016);
    const sameAs = factsOf(["ロシア経済は、96年も前年同様に低迷した。"], volume(1996));
    expect(placeYears(sameAs.facts)).toEqual(["RUS@1996"]);
    const repeated = factsOf(["12月には、2019年7月に引き続き、2度目となる露中爆撃機の共同飛行が行われた。"], volume(2020));
    expect(placeYears(repeated.facts)).toEqual(expect.arrayContaining(["CHN@2019", "RUS@2019"]));
    const meeting = factsOf(["航空機墓参が昨年に引き続き実施されたことを歓迎し、ロシア側と協力を確認した。"], { coversFrom: 2018, coversTo: 2018, published: { year: 2018, month: 7, day: 31 } });
    expect(placeYears(meeting.facts)).toContain("RUS@2017");
  });

  it("gives a later dated clause that names no place but points back with 同 (同案件の署名) the places of the clause before", () => {
    const { facts } = factsOf(["12月の日・エジプト外相電話会談において、借款の準備を進めている旨伝達し、2021年2月には同案件の署名が行われた。"], bluebook2021);
    expect(placeYears(facts)).toEqual(expect.arrayContaining(["EGY@2020", "EGY@2021", "JPN@2020", "JPN@2021"]));
    const noPointer = factsOf(["12月の日・エジプト外相電話会談において、借款の準備を進めている旨伝達し、2021年2月には閣議決定が行われた。"], bluebook2021);
    expect(noPointer.facts.map((f) => f.year)).not.toContain(2021);
    const eraYear = factsOf(["米ソ冷戦のさ中、62(昭和37)年のキューバ危機を経て、68(同43)年に核兵器不拡散条約が作成された。"], whitePaper2025);
    expect(placeYears(eraYear.facts)).not.toContain("CUB@1968");
  });

  it("does not date a review's events by a deadline after the year reviewed (2005年末までに撤去する計画), but does by one within it", () => {
    const deadline = factsOf(["6月にイスラエルは、2005年末までにガザ地区から入植地を撤去する計画を閣議決定した。"], volume(2004));
    expect(deadline.facts.map((f) => f.year)).not.toContain(2005);
    expect(placeYears(deadline.facts)).toContain("ISR@2004");
    const within = factsOf(["シリアに対し、2015年までに12億ドル以上の支援を実施した。"], volume(2015));
    expect(placeYears(within.facts)).toContain("SYR@2015");
  });

  it("dates the state's economy or forces as the topic by every date of the sentence", () => {
    const { facts } = factsOf(["2008年後半から低迷したロシア経済は、2010年に回復した。"], report(2010, 2011));
    expect(placeYears(facts)).toEqual(["RUS@2008", "RUS@2010"]);
  });

  it("dates a place set as the frame of the sentence (南スーダンでは) by the date of its event, across a clause break", () => {
    const { facts } = factsOf(["南スーダンでは、与党内の派閥抗争が激化し、2013年12月15日、首都で衝突が発生した。"], report(2014, 2015));
    expect(facts.map((f) => `${f.placeCode} ${f.year}-${f.month}-${f.day}`)).toEqual(["SSD 2013-12-15"]);
  });

  it("does not give a later clause's date to places of an earlier clause cut off after a footnote number", () => {
    const { facts } = factsOf(
      ["ロシアは、中国、インドなどに戦闘機を輸出し9、また、01(平成13)年にはイランとの間で軍事技術協力に合意している。"],
      report(1992, 2007),
    );
    expect(placeYears(facts)).toEqual(["IRN@2001", "RUS@2001"]);
  });

  it("dates an organisation set as the topic with its members (NATO及び加盟国は) by every date of the sentence", () => {
    const { facts } = factsOf(["NATO及び加盟国は、ロシアの脅威を再認識し、2014年4月、ロシアとの実務協力を停止した。"], report(1992, 2016));
    expect(placeYears(facts)).toEqual(["RUS@2014", "nato@2014"]);
  });

  it("dates two countries named together as the topic (露中両国は) by every date of the sentence", () => {
    const { facts } = factsOf(
      ["露中両国は2003年に共同演習を初めて実施、2005年からは演習名を改め実施している。"],
      report(1992, 2022),
    );
    expect(placeYears(facts)).toEqual(["CHN@2003", "CHN@2005", "RUS@2003", "RUS@2005"]);
  });

  it("takes the place of the document's title for a sentence that names none under headings that name none", () => {
    const { facts } = factsOf(
      ["また、本年1月、武器輸出権限を国営企業に独占的に付与した。"],
      report(2006, 2007),
      { titleHeading: "ロシア「5" },
    );
    expect(facts.map((f) => `${f.placeCode}@${f.year}-${f.month} ${f.derivation}`)).toEqual(["RUS@2007-1 section_heading"]);
  });

  it("does not make a title's country the actor of a sentence that names only a region group", () => {
    const { facts } = factsOf(
      ["CSTOの設立根拠となる1992年の集団安全保障条約は、相互援助を定めている。"],
      report(1992, 2025),
      { titleHeading: "ロシア「5" },
    );
    expect(facts.map((f) => f.placeCode)).toEqual(["csto"]);
  });

  it("dates the places of a clause by every year that names one of its events (「ボストーク2003」や「モビリノスチ2004」)", () => {
    const { facts } = factsOf(
      ["極東では、大規模な演習である「ボストーク2003」や、ロシア西方から極東への機動展開演習である「モビリノスチ2004」などが実施された。"],
      report(1990, 2007),
    );
    expect(placeYears(facts)).toEqual(["RUS@2003", "RUS@2004"]);
  });

  it("does not date a white paper's undated analysis by the year the document covers, but still dates what the text dates", () => {
    const period = report(2011, 2012);
    const texts = ["ロシアは、CIS諸国との経済的な連携を強化することを対外政策の基本方針としている。", "ロシアは、2011年12月に下院選挙を実施した。"];
    const placesAndYears = (options: Partial<FactOptions>) => factsOf(texts, period, options).facts.map((f) => `${f.placeCode}@${f.year} #${f.sentenceNo}`);
    expect(placesAndYears({ isAnalysis: true })).toEqual(["RUS@2011 #1"]);
    expect(placesAndYears({}).sort()).toEqual(["RUS@2011 #0", "RUS@2011 #1", "cis@2011 #0"]);
  });

  it("dates a place in the clauses before the first dated one by the year the sentence is read in, unless they look back on an undated past", () => {
    const bluebook2008 = report(2007, 2008);
    const yearsOf = (text: string) => placeYears(factsOf([text], bluebook2008).facts);
    expect(yearsOf("中央アジア諸国に対する国際的関心が高まりつつある中、日本は、2006年8月の総理訪問の成果を踏まえ関与を続けた。")).toEqual([
      "JPN@2006",
      "central-asia@2007",
    ]);
    expect(yearsOf("キルギスには、以前から米露両国軍が駐留していたが、2月にキルギス大統領が米軍駐留期限終了の決定を表明した。").filter((k) => k.startsWith("RUS"))).toEqual([]);
  });

  it("dates both sides of a relation set as the topic (ロシアと中国の間では) by every date of the sentence", () => {
    const { facts } = factsOf(["ロシアと中国の間では、97年には東部国境画定問題が解決され、また、1998年には、西部国境画定が宣言された。"], report(1990, 2003));
    expect(placeYears(facts)).toEqual(["CHN@1997", "CHN@1998", "RUS@1997", "RUS@1998"]);
  });

  it("reads 上記5か国 as the five countries the sentence named before it", () => {
    const { facts } = factsOf(
      ["1996年には、ロシアと中国にカザフスタン、キルギスとタジキスタンを加えた5か国により協定が署名され、1997年には、上記5か国による国境兵力削減協定の署名が行われた。"],
      report(1990, 2003),
    );
    expect(facts.filter((f) => f.year === 1997).map((f) => f.placeCode).sort()).toEqual(["CHN", "KAZ", "KGZ", "RUS", "TJK"]);
  });

  it("reads その3カ国 as the three countries the sentence named before it", () => {
    const { facts } = factsOf(["軍隊を保有しているのはフィジー、パプアニューギニア、トンガの3カ国ですが、2020年1月~2月にかけてその3カ国全てを副大臣が訪問しました。"], report(2019, 2020));
    expect([...new Set(facts.filter((f) => f.year === 2020).map((f) => f.placeCode))].sort()).toEqual(["FJI", "PNG", "TON"]);
  });

  it("reads 両国 as the two countries the sentence before named, and as nothing when that sentence named more or Japan", () => {
    const pair = paragraphFactsOf(["昨年7月、カンボジアとタイとの間で緊張が高まった。", "同年10月には対峙していた両国軍の間で銃撃戦が発生した。"], report(2007, 2009));
    expect(placeYears(pair.facts)).toEqual(expect.arrayContaining(["KHM@2008", "THA@2008"]));
    expect(pair.facts.filter((f) => f.quote.startsWith("同年10月")).map((f) => f.placeCode).sort()).toEqual(["KHM", "THA"]);
    const three = paragraphFactsOf(["昨年7月、カンボジア、ラオスとタイとの間で緊張が高まった。", "同年10月には両国軍の間で銃撃戦が発生した。"], report(2007, 2009));
    expect(three.facts.filter((f) => f.quote.startsWith("同年10月"))).toEqual([]);
    const withJapan = paragraphFactsOf(["72年9月、日本と米国はハワイで会談した。", "73年には両国間の対話が続けられた。"], report(1972, 1974));
    expect(withJapan.facts.filter((f) => f.year === 1973)).toEqual([]);
  });

  it("dates every member of a list closed by its count as the subject (…及びカナダの3か国が) by every date of the sentence", () => {
    const { facts } = factsOf(["日本、シンガポール及びカナダの3か国が交渉に参加し、2015年10月に大筋合意を実現し、2016年2月に署名に至った。"], volume(2015));
    expect(placeYears(facts)).toEqual(["CAN@2015", "CAN@2016", "JPN@2015", "JPN@2016", "SGP@2015", "SGP@2016"]);
    const uncounted = factsOf(["日本、シンガポール及びカナダが交渉に参加し、2015年10月に大筋合意を実現し、2016年2月に署名に至った。"], volume(2015));
    expect(placeYears(uncounted.facts)).not.toContain("SGP@2016");
  });

  it("dates an office holder marked (当時) as the topic by every date of the sentence", () => {
    const { facts } = factsOf(["こうした中、2000年から2008年の間大統領を務めたプーチン首相(当時)が2012年3月の大統領選挙に当選し、同年5月に大統領に就任した。"], report(2000, 2013));
    expect(facts.map((f) => `${f.year}-${f.month}`).sort()).toEqual(["2000-null", "2008-null", "2012-3", "2012-5"]);
  });

  it("dates a place naming the treaty that is the sentence's topic (日ソ領事条約は) by every date of the sentence", () => {
    const { facts } = factsOf(["1966年7月29日に署名された日ソ領事条約は、1967年3月29日国会に提出され、5月25日衆議院で可決された。"], report(1967, 1968));
    expect([...new Set(facts.map((f) => `${f.year}-${f.month}-${f.day}`))].sort()).toEqual(["1966-7-29", "1967-3-29", "1967-5-25"]);
  });

  it("gives no fact for a note that defines a term, says what a body is made of or points to a table", () => {
    const { facts } = factsOf(["(注3) 中央アジア諸国は、カザフスタン、ウズベキスタンなどの5か国を指す。"], bluebook2021);
    expect(facts).toEqual([]);
    expect(factsOf(["CSCEは、NATO及びワルシャワ条約機構加盟国及び欧州の非同盟中立諸国から構成されている。"], volume(1988)).facts).toEqual([]);
    expect(factsOf(["EC、日本、米国の3市場を比較したのが次表である。"], volume(1987)).facts).toEqual([]);
  });

  it("dates a place naming the question that is the sentence's topic (日ソ漁業問題に関しては) by every date of the sentence", () => {
    const { facts } = factsOf(["日ソ漁業問題に関しては、1957年2月に東京において、また1958年1月にモスクワにおいて、委員会が開催された。"], report(1959, 1960));
    expect([...new Set(facts.map((f) => `${f.placeCode}@${f.year}`))].sort()).toEqual(["JPN@1957", "JPN@1958", "RUS@1957", "RUS@1958"]);
  });
});
