import { findPlaceMentions, isVenueNote, type PlaceMention } from "@/places/gazetteer";

/** [surface, codes, via] of each mention, in text order. */
function found(text: string): [string, string[], string][] {
  return findPlaceMentions(text).map((m) => [m.surface, m.placeCodes, m.via]);
}

function codes(text: string): string[] {
  return [...new Set(findPlaceMentions(text).flatMap((m) => m.placeCodes))].sort();
}

describe("findPlaceMentions: names", () => {
  it("finds country names with offsets that slice back to the surface", () => {
    const text = "9月27日、アルメニアとアゼルバイジャンとの間でナゴルノ・カラバフをめぐる軍事衝突が発生した。";
    const mentions = findPlaceMentions(text);
    expect(mentions.map((m) => [m.surface, m.placeCodes])).toEqual([
      ["アルメニア", ["ARM"]],
      ["アゼルバイジャン", ["AZE"]],
      ["ナゴルノ・カラバフ", ["nagorno-karabakh"]],
    ]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });

  it.each([
    ["インドネシア近海で実施した", ["IDN"]],
    ["中央アジア5か国の実務専門家", ["central-asia"]],
    ["ロシア極東ボストーチヌイ宇宙基地", ["RUS"]],
    ["南オセチア紛争以来", ["south-ossetia"]],
    ["北方領土問題の解決", ["northern-territories"]],
    ["ドミニカ共和国とドミニカ国", ["DMA", "DOM"]],
    ["ニジェール", ["NER"]],
    ["ナイジェリア", ["NGA"]],
    ["ギニアビサウ", ["GNB"]],
    ["ギニア", ["GIN"]],
    ["北朝鮮との協力を強化する", ["PRK"]],
    ["白ロシア", ["BLR"]],
    ["マリウポリ", ["UKR"]],
    ["北コーカサス対策", ["RUS"]],
    ["北カフカスにおけるテロ事件", ["RUS"]],
    ["南スーダン", ["SSD"]],
    ["メキシコ合衆国", ["MEX"]],
    ["朝鮮半島の非核化", ["KOR", "PRK"]],
    ["日魯通好条約が調印された", ["JPN", "RUS"]],
    ["ヴィエトナム問題に関するソ連政府の見解", ["RUS", "VNM"]],
    ["バルト3国、コーカサス地方等での民族問題", ["EST", "LTU", "LVA", "caucasus"]],
    ["インドシナ三国の政変", ["KHM", "LAO", "VNM"]],
    ["首相が北欧三国を訪問する", ["DNK", "NOR", "SWE"]],
    ["北極圏国は北極評議会を設立している", ["CAN", "DNK", "FIN", "ISL", "NOR", "RUS", "SWE", "USA"]],
    ["イタリア、ヴァチカンおよびドイツの各国を訪問し", ["DEU", "ITA", "VAT"]],
  ])("takes the longest name: %s", (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it.each([
    "アメリカ大陸",
    "約240億米ドルと回復傾向",
    "インド太平洋地域の戦略環境",
    "インド洋",
    "日本海から東シナ海にかけて",
    "旧ソ連諸国については",
    "インドシナ",
    "ニューギニア島",
    "中南米、北米、欧米諸国",
    "帰国後に",
    "ストックホルム国際平和研究所によれば",
  ])("finds no place in a longer word that is not about it: %s", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("reads 中共 as China in the older volumes, but not the 中…共 of 露中共同演習 or 日中共同声明", () => {
    expect(codes("中共貿易は再開した")).toEqual(["CHN"]);
    expect(codes("露中共同演習")).toEqual(["CHN", "RUS"]);
    expect(codes("日中共同声明")).toEqual(["CHN", "JPN"]);
  });

  it("reads a name followed by the particle へ typed as the katakana ヘ (scanned pages), but not a longer katakana word", () => {
    expect(codes("アフガニスタンヘの軍事介入")).toEqual(["AFG"]);
    expect(codes("ソ連はポーランドヘ圧力をかけた")).toEqual(["POL", "RUS"]);
    expect(found("ロシアヘリコプター")).toEqual([]);
  });

  it("reads historical and variant names as the same country", () => {
    expect(codes("グルジア情勢")).toEqual(["GEO"]);
    expect(codes("ジョージアとの関係")).toEqual(["GEO"]);
    expect(codes("キルギスタン")).toEqual(["KGZ"]);
    expect(codes("モルドヴァ")).toEqual(["MDA"]);
    expect(codes("ソ連解体から30年")).toEqual(["RUS"]);
    expect(codes("ソビエト連邦")).toEqual(["RUS"]);
    expect(codes("アメリカ合衆国")).toEqual(["USA"]);
    expect(codes("イギリス")).toEqual(["GBR"]);
    expect(codes("大韓民国")).toEqual(["KOR"]);
    expect(codes("中華人民共和国")).toEqual(["CHN"]);
    expect(codes("ジョージア州")).toEqual(["USA"]);
  });

  it("reads the older volumes' names and MOFA's short forms", () => {
    expect(codes("セイロン政府")).toEqual(["LKA"]);
    expect(codes("アラブ連合共和国")).toEqual(["EGY"]);
    expect(codes("西独首相と東独")).toEqual(["DEU"]);
    expect(codes("国府との関係")).toEqual(["TWN"]);
    expect(codes("北越への爆撃")).toEqual(["VNM"]);
    expect(codes("南アとの協力")).toEqual(["ZAF"]);
    expect(codes("南アジア地域")).toEqual([]);
    expect(codes("対ラテン・アメリカ関係")).toEqual([]);
    expect(codes("対中近東政策")).toEqual([]);
    expect(codes("サハラ以南アフリカ諸国")).toEqual([]);
    expect(codes("オランダがジャワに東インド会社を設立した")).toEqual(["NLD"]);
    expect(codes("「イラクとレバントのイスラム国」(ISIL)などの暴力的過激主義がシリアで続いた")).toEqual(["SYR"]);
    expect(codes("サウジとの関係")).toEqual(["SAU"]);
    expect(codes("ユーゴースラヴィア連邦共和国に対する空爆")).toEqual(["SRB"]);
    expect(new Set(codes("ゴラン高原のUNDOFへの派遣"))).toEqual(new Set(["SYR", "ISR"]));
    expect(new Set(codes("バハレーン,カタルおよびアラブ首長国連邦が相ついで独立し"))).toEqual(new Set(["BHR", "QAT", "ARE"]));
    expect(codes("カタルーニャ州の独立問題")).toEqual([]);
    expect(codes("旧ユーゴ国際刑事裁判所に送還した")).toEqual([]);
    expect(codes("マケドニア旧ユーゴスラビア共和国")).toEqual(["MKD"]);
    expect(codes("日NZ首脳会談")).toEqual(["JPN", "NZL"]);
    expect(codes("ECが市場統合の完成を目指している")).toEqual(["eu"]);
    expect(codes("ECサイトでの販売")).toEqual([]);
    expect(codes("ガザ地区に進攻させた")).toEqual(["PSE"]);
  });

  it.each([
    ["ノールウェーに滞在", "NOR"],
    ["サウディ・アラビア企画相", "SAU"],
    ["ボリヴィアの諸国", "BOL"],
    ["ニュー・ジーランドからは", "NZL"],
    ["タンガニイカは共和国となり", "TZA"],
    ["南ローデシアの白人政権", "ZWE"],
    ["濠州との関係", "AUS"],
  ])("reads the older volumes' spelling %s as today's country", (text, code) => {
    expect(codes(text)).toEqual([code]);
  });

  it("keeps a split federation and a longer katakana word out of the older spellings", () => {
    expect(codes("ローデシア・ニアサランド連邦の首府")).toEqual([]);
    expect(codes("ヒマラヤ山脈")).toEqual([]);
    expect(codes("コンゴー(ブラザヴィル)")).toEqual(["COG"]);
  });

  it("reads forms naming two places at once", () => {
    expect(codes("南北首脳会談が行われた")).toEqual(["KOR", "PRK"]);
    expect(codes("南北朝鮮の対話")).toEqual(["KOR", "PRK"]);
    expect(codes("南北問題")).toEqual([]);
    expect(codes("印パ関係")).toEqual(["IND", "PAK"]);
    // the talks' formats are groups of their own, which are no places, even with their members in brackets
    expect(codes("イランとEU3+3の協議")).toEqual(["IRN"]);
    expect(codes("イランとEU(英仏独)+3(米中露)との協議")).toEqual(["IRN"]);
    expect(codes("EU3(英仏独)+3(米中露)との協議")).toEqual([]);
    expect(codes("日米豪印の連携")).toEqual(["AUS", "IND", "JPN", "USA", "quad"]);
  });

  it("finds the special regions and gives an island its region too", () => {
    expect(codes("沿ドニエストル")).toEqual(["transnistria"]);
    expect(codes("モルドバ(トランスニストリア)")).toEqual(["MDA", "transnistria"]);
    expect(codes("クリミア半島")).toEqual(["crimea"]);
    expect(found("セヴァストポリ")).toEqual([["セヴァストポリ", ["crimea"], "city"]]);
    expect(codes("ナゴルノ・カラバフ自治州を巡る")).toEqual(["nagorno-karabakh"]);
    expect(codes("アブハジアと同盟")).toEqual(["abkhazia"]);
    expect(found("歯舞群島及び色丹島")).toEqual([
      ["歯舞群島", ["habomai", "northern-territories"], "name"],
      ["色丹島", ["shikotan", "northern-territories"], "name"],
    ]);
    expect(codes("択捉島における軍事演習")).toEqual(["etorofu", "northern-territories"]);
    expect(codes("北方四島の帰属の問題")).toEqual(["northern-territories"]);
  });

  it("finds organisations by Japanese name and acronym", () => {
    expect(codes("集団安全保障条約機構4(CSTO:Collective Security Treaty Organization)")).toEqual(["csto"]);
    expect(codes("独立国家共同体（CIS）")).toEqual(["cis"]);
    expect(codes("ユーラシア経済同盟（EAEU）")).toEqual(["eaeu"]);
    expect(codes("上海協力機構（SCO）")).toEqual(["sco"]);
    expect(codes("北大西洋条約機構")).toEqual(["nato"]);
    expect(codes("欧州連合")).toEqual(["eu"]);
    expect(codes("9月にG7が外相声明を発出")).toEqual(["g7"]);
    expect(codes("南コーカサス")).toEqual(["caucasus"]);
    expect(found("「中央アジア+日本」対話")).toEqual([["中央アジア+日本", ["central-asia", "JPN"], "name"]]);
  });

  it("matches full-width Latin letters and signs like their ASCII forms", () => {
    expect(codes("Ｇ７")).toEqual(["g7"]);
    expect(found("「中央アジア＋日本」")).toEqual([["中央アジア＋日本", ["central-asia", "JPN"], "name"]]);
  });

  it("matches acronyms only as whole words", () => {
    expect(codes("EURO")).toEqual([]);
    expect(codes("G77")).toEqual([]);
    expect(codes("NATO加盟国")).toEqual(["nato"]);
    expect(codes("EUとの間")).toEqual(["eu"]);
  });

  it("marks adjectival forms", () => {
    expect(found("ロシア軍を駐留させ")).toEqual([["ロシア軍", ["RUS"], "adjective"]]);
    expect(found("ロシア側と議論")).toEqual([["ロシア側", ["RUS"], "adjective"]]);
    expect(found("日本側関係者")).toEqual([["日本側", ["JPN"], "adjective"]]);
    expect(found("ロシア政府")).toEqual([["ロシア", ["RUS"], "name"]]);
  });
});

describe("findPlaceMentions: compounds of abbreviations", () => {
  it.each([
    ["日露関係", ["JPN", "RUS"]],
    ["中露による共同飛行", ["CHN", "RUS"]],
    ["米露間の軍備管理", ["USA", "RUS"]],
    ["日ソ共同宣言", ["JPN", "RUS"]],
    ["日米同盟", ["JPN", "USA"]],
    ["日中間における", ["JPN", "CHN"]],
    ["米中関係", ["USA", "CHN"]],
    ["日韓", ["JPN", "KOR"]],
    ["露中爆撃機", ["RUS", "CHN"]],
    ["露朝首脳会談", ["RUS", "PRK"]],
    ["先般の米朝合意", ["USA", "PRK"]],
    ["日ロ首脳会談", ["JPN", "RUS"]],
    ["英仏独", ["GBR", "FRA", "DEU"]],
    ["中露国境画定問題", ["CHN", "RUS"]],
    ["米露国交", ["USA", "RUS"]],
    ["ヒル豪国防大臣が訪日した", ["AUS"]],
  ])("reads %s as a compound", (text, expected) => {
    const [first] = findPlaceMentions(text);
    expect(first?.placeCodes).toEqual(expected);
    expect(first?.via).toBe("compound");
  });

  it("keeps 露国 after a word that is no abbreviation", () => {
    expect(found("日本と露国")).toEqual([["日本", ["JPN"], "name"], ["露国", ["RUS"], "name"]]);
  });

  it("joins an abbreviation and a name across the middle dot", () => {
    expect(found("10月に日・ウズベキスタン租税条約が発効")).toEqual([["日・ウズベキスタン", ["JPN", "UZB"], "compound"]]);
    expect(found("日・中央アジア")).toEqual([["日・中央アジア", ["JPN", "central-asia"], "compound"]]);
    expect(found("露・ベラルーシ連合国家")).toEqual([["露・ベラルーシ", ["RUS", "BLR"], "compound"]]);
    expect(found("同様に日・露・UNODCとの間")).toEqual([["日・露", ["JPN", "RUS"], "compound"]]);
    expect(found("日ソ・日露貿易高")).toEqual([
      ["日ソ", ["JPN", "RUS"], "compound"],
      ["日露", ["JPN", "RUS"], "compound"],
    ]);
  });

  it("reads abbreviations listed with commas when each stands alone, but not a date's 日 or a set form", () => {
    expect(found("83年8月ホノルルで,日,米,加,豪の4か国による閣僚級会議が開催された。")).toEqual([["日,米,加,豪", ["JPN", "USA", "CAN", "AUS"], "compound"]]);
    expect(codes("英、仏、独の首脳が会談した。")).toEqual(["DEU", "FRA", "GBR"]);
    expect(codes("27日、米、英、仏の3か国が声明を出した。")).toEqual(["FRA", "GBR", "USA"]);
    expect(found("3日、米軍が展開した。")).toEqual([["米軍", ["USA"], "adjective"]]);
    expect(codes("中旬、英語の教材を配布した。")).toEqual([]);
  });

  it("reads a lone abbreviation before a particle or a list mark after a table's bar or a comma, but not rice", () => {
    expect(codes("|4月 |米とEC、ボスニアを国家承認。")).toEqual(["BIH", "USA", "eu"]);
    expect(codes("米、ボスニアに対する武器禁輸解除決議案を提出。")).toEqual(["BIH", "USA"]);
    expect(codes("新米と古米を比べた。")).toEqual([]);
    expect(codes("米はおいしい。")).toEqual([]);
  });

  it("reads Bosnia by its short name and older spellings, and Yugoslavia written ユーゴー", () => {
    expect(codes("ボスニア・ヘルツェゴビィナ(以下ボスニア)")).toEqual(["BIH"]);
    expect(codes("スロベニアとクロアチア、ユーゴーから独立宣言。")).toEqual(["HRV", "SRB", "SVN"]);
    expect(codes("旧ユーゴー問題")).toEqual([]);
  });

  it("joins 日 glued to a country name or a Latin group name", () => {
    expect(found("日中国交正常化")).toEqual([["日中国", ["JPN", "CHN"], "compound"]]);
    expect(found("日EU経済連携協定")).toEqual([["日EU", ["JPN", "eu"], "compound"]]);
    expect(found("日ASEAN首脳会議")).toEqual([["日ASEAN", ["JPN", "asean"], "compound"]]);
    expect(found("9日EU首脳会議")).toEqual([["EU", ["eu"], "name"]]);
    expect(found("日中央アジア")).toEqual([["中央アジア", ["central-asia"], "name"]]);
  });

  it("reads set forms with a prefix or suffix", () => {
    expect(found("2011年2月に訪露し")).toEqual([["訪露", ["RUS"], "compound"]]);
    expect(found("プーチン大統領訪日の際")).toEqual([
      ["プーチン大統領", ["RUS"], "office_holder"],
      ["訪日", ["JPN"], "compound"],
    ]);
    expect(found("ミルジヨーエフ大統領来日の際")[1]).toEqual(["来日", ["JPN"], "compound"]);
    expect(found("在日米軍")).toEqual([
      ["在日", ["JPN"], "compound"],
      ["米軍", ["USA"], "adjective"],
    ]);
    expect(found("欧米諸国による対露制裁")).toEqual([["対露", ["RUS"], "compound"]]);
    expect(found("対中露政策")).toEqual([["対中露", ["CHN", "RUS"], "compound"]]);
    expect(found("在シリア露軍拠点")).toEqual([
      ["シリア", ["SYR"], "name"],
      ["露軍", ["RUS"], "adjective"],
    ]);
    expect(found("他方で露側の協力")).toEqual([["露側", ["RUS"], "adjective"]]);
    expect(found("の露政府")).toEqual([["露政府", ["RUS"], "compound"]]);
    expect(found("(3)米大統領選挙")).toEqual([["米大統領", ["USA"], "compound"]]);
    expect(found("2019年8月、米側の脱退表明")).toEqual([["米側", ["USA"], "adjective"]]);
  });

  it("never reads 日 of a date as Japan", () => {
    expect(found("9月27日、")).toEqual([]);
    expect(found("翌16日のプーチン大統領")).toEqual([["プーチン大統領", ["RUS"], "office_holder"]]);
    expect(codes("9月27日米国が")).toEqual(["USA"]);
    expect(codes("10月13日本会議で")).toEqual([]);
    expect(found("27日露外相は")).toEqual([["露外相", ["RUS"], "compound"]]);
    expect(found("27日露中首脳会談")).toEqual([["露中", ["RUS", "CHN"], "compound"]]);
    expect(codes("同日中に")).toEqual([]);
    expect(codes("一日中")).toEqual([]);
    expect(codes("後日中国を訪問")).toEqual(["CHN"]);
    expect(codes("毎日米を食べる")).toEqual([]);
    expect(codes("滞在日数")).toEqual([]);
  });

  it("never reads 中 of 中旬, 期間中 or 訪日中 as China", () => {
    expect(codes("11月中旬のAPEC首脳会議")).toEqual([]);
    expect(codes("期間中")).toEqual([]);
    expect(found("訪日中のラヴロフ")).toEqual([
      ["訪日", ["JPN"], "compound"],
      ["ラヴロフ", ["RUS"], "office_holder"],
    ]);
    expect(codes("中でも主要な輸入品目")).toEqual([]);
    expect(codes("アジア、欧州、ロシア、中東を結ぶ")).toEqual(["RUS"]);
    expect(codes("ロシア滞在中に")).toEqual(["RUS"]);
  });

  it.each([
    "朝日新聞", "結婚式で披露した", "影響力低下が露呈した", "会合に参加した", "条約に調印した", "英語で", "精米機",
    "豪雨", "独自の", "米ドル", "中米", "マクロ経済", "仏教", "伊豆",
  ])("finds no country in the ordinary word %s", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("opens compounds after counters and 今後/以来", () => {
    expect(codes("第2回日露防衛・外交トップ会談")).toEqual(["JPN", "RUS"]);
    expect(codes("今後日露間で経済関係を")).toEqual(["JPN", "RUS"]);
    expect(codes("2014年以来日露は")).toEqual(["JPN", "RUS"]);
    expect(codes("1956年日ソ共同宣言")).toEqual(["JPN", "RUS"]);
  });

  it("does not take ロ of ロシア or katakana words as Russia", () => {
    expect(found("対ロシア制裁")).toEqual([["ロシア", ["RUS"], "name"]]);
    expect(codes("マクロ")).toEqual([]);
  });

  it("drops a trailing abbreviation that starts an ordinary word", () => {
    expect(found("日米中旬")).toEqual([["日米", ["JPN", "USA"], "compound"]]);
    expect(found("日米比較")).toEqual([["日米", ["JPN", "USA"], "compound"]]);
  });

  it.each([
    ["日比首脳会談", ["JPN", "PHL"]],
    ["日越外相会談", ["JPN", "VNM"]],
    ["日・土外相会談", ["JPN", "TUR"]],
    ["日蘭関係", ["JPN", "NLD"]],
    ["日墨交流年", ["JPN", "MEX"]],
    ["日伯外交関係", ["BRA", "JPN"]],
    ["日台関係", ["JPN", "TWN"]],
    ["日米比協力", ["JPN", "PHL", "USA"]],
    ["日米英蘭加の5か国共同訓練", ["CAN", "GBR", "JPN", "NLD", "USA"]],
  ])("reads a pair abbreviation in a run opened by 日: %s", (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it.each(["日比谷公園", "前日比で増加", "本日土曜日", "連日台風が", "翌日越境した", "対比すると", "比較した", "越年", "領土問題", "米比較"])(
    "leaves a pair abbreviation in ordinary writing: %s",
    (text) => {
      expect(codes(text)).toEqual([]);
    },
  );
});

describe("findPlaceMentions: office holders", () => {
  it.each([
    ["プーチン大統領は", "プーチン大統領", "RUS"],
    ["メドヴェージェフ首相は", "メドヴェージェフ首相", "RUS"],
    ["ミシュスチン新首相の任命", "ミシュスチン新首相", "RUS"],
    ["ラヴロフ外相", "ラヴロフ外相", "RUS"],
    ["ラブロフ外相", "ラブロフ外相", "RUS"],
    ["ショイグ国防相", "ショイグ国防相", "RUS"],
    ["ルカシェンコ大統領", "ルカシェンコ大統領", "BLR"],
    ["アルメニアのパシニャン首相は", "パシニャン首相", "ARM"],
    ["アリエフ大統領", "アリエフ大統領", "AZE"],
    ["トカエフ大統領", "トカエフ大統領", "KAZ"],
    ["ミルジヨーエフ大統領", "ミルジヨーエフ大統領", "UZB"],
    ["ゼレンスキー大統領", "ゼレンスキー大統領", "UKR"],
    ["日本の岸田外相", "岸田外相", "JPN"],
    ["菅総理大臣から", "菅総理大臣", "JPN"],
    ["中曽根大臣より", "中曽根大臣", "JPN"],
    ["金正恩委員長", "金正恩委員長", "PRK"],
    ["麻生太郎副総理兼財務大臣", "麻生太郎副総理", "JPN"],
    ["ワシントンでニクソン大統領と会談", "ニクソン大統領", "USA"],
    ["周恩来総理", "周恩来総理", "CHN"],
    ["サッチャー首相", "サッチャー首相", "GBR"],
    ["ムバーラク大統領", "ムバーラク大統領", "EGY"],
    ["ユドヨノ大統領", "ユドヨノ大統領", "IDN"],
    ["マルコス大統領が来日", "マルコス大統領", "PHL"],
  ])("reads %s as an office holder of the country", (text, surface, code) => {
    const mention = findPlaceMentions(text).find((m) => m.via === "office_holder");
    expect(mention).toMatchObject({ surface, placeCodes: [code] });
  });

  it("reads Japanese nationals, the MSDF's destroyers, vice-ministers and bodies named 日本海外… as Japan, but not the 邦人 of 連邦人民", () => {
    expect(codes("イラクにおける邦人5人の人質事件が発生した。")).toEqual(["IRQ", "JPN"]);
    expect(codes("08年6月に護衛艦「さざなみ」が中国広東省・湛江を訪問した。")).toEqual(["CHN", "JPN"]);
    expect(codes("昨年11月、守屋事務次官が、フィリピンを訪問した。")).toEqual(["JPN", "PHL"]);
    expect(codes("一九六二年二月、日本海外移住振興株式会社は、アルゼンティンに調査団を派遣した。")).toEqual(["ARG", "JPN"]);
    expect(codes("日本海で演習が行われた。")).toEqual([]);
    expect(codes("90年3月の連邦人民代議員大会で初代大統領が選出された。")).toEqual([]);
  });

  it("reads the Australia Group as an export-control regime and Japan's defence ministry and agency as Japan", () => {
    expect(codes("オーストラリア・グループ(AG:Australia Group)と呼ばれる会合に参加した。")).toEqual([]);
    expect(codes("防衛庁は、92年からMTCRの会合に職員を参加させている。")).toEqual(["JPN"]);
  });

  it("reads the Uruguay Round as a GATT round, not Uruguay", () => {
    expect(codes("ウルグァイ・ラウンド多角的貿易交渉に参加した政府の閣僚が会合した。")).toEqual([]);
    expect(codes("ウルグアイ・ラウンドの交渉が妥結した。")).toEqual([]);
  });

  it("reads the US defence secretaries and Korea's defence minister by title", () => {
    expect(codes("2023年1月には、浜田防衛大臣とオースティン国防長官との間で会談を実施した。")).toEqual(["JPN", "USA"]);
    expect(codes("金章洙国防部長官は、北東アジア情勢について述べた。")).toEqual(["KOR"]);
  });

  it("reads a name other countries' ministers share only with the title that settles it", () => {
    expect(codes("アビィ首相、マルコス外務国務相と会談した")).toEqual([]);
  });

  it("needs a title after a Japanese surname", () => {
    expect(codes("菅原さん")).toEqual([]);
    expect(codes("小泉悠")).toEqual([]);
  });

  it("reads a surname an office holder shares as the ambassador the post after it names", () => {
    expect(codes("アタドゥルディ・バイラモフ駐日トルクメニスタン特命全権大使")).not.toContain("AZE");
    expect(codes("バイラモフ外相")).toEqual(["AZE"]);
  });

  it("keeps the person and the country apart in 'name・country title'", () => {
    expect(found("ラヴロフ・ロシア外務大臣")).toEqual([
      ["ラヴロフ", ["RUS"], "office_holder"],
      ["ロシア", ["RUS"], "name"],
    ]);
  });
});

describe("findPlaceMentions: cities and venues", () => {
  it("maps capitals and cities to their country with via city", () => {
    expect(found("モスクワの地下鉄")).toEqual([["モスクワ", ["RUS"], "city"]]);
    expect(found("東京で開催された")).toEqual([["東京", ["JPN"], "city"]]);
    expect(found("ウズベキスタン・タシケント")).toEqual([
      ["ウズベキスタン", ["UZB"], "name"],
      ["タシケント", ["UZB"], "city"],
    ]);
  });

  const venue = (text: string, surface: string) => {
    const mention = findPlaceMentions(text).find((m: PlaceMention) => m.surface === surface);
    if (!mention) throw new Error(`${surface} not found`);
    return isVenueNote(text, mention);
  };

  it("tells venue notes and captions from the places a sentence is about", () => {
    expect(venue("OSCE首脳会合（於：アスタナ）に出席した。", "アスタナ")).toBe(true);
    expect(venue("日露外相会談（3月、於：カナダ）が", "カナダ")).toBe(true);
    expect(venue("同対話の第3回外相会合（於：ウズベキスタン・タシケント）が開催され", "タシケント")).toBe(true);
    expect(venue("日露外相会談（2月15日、ドイツ・ミュンヘン）", "ドイツ")).toBe(true);
    expect(venue("12月には首都アスタナにおいて11年ぶりとなるOSCE首脳会合が開催された。", "アスタナ")).toBe(false);
    expect(venue("日本は、ロシアとの関係を重視する。", "ロシア")).toBe(false);
    expect(venue("（於：東京）。ロシアとの関係", "ロシア")).toBe(false);
  });
});

describe("findPlaceMentions: scale", () => {
  // Throughput is a bench figure (npm run bench); this only guards against a scan that would not
  // finish (quadratic behaviour on 2 MB runs past the test's timeout).
  it("finds every mention in a few megabytes of text", () => {
    const paragraph = "9月27日、アルメニアとアゼルバイジャンとの間でナゴルノ・カラバフをめぐる軍事衝突が発生した。日露外相会談では、プーチン大統領訪日の際の合意を確認した。";
    const text = paragraph.repeat(Math.ceil(2_000_000 / paragraph.length));
    const mentions = findPlaceMentions(text);
    expect(mentions.length).toBe((text.length / paragraph.length) * 6);
  }, 60_000);
});

describe("findPlaceMentions: blockers inside longer katakana words", () => {
  it("reads 対米ドルレート as a currency rate, not as relations with the USA", () => {
    expect(codes("ルーブルの対米ドルレートは大きく下落した。")).toEqual([]);
    expect(codes("対米関係を重視した。")).toEqual(["USA"]);
  });
});
