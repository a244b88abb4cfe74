import { placesOfSentence } from "../../../ingest/facts/placesOfSentence";
import { EarlierSentencePlaces } from "../../../ingest/facts/earlierSentencePlaces";

const codes = (sentence: string, headings: string[] = []) => placesOfSentence(sentence, headings).map((p) => p.placeCode);

describe("the places a sentence is about", () => {
  it("gives every country a sentence names, including both sides of a compound", () => {
    expect(codes("9月27日、アルメニアとアゼルバイジャンの間で戦闘が発生した。")).toEqual(["ARM", "AZE"]);
    expect(codes("11月5日、日露外相会談が行われた。")).toEqual(["JPN", "RUS"]);
  });

  it("counts an island for the Northern Territories", () => {
    const [place] = placesOfSentence("メドヴェージェフ大統領が国後島を訪問した。", []).filter((p) => p.placeCode !== "RUS");
    expect(place).toMatchObject({ placeCode: "northern-territories", matchedText: "国後島", derivation: "place_name" });
  });

  it("leaves out a venue with a few words between it and the meeting", () => {
    expect(codes("12月にタジキスタンで開催された第3回高級実務者会合において、日本は協力の方向性を議論した。")).toEqual(["JPN"]);
  });

  it("leaves out a summit where the speakers last met, and an organisation named after a country", () => {
    expect(codes("安倍総理から、昨年9月のG20首脳会議でお会いして以来であると触れた上で、カザフスタンとの関係に言及した。")).toEqual(["JPN", "KAZ"]);
    expect(codes("12日、西岡ロシアNIS貿易会会長がトルクメニスタン大統領を表敬した。")).toEqual(["TKM"]);
  });

  it("leaves out a mission or embassy where a meeting took place", () => {
    expect(new Set(codes("町村外務大臣は、ブリュッセルのロシアEU代表部においてラヴロフ露外相と外相会談を行った。"))).toEqual(new Set(["JPN", "RUS"]));
  });

  it("leaves out a venue given as a country and its city", () => {
    expect(codes("12月8日、オーストリアのウィーンで開催されている第24回OSCE外相理事会に出席中の日本の副大臣は、モルドバ外相と会談した。")).toEqual(["JPN", "MDA"]);
  });

  it("leaves out a meeting's venue, a sea area and a group named only as the occasion", () => {
    expect(codes("シンガポールでの首脳会談で合意した。")).toEqual([]);
    expect(codes("シンガポール及びブエノスアイレスでの首脳会談の結果を受け、交渉を始めた。")).toEqual([]);
    expect(codes("岸田外務大臣から、昨年7月にキルギスで行われた「中央アジア+日本」対話・第5回外相会合に触れた。")).not.toContain("KGZ");
    expect(codes("両首脳は、近く米国で会うことを楽しみにしている旨述べた。")).toEqual([]);
    expect(codes("エレバンにおいて、我が方駐アルメニア大使(ロシアにて兼轄)と先方外務次官との間で書簡の交換が行われた。")).not.toContain("RUS");
    expect(codes("アルメニア共和国は、コーカサス地域に位置し、面積約3万平方キロメートル。")).toEqual(["ARM"]);
    expect(codes("2020年9月27日、コーカサス地域にあるアゼルバイジャンで戦闘が始まった。")).toEqual(["AZE"]);
    expect(codes("我が方参事官(ロシアにて兼任)と先方次官との間で署名が行われた。")).not.toContain("RUS");
    expect(codes("タジキスタンは、アフガニスタンとの国境に接し、治安上の課題を抱えている。")).toEqual(["TJK"]);
    expect(codes("4月10日、ロンドンの駐英日本大使公邸において、岸田外務大臣はラヴロフ外相と会談した。")).toEqual(["JPN", "RUS"]);
    expect(codes("初の海上共同演習をインドネシア近海で実施した。")).toEqual([]);
    expect(codes("G8外相会合の際に日露外相会談（3月、於：カナダ）が実施された。")).toEqual(["JPN", "RUS"]);
    expect(codes("茂木大臣から、G20名古屋外相会合以来の大臣との再会を喜ぶと述べた。")).toEqual(["JPN"]);
    expect(codes("防衛副大臣は、インドネシアで開催された第10回ADMMプラスに出席した。")).toEqual(["JPN"]);
    expect(codes("両大臣は、2022年にチュニジアで開催予定のTICAD8を見据え、連携していくことを確認した。")).toEqual([]);
    expect(codes("5日、ブルネイにおいて小泉総理がホストする形で3国首脳の朝食会が行われた。")).toEqual(["JPN"]);
    expect(codes("インドネシア・バリ出張中の岸田外務大臣は、豪州の外務大臣と会談した。")).toEqual(["JPN", "AUS"]);
    expect(codes("ウクライナで行われた大統領選挙に参加した。")).toEqual(["UKR"]);
    expect(codes("岸田総理から、モディ首相のG7広島サミットへの参加に感謝の意を伝えた。")).toEqual(["JPN", "IND"]);
  });

  it("leaves out groups listed as occasions, a country hosting the occasion and the country a speaker is visiting", () => {
    expect(codes("また、G8グレンイーグルズ・サミット、国連総会、APEC等の機会にも首脳、外相レベルの話合いが続けられた。")).toEqual([]);
    expect(codes("6月のG8サミットや11月のAPEC等の場を活用し、両首脳間で議論していきたい。")).toEqual([]);
    expect(codes("今年6月のシーアイランドG8サミット及び11月のチリAPECの際に日露首脳会談を行うことを再確認した。")).toEqual(["JPN", "RUS"]);
    expect(codes("ペルーAPECの際は率直な会談ができて良かった。")).toEqual([]);
    expect(codes("APEC首脳会議に出席するためチリのサンティアゴを訪問中の小泉総理は、プーチン大統領と会談した。")).toEqual(["JPN", "RUS"]);
    expect(codes("ハイリゲンダムG8サミットでそれぞれバイの会談を行ったことを思い出している。")).toEqual([]);
    expect(codes("イラク支援国際会議に出席するためベルギーを訪問中の町村外務大臣は、ラヴロフ外相と会談した。")).toEqual(["JPN", "RUS"]);
    expect(codes("安倍総理は、核セキュリティ・サミットに出席するため訪問中のオランダ・ハーグにおいて、ナザルバエフ大統領と会談した。")).toEqual(["JPN", "KAZ"]);
    expect(codes("APEC首脳会議出席のため中国・北京滞在中の安倍総理大臣は、ウマラ・ペルー大統領と会談した。")).toEqual(["JPN", "PER"]);
    expect(codes("4月11日及び12日、米国ワシントンにおいてG8外相会合が開催された。")).toEqual(["g8"]);
  });

  it("leaves out a country and its city where a meeting took place or the speaker was visiting, and a summit named as the occasion", () => {
    expect(new Set(codes("ASEAN関連首脳会議出席のためにフィリピン・マニラ訪問中の安倍総理は、モディ・インド首相と会談を行った。"))).toEqual(new Set(["JPN", "IND"]));
    expect(codes("安倍総理はカルデロン・メキシコ大統領とオーストラリア・シドニー市内のホテルで会談した。")).toEqual(["JPN", "MEX"]);
    expect(codes("安倍総理は、G20アンタルヤ・サミットの傍らにて、サルマン国王と日・サウジアラビア首脳会談を行った。")).not.toContain("g20");
    expect(codes("12月のラーケン欧州理事会(ベルギー)では、10か国の加盟を目指すことが確認された。")).toEqual([]);
    expect(codes("9月のASEAN関連首脳会議(於:ラオス)の際、日・オーストラリア首脳会談が行われた。")).toEqual(["JPN", "AUS"]);
  });

  it("leaves out a yardstick a size is measured by (ASEANの約2倍, 日本の約2倍)", () => {
    expect(codes("同地域は、GDP約5兆米ドルの巨大市場(東南アジア諸国連合(ASEAN)の約2倍)であり、ブラジルが成長を牽引した。")).toEqual(["BRA"]);
    expect(codes("EUは、日本の約2倍の国内総生産を擁する。")).toEqual(["eu"]);
  });

  it("leaves out groups listed as the arenas a country works in, but not the partners of a treaty", () => {
    expect(codes("カナダは国連、北大西洋条約機構(NATO)、G7、G20、米州機構(OAS)など多国間の場を活用した外交を展開している。")).toEqual(["CAN"]);
    expect(codes("プーチン大統領は、イランの大統領と、安全保障やエネルギーなど幅広い分野に及ぶ条約に署名した。")).toEqual(["RUS", "IRN"]);
  });

  it("leaves out undated precedents (…に続き), but not dated ones", () => {
    expect(codes("西アフリカでは、マリ、ギニア、ブルキナファソに続き、7月にニジェールでも武力による政権奪取が生じた。")).toEqual(["NER"]);
    expect(codes("2021年のギニアに続き、2022年にはブルキナファソにおいて政変が生じた。")).toEqual(["GIN", "BFA"]);
    expect(codes("4月の訪露に続き、プーチン大統領と会談した。")).toContain("RUS");
  });

  it("leaves out partners named only as examples of those Japan works with (米国を始めとする関係国と連携)", () => {
    expect(codes("日本は、米国、韓国、中国、ロシアを始めとする関係国と緊密に連携し、北朝鮮に対応した。")).toEqual(["JPN", "PRK"]);
    expect(codes("米国を始め各国を訪問した。")).toContain("USA");
  });

  it("leaves out an ethnic origin (アルバニア系住民)", () => {
    expect(codes("セルビア南部地方におけるアルバニア系住民との衝突が続いた。")).toEqual(["SRB"]);
  });

  it("leaves out a venue set off by a comma before a long meeting name", () => {
    expect(codes("日本は、2009年3月にボツワナにおいて、第1回TICAD閣僚級フォローアップ会合を開催した。")).toEqual(["JPN"]);
  });

  it("leaves out the venue named after its meeting (…会議がブルネイで開催された)", () => {
    expect(codes("13年8月に第2回会議がブルネイで開催され、日本も参加した。")).toEqual(["JPN"]);
    expect(codes("なお、前回の日米韓外相会合は、昨年8月10日にミャンマー・ネーピードーにおいて実施。")).toEqual(["JPN", "USA", "KOR"]);
    expect(codes("選挙は、3月10日にウクライナで実施された。")).toEqual(["UKR"]);
    expect(codes("7月にブルネイで選挙が行われた。")).toEqual(["BRN"]);
  });

  it("leaves out a country glossing a city where something took place, but not where an attack took place", () => {
    expect(codes("2012年9月に、アジスアベバ(エチオピア)において、スーダンと南スーダンは協定に署名した。")).toEqual(["SDN", "SSD"]);
    expect(codes("シャルム・エル・シェイク(エジプト)にてガザ復興会議が開催された。")).toEqual(["PSE"]);
    expect(codes("ナイロビ(ケニア)でのテロ事件により邦人が負傷した。")).toContain("KEN");
  });

  it("keeps two countries joined by ・ and a country glued to a group's meeting", () => {
    expect(codes("アルメニア・アゼルバイジャン間で首脳会談が行われた。")).toEqual(["ARM", "AZE"]);
    expect(codes("ロシア・ウクライナ両国の外相が会談した。")).toEqual(["RUS", "UKR"]);
  });

  it("counts a city where an attack took place or that was visited for its country, unlike a city where a meeting was held", () => {
    expect(codes("安倍総理から、パリにおけるテロ行為を断固非難すると述べた。")).toEqual(["JPN", "FRA"]);
    expect(codes("2016年3月のブリュッセルにおける連続爆破テロを受け、対策が強化された。")).toEqual(["BEL"]);
    expect(codes("ロンドンの連続爆弾テロ事件(7月)では邦人も被害を受けた。")).toEqual(["GBR", "JPN"]);
    expect(codes("パリで開催された会合に出席した。")).toEqual([]);
    expect(codes("外務大臣は、パリ経由でロンドンを訪問した。")).toEqual(["GBR"]);
    expect(codes("ロンドンを訪問中の外務大臣は、ラヴロフ外相と会談した。")).toEqual(["RUS"]);
  });

  it("counts a city where a mission was opened for its country, unlike a mission where a meeting was held", () => {
    expect(codes("1970年1月1日、ミュンヘン総領事館を開設した。")).toEqual(["DEU"]);
    expect(codes("ミラノ総領事館において記念式典が行われた。")).toEqual([]);
  });

  it("leaves out a language named after a country", () => {
    expect(codes("公用語はスペイン語で、ペルーでは広く話されている。")).toEqual(["PER"]);
  });

  it("leaves out the former ruler named in a colony's description, but not a ruler that acts", () => {
    expect(codes("英国の保護領であったウガンダは、一九六二年十月九日独立した。")).toEqual(["UGA"]);
    expect(codes("ベルギーを施政権者とする信託統治地域であったブルンディが独立した。")).toEqual(["BDI"]);
    expect(codes("スペイン領サハラにおいては、モロッコが平和行進を行った。")).toEqual(["MAR"]);
    expect(codes("ロシア領内への攻撃が行われた。")).toEqual(["RUS"]);
    expect(codes("アンゴラにおけるポルトガルの施政も終了した。")).toEqual(["AGO", "PRT"]);
    expect(codes("英国直轄植民地であったモーリシアスは、一九六八年三月一二日に独立した。")).not.toContain("GBR");
  });

  it("leaves out a quality two countries share, Japan's envoy's post and a group listed among occasions", () => {
    expect(codes("07年3月、日豪両首脳の間で、米国以外では初めての安全保障分野の共同宣言が署名された。")).toEqual(["JPN", "AUS"]);
    expect(codes("2022年には、豪空軍演習に空自が初参加し、米国以外へ初めて戦闘機を展開した。")).not.toContain("USA");
    expect(codes("トルコは、欧州、中東、中央アジア、コーカサス地域の結節点に位置する地域大国であり、2002年以来AKP政権が続く。")).toEqual(["TUR"]);
    expect(codes("日本とカナダは、共にG8のメンバーであり、幅広い分野で協力している。")).toEqual(["JPN", "CAN"]);
    expect(codes("日本は、G8の構成国である英国との関係を強化した。")).toEqual(["JPN", "GBR"]);
    expect(codes("常任理事国かつG8のメンバーでもある英国と会談した。")).toEqual(["GBR"]);
    expect(codes("日本とオーストラリアは、共に米国の同盟国であり、戦略的パートナーである。")).toEqual(["JPN", "AUS"]);
    expect(codes("政府は、同式典に、根津駐エティオピア大使を特派大使として参列させた。")).toEqual([]);
    expect(codes("トーゴーのアジャヴォン駐米兼国連大使が来日した。")).not.toContain("USA");
    expect(codes("12月には駐ノルウェー兼アイスランド大使を人権担当大使に任命した。")).toEqual([]);
    expect(codes("DAC17か国中のODA量の順位もフランスを抜いて第2位に上昇した。")).toEqual([]);
    expect(codes("日露経済関係は拡大しているが、日米、日中に比べて貿易の規模は小さい。")).toEqual(["JPN", "RUS"]);
    expect(codes("バイラモフ駐日トルクメニスタン大使が表敬した。")).toContain("TKM");
    expect(codes("ESCAP,ASEAN拡大外相会議,南太平洋フォーラムなどの場や民間の場を通じて話合いが行われた。")).toEqual([]);
  });

  it("knows Japan's defence offices and forces as Japan acting", () => {
    expect(codes("06(同18)年の1月には、額賀防衛庁長官(当時)が訪露した。")).toEqual(["JPN", "RUS"]);
    expect(codes("9月の陸自の演習へのロシア地上軍オブザーバー受入れを行った。")).toEqual(["JPN", "RUS"]);
  });

  it("does not count Japan as an actor where it frames a location (わが国の周辺, わが国への近接飛行)", () => {
    expect(codes("わが国の周辺におけるロシア軍の活動は、活発化の傾向がみられる。")).toEqual(["RUS"]);
    expect(codes("航空機については、わが国への近接飛行が活発化している。")).toEqual([]);
    expect(codes("ロシア海軍艦艇によるわが国の国際三海峡の通峡を確認した。")).toEqual(["RUS", "JPN"]);
  });

  it("leaves out a group's members spelled out after it, and a gloss naming an opponent", () => {
    expect(codes("BRICS（ブラジル、ロシア、インド、中国及び南アフリカ）の議長国を務めた。")).toEqual(["brics"]);
    expect(codes("中央アジア5か国（カザフスタン、キルギス、タジキスタン、トルクメニスタン及びウズベキスタン）の外相が会合を開いた。")).toEqual(["central-asia", "KAZ", "KGZ", "TJK", "TKM", "UZB"]);
    expect(codes("大祖国戦争（対ドイツ戦）勝利75周年の軍事パレードが行われた。")).toEqual([]);
  });

  it("leaves out a neighbour named for where a country lies, not a place beside which something happened", () => {
    expect(codes("タジキスタンはアフガニスタンと国境を接し、地域安定の要である。")).toEqual(["TJK"]);
    expect(codes("中央アジアは、特にアフガニスタンとの隣接関係もあり、関心を集めている。")).toEqual(["central-asia"]);
    expect(codes("ロシアが違法に「併合」したクリミア半島に隣接するウクライナ南部で戦闘が続いた。")).toEqual(["RUS", "crimea", "UKR"]);
  });

  it("leaves out a crisis named undated as the background of something else, but not a dated one", () => {
    expect(codes("ウクライナ情勢をめぐる制裁・対抗措置の応酬もあり、ロシア・欧米関係は悪化した。")).toEqual(["RUS"]);
    expect(codes("ウクライナ情勢に起因する原油価格の高騰により、カナダのインフレ率は上昇した。")).toEqual(["CAN"]);
    expect(codes("ロシアは、ウクライナ侵略を継続するなかにあって、核戦力について言及した。")).toEqual(["RUS"]);
    expect(codes("2014年のウクライナ危機以降、中国との連携を強化した。")).toEqual(["UKR", "CHN"]);
    expect(codes("外交面では、カナダは伝統的に緊密な米加関係を背景に多国間の場を活用した外交を展開している。")).toEqual(["CAN"]);
  });

  it("leaves out a country and its city where talks took place, also after a comma or at a strategic dialogue", () => {
    expect(new Set(codes("10月7日午後、インドネシアのバリにおいて、小泉総理と温家宝国務院総理との間で日中首脳会談が行われた。"))).toEqual(new Set(["JPN", "CHN"]));
    expect(codes("10月には、インドネシア・バリで日米豪閣僚級戦略対話が約4年ぶりに開催された。")).toEqual(["JPN", "USA", "AUS"]);
  });

  it("leaves out a group whose summit or presidency is congratulated as the occasion, and the Indo-Pacific written with a dot", () => {
    expect(codes("冒頭、石破総理大臣から、G20サミットの成功に祝意を表しました。")).toEqual(["JPN"]);
    expect(new Set(codes("茂木大臣から、日本はインド・太平洋に関するASEANアウトルックを支持する旨発言した。"))).toEqual(new Set(["JPN", "asean"]));
  });

  it("leaves out a country naming a clock before a full stop, a country the speaker is in 訪問中, and a yardstick of its population", () => {
    expect(codes("22日11時20分(インドネシア時間。日本時間22日13時20分)から、エジプト首相と会談した。")).toEqual(["EGY"]);
    expect(codes("首脳会議出席のためインドネシア訪問中の安倍総理大臣は、エジプト首相と会談した。")).toEqual(["JPN", "EGY"]);
    expect(codes("EUの人口は日本の人口の4倍近くとなった。")).toEqual(["eu"]);
  });

  it("keeps a country whose coast piracy or a bombing happened off, but not one off whose coast an exercise took place", () => {
    expect(codes("02年10月のイエメン沖でのフランスのタンカー爆破事案が生起した。")).toEqual(["YEM", "FRA"]);
    expect(codes("1959年以来、モーリタニア沖でいか漁業に従事してきた我が国民間会社は操業を停止した。")).toEqual(["MRT", "JPN"]);
    expect(codes("2021年12月には初の海上共同演習をインドネシア近海で実施した。")).toEqual([]);
  });

  it("gives a chronology's line on independence from a former ruler the country its section describes", () => {
    expect(codes("1818年、スペインより事実上の独立。", ["チリ共和国"])).toEqual(["ESP", "CHL"]);
    expect(codes("1822年、ポルトガルより独立。", ["ブラジル"])).toEqual(["PRT", "BRA"]);
    expect(codes("1822年、ポルトガルと条約を結んだ。", ["ブラジル"])).toEqual(["PRT"]);
  });

  it("leaves out a city's country where consultations were held, but not the partners of consultations held between them", () => {
    expect(codes("15年4月2日には、スイス・ローザンヌで行われた協議の結果、イランの核問題について合意に至った。")).toEqual(["IRN"]);
    expect(codes("米国,西独,豪州及び韓国の4か国との間で文化交流に関する協議が行われた。")).toEqual(["USA", "DEU", "AUS", "KOR"]);
  });

  it("leaves out a summit named with に際する, a state and island the speaker is visiting, and the Japanese–Brazilian TV standard", () => {
    expect(codes("本件外相会談は、6月末のG20大阪サミットに際する日・エジプト外相会談に続いて行われた。")).toEqual(["JPN", "EGY"]);
    expect(codes("G8首脳会合に出席するため米国ジョージア州シーアイランド島を訪問中の小泉総理は、ブレア首相と会談した。")).toEqual(["JPN", "GBR"]);
    expect(codes("南アが導入を検討中の地上デジタルテレビ放送について、日伯方式を採用するよう要請した。")).toEqual(["ZAF"]);
  });

  it("gives a visit to Japan whose visitor is unsaid to the country the heading names", () => {
    expect(codes("最近の訪日は、2002年9月の公式訪問である。", ["クフォー・ガーナ大統領との首脳会談"])).toEqual(["JPN", "GHA"]);
    expect(codes("2022年12月の訪日以来の会談となった。", ["日・ジョージア外相会談"])).toEqual(["JPN", "GEO"]);
    expect(codes("日本は、2002年9月に支援を決めた。", ["クフォー・ガーナ大統領との首脳会談"])).toEqual(["JPN"]);
  });

  it("gives a relation whose other side is unsaid to the section's country, or else to Japan", () => {
    expect(codes("インドネシアとの間では、2005年7月に交渉を開始した。", ["経済連携協定"])).toEqual(["IDN", "JPN"]);
    expect(placesOfSentence("インドネシアとの間では、2005年7月に交渉を開始した。", [])[1]).toMatchObject({ placeCode: "JPN", derivation: "unsaid_party", matchedText: "インドネシア" });
    expect(codes("インドネシアとの間では、2005年7月に交渉を開始した。", ["大筋合意したもの(チリ、インドネシア)"])).toEqual(["IDN", "JPN"]);
    expect(codes("フランス、ドイツ各国との間で、防衛当局間の協議を行った。", ["欧州諸国との防衛協力"])).toEqual(["FRA", "DEU", "JPN"]);
    expect(codes("インドネシア、ベトナムとの間で戦闘機の売却契約が結ばれた。", ["(2) ロシア"])).toEqual(["IDN", "VNM", "RUS"]);
    expect(codes("ロシアとの間では、初のASEAN諸国との海軍共同演習を実施した。", ["地域内外における協力"])).toEqual(["RUS", "asean"]);
    expect(codes("スーダンとの間で、南スーダンは石油収入の配分に合意した。", [])).toEqual(["SDN", "SSD"]);
  });

  it("leaves out the country whose city an organisation was set up in", () => {
    expect(codes("条約の発効に伴い、オランダのハーグに設立された化学兵器禁止機関に日本は職員を派遣した。")).toEqual(["JPN"]);
  });

  it("leaves out a group whose meeting the speaker was on the way to, and the venue of a working group", () => {
    expect(codes("町村外務大臣は、イラクに関するG8及び近隣諸国会合に出席する途上、パリに立ち寄った。")).toEqual(["JPN", "IRQ"]);
    expect(codes("宋長官は、来週モンゴルで開催される作業部会での前進を期待する旨述べた。")).toEqual([]);
  });

  it("leaves out the regions a region is called the junction of", () => {
    expect(codes("中東・北アフリカ地域は、欧州、サブサハラ・アフリカ、中央アジア及び南アジアの結節点という地政学上の要衝に位置する。")).toEqual([]);
  });

  it("leaves out the islands in Japan's standing policy formula and a country naming a clock", () => {
    expect(codes("政府は、北方領土問題を解決して平和条約を締結し、ソ連との関係を安定させる方針である。")).toEqual(["RUS"]);
    expect(codes("ブルネイ時間1日12時40分から、日露外相会談が行われた。")).toEqual(["JPN", "RUS"]);
    expect(codes("6月17日午後11時10分(英国時間)から、日露首脳会談が行われた。")).toEqual(["JPN", "RUS"]);
  });

  it("leaves out the places a country is said to lie between", () => {
    expect(codes("菅総理から、ウクライナは、EUとロシアの間の地政学的に重要な場所にある友好国である旨述べた。")).toEqual(["JPN", "UKR"]);
  });

  it("leaves out a yardstick of comparison, and every country of a list ranked ahead (米国、ソ連、ドイツに次ぎ)", () => {
    expect(codes("ロシアの投資は中国に比べて少ない。")).toEqual(["RUS"]);
    expect(codes("ブラジルの国民総生産は、米国、ソ連、ドイツに次ぎ第四位に達した。")).toEqual(["BRA"]);
    expect(codes("インドの経済規模は英国に次ぐ。")).toEqual(["IND"]);
  });

  it("falls back on the office holder, then on the innermost heading that names a place", () => {
    expect(placesOfSentence("プーチン大統領は、年次教書演説を行った。", ["1 ロシア"])[0]).toMatchObject({
      placeCode: "RUS",
      derivation: "office_holder",
    });
    expect(placesOfSentence("8月9日の選挙では、現職が勝利した。", ["3 欧州", "(4) ベラルーシ"])[0]).toMatchObject({
      placeCode: "BLR",
      derivation: "section_heading",
      matchedText: "(4) ベラルーシ",
    });
  });

  it("does not take the occasion or the venue a heading names (宮崎G8外相会合の際の日露外相会談)", () => {
    expect(codes("概要は以下のとおり。", ["宮崎G8外相会合の際の日露外相会談"])).toEqual(["JPN", "RUS"]);
  });

  it("does not take Japan from a heading that only speaks from Japan's point of view", () => {
    expect(codes("規定されていない。", ["第I部 わが国を取り巻く安全保障環境"])).toEqual([]);
  });

  it("takes the state a region belongs to for its annexation, not for other news of the region", () => {
    expect(codes("3月のクリミア「併合」後、プーチン大統領は支持を集めた。")).toEqual(["crimea", "RUS", "UKR"]);
    expect(codes("ロシアは、2014年にクリミアを併合した。")).toEqual(["RUS", "crimea", "UKR"]);
    expect(codes("クリミアの併合は明白な国際法違反である。")).toEqual(["crimea", "UKR"]);
    expect(codes("クリミアで住民投票が行われた。")).toEqual(["crimea"]);
    expect(codes("ウクライナはクリミアの併合を認めていない。")).toEqual(["UKR", "crimea"]);
  });

  it("marks the sentence's topic", () => {
    const [russia] = placesOfSentence("ロシアは、2014年にクリミアを併合した。", []);
    expect(russia).toMatchObject({ placeCode: "RUS", isTopic: true });
  });

  it("leaves out the country a speaker was visiting and a summit attended as the occasion", () => {
    expect(codes("APEC首脳会議に出席するためペルー・リマを訪問中の総理大臣は、ナザルバエフ大統領と会談した。")).toEqual(["KAZ"]);
    expect(codes("G20サミットに参加するため、外務大臣はアルメニア外相と会談した。")).toEqual(["ARM"]);
  });

  it("leaves out the places a region is said to connect", () => {
    expect(codes("コーカサスは、欧州、中東、ロシアを結ぶ回廊に位置する。")).toEqual(["caucasus"]);
    expect(codes("中央アジアは中国及びロシアをつなぐ位置にある。")).toEqual(["central-asia"]);
  });

  it("does not count Japan as an actor where it states its territory as its own", () => {
    expect(codes("ロシアは、我が国固有の領土である択捉島に新たな部隊を置いた。")).toEqual(["RUS", "northern-territories"]);
  });

  it("reads the visits and exchanges of the islands' former residents as the Northern Territories", () => {
    expect(codes("今夏の北方墓参は、天候不良のため中止された。")).toEqual(["northern-territories"]);
    expect(codes("両外相は、ビザなし交流の早期再開で一致した。")).toEqual(["northern-territories"]);
    expect(codes("元島民の方々の高齢化が進んでいる。")).toEqual(["northern-territories"]);
    expect([...new Set(codes("色丹島の元島民が墓参を行った。"))]).toEqual(["northern-territories"]);
    expect(codes("硫黄島の元島民が墓参を行った。")).toEqual([]);
  });

  it("knows the foreign ministers of Central Asia and the Caucasus by name", () => {
    expect(placesOfSentence("カミーロフ外相から、観光協力への期待が示された。", [])[0]).toMatchObject({ placeCode: "UZB", derivation: "office_holder" });
    expect(codes("メレドフ副首相兼外相が訪日した。")).toEqual(["TKM", "JPN"]);
  });

  it("marks as topic a run of places joined by ・ before においては or については", () => {
    const places = placesOfSentence("中央アジア・コーカサス地域においては、2001年に合同部隊が創設された。", []);
    expect(places.map((p) => [p.placeCode, p.isTopic])).toEqual([["central-asia", true], ["caucasus", true]]);
  });

  it("takes the country of the heading as the unsaid actor of a sentence that names only a region", () => {
    expect(codes("同年9月には、色丹島に新たな兵舎が完成した。", ["4 北方領土におけるロシア軍"])).toEqual(["northern-territories", "RUS"]);
    expect(codes("同年9月には、日本が色丹島への訪問を求めた。", ["4 北方領土におけるロシア軍"])).toEqual(["JPN", "northern-territories"]);
    expect(codes("ロシアは、色丹島に兵舎を建てた。", ["(2) ウクライナ"])).toEqual(["RUS", "northern-territories"]);
    expect(codes("ビザなし交流が再開された。", ["日露外相会談", "2 人道的措置"])).toEqual(["northern-territories", "JPN", "RUS"]);
  });

  it("takes a place whose own thing is the topic as the topic (オーストラリアの国防白書は、…)", () => {
    expect(placesOfSentence("オーストラリアの国防白書は、76年、87年および13年に発表されている。", [])[0]).toMatchObject({ placeCode: "AUS", isTopic: true });
    expect(placesOfSentence("オーストラリアの国防白書を読んだ。", [])[0]).toMatchObject({ placeCode: "AUS", isTopic: false });
  });

  it("takes a place followed by a word for its state's organs or affairs as the topic (ロシア軍は, ソ連内政においては)", () => {
    expect(placesOfSentence("ロシア軍は、演習を繰り返した。", [])[0]).toMatchObject({ placeCode: "RUS", isTopic: true });
    expect(placesOfSentence("ロシア経済は、回復に向かった。", [])[0]).toMatchObject({ placeCode: "RUS", isTopic: true });
    expect(placesOfSentence("1979年のソ連内政においては、77年10月に制定された新憲法のもとで選挙が行われた。", [])[0]).toMatchObject({ placeCode: "RUS", isTopic: true });
    expect(placesOfSentence("ロシア文学を紹介した。", [])[0]).toMatchObject({ placeCode: "RUS", isTopic: false });
  });

  it("counts a place where an election or fighting took place, unlike a meeting's venue", () => {
    expect(codes("沿ドニエストル地域で議会選挙が行われた。")).toEqual(["transnistria"]);
    expect(codes("アブハジアで開催された式典に出席した。")).toEqual([]);
  });

  it("reads 露 before a title as Russia (露外務次官, 露副首相)", () => {
    expect(codes("リャプコフ露外務次官と協議を行った。")).toEqual(["RUS"]);
    expect(codes("露副首相が訪日した。")).toEqual(["RUS", "JPN"]);
  });
});

describe("Japan's own actors and 同国", () => {
  const codesOf = (text: string) => [...new Set(placesOfSentence(text, []).map((p) => p.placeCode))];

  it("takes the older volumes' ministers, the Diet, the Imperial family and the service chiefs for Japan", () => {
    expect(codesOf("椎名外務大臣は、一九六六年一月ボンを訪問した。")).toContain("JPN");
    expect(codesOf("83年3月には皇太子・同妃両殿下がザンビアを公式訪問された。")).toEqual(expect.arrayContaining(["JPN", "ZMB"]));
    expect(codesOf("福田篤泰衆議院議員が特派大使として式典に参列した。")).toEqual(["JPN"]);
    expect(codesOf("齋藤海幕長が本年2月に訪印した。")).toEqual(expect.arrayContaining(["JPN", "IND"]));
    expect(codesOf("ムハンマド皇太子が来訪した。")).not.toContain("JPN");
    expect(codesOf("93年5月から開始されたモザンビークにおける国際平和協力業務は終了した。")).toEqual(expect.arrayContaining(["JPN", "MOZ"]));
  });

  it("leaves out Japan as the one something matters to", () => {
    expect(codesOf("一連の北朝鮮の行動は、日本の安全保障にとって重大な脅威である。")).toEqual(["PRK"]);
    expect(codesOf("日本は北朝鮮に抗議した。")).toEqual(["JPN", "PRK"]);
  });

  it("reads 同国 as the country named last, in the sentence or earlier in the section", () => {
    const earlier = new EarlierSentencePlaces();
    const heading = ["(2) 大洋州"];
    earlier.remember(heading, placesOfSentence("オーストラリアとの関係は緊密である。", heading, earlier));
    const visit = placesOfSentence("三笠宮殿下ご夫妻がキャンベラで開催された会議にご出席かたがた同国を公式訪問された。", heading, earlier);
    expect(visit.map((p) => p.placeCode).sort()).toEqual(["AUS", "JPN"]);
    expect(placesOfSentence("エリトリアはエチオピアから独立し、同国との間で紛争が起きた。", [], new EarlierSentencePlaces()).map((p) => p.placeCode)).toEqual(["ERI", "ETH", "ETH"]);
    expect(placesOfSentence("同国際会議には多数が参加した。", [], earlier)).toEqual([]);
  });
});
