// People whose name settles the country a sentence is about: heads of state and government,
// foreign and defence ministers and spokespeople, by the country of their office. Foreign names are
// distinctive katakana and match alone (a title after them joins the mention); Japanese surnames
// are common words or names, so they match only with a title.

export const foreignOfficeHolders: Readonly<Record<string, readonly string[]>> = {
  RUS: [
    "プーチン", "メドヴェージェフ", "メドベージェフ", "ミシュスチン", "ラヴロフ", "ラブロフ", "ショイグ",
    "ベロウソフ", "ペスコフ", "ザハロワ", "エリツィン", "ゴルバチョフ", "レシェトニコフ", "レシエトニコフ", "フリステンコ",
  ],
  BLR: ["ルカシェンコ"],
  UKR: ["ゼレンスキー", "ポロシェンコ", "ヤヌコーヴィチ", "ヤヌコビッチ", "クレバ", "シビハ"],
  MDA: ["サンドゥ"],
  GEO: ["サーカシヴィリ", "サアカシュヴィリ", "サアカシビリ", "ズラビシュヴィリ", "ガリバシヴィリ", "コバヒゼ", "ザルカリアニ", "ヴァシャッゼ"],
  ARM: ["パシニャン", "サルキシャン", "コチャリャン", "ミルゾヤン", "ナルバンジャン", "ムナツァカニャン"],
  AZE: ["アリエフ", "バイラモフ", "ママディヤロフ"],
  KAZ: ["トカエフ", "ナザルバエフ", "トレウベルディ", "イドリソフ", "アブドラフマノフ", "ヌルトレウ"],
  UZB: ["ミルジヨーエフ", "カリモフ", "サイドフ", "サイードフ", "カミーロフ", "カミロフ"],
  TJK: ["ラフモン", "ラフモノフ", "ムフリッディン", "アスロフ"],
  TKM: ["ベルディムハメドフ", "ニヤゾフ", "メレドフ"],
  KGZ: ["ジャパロフ", "ジェエンベコフ", "アタムバエフ", "バキーエフ", "オトゥンバエヴァ", "アカエフ", "アイダルベコフ", "アブディルダエフ", "カザクバエフ", "クルバエフ"],
  // Beyond the region: heads of state and government and foreign ministers the Bluebook and the white
  // paper name most, back to the 1950s. Names that are also ordinary words or companies (フォード,
  // コール, メイ, ライス) are left out; names other countries' office holders share are listed with the
  // title that settles them (マルコス大統領, not マルコス外務国務相; ブラウン首相).
  USA: [
    "バイデン", "オバマ", "ブリンケン", "ポンペオ", "ルビオ", "ヘグセス", "トランプ", "ブッシュ", "クリントン", "レーガン",
    "ニクソン", "アイゼンハワー", "ケネディ", "キッシンジャー", "ティラーソン", "パウエル",
    "オースティン国防長官", "マティス", "エスパー", "ヘーゲル", "ゲーツ国防長官", "ラムズフェルド", "パネッタ",
  ],
  CHN: ["習近平", "王毅", "李強", "胡錦濤", "温家宝", "李克強", "毛沢東", "周恩来", "鄧小平", "江沢民", "朱鎔基", "李鵬", "趙紫陽", "胡耀邦", "華国鋒", "楊潔篪", "銭其琛", "唐家璇", "李肇星"],
  PRK: ["金正恩", "金正日", "金日成"],
  KOR: ["尹錫悦", "文在寅", "李在明", "朴槿恵", "李明博", "盧武鉉", "金泳三", "盧泰愚", "全斗煥", "朴正煕", "康京和", "朴振", "国防部長官"],
  GBR: ["サッチャー", "ブレア", "キャメロン", "スナク", "スターマー", "ブラウン首相"],
  FRA: ["マクロン", "オランド", "サルコジ", "シラク", "ミッテラン", "ドゴール", "ド・ゴール"],
  DEU: ["メルケル", "ショルツ", "シュレーダー首相", "アデナウアー"],
  ITA: ["メローニ"],
  CAN: ["トルドー"],
  AUS: ["アルバニージー", "ターンブル", "ハワード首相", "ラッド首相", "モリソン首相"],
  IND: ["モディ", "ネルー", "マンモハン・シン"],
  IDN: ["スハルト", "スカルノ", "ユドヨノ", "ジョコ大統領", "ジョコ・ウィドド", "プラボウォ"],
  // マルコス is also an Ethiopian minister's name (マルコス外務国務相): only with the president's title
  PHL: ["ドゥテルテ", "アキノ大統領", "マルコス大統領"],
  ISR: ["ネタニヤフ", "ラビン", "ベギン"],
  PSE: ["アッバス", "アラファト"],
  EGY: ["ムバラク", "ムバーラク", "シーシ", "エルシーシ", "サダト", "ナセル"],
  IRN: ["ペゼシュキアン", "ライシ", "ロウハニ", "ローハニ", "ハメネイ", "アフマディネジャド", "ハタミ", "ザリーフ", "アラグチ", "ホメイニ"],
  IRQ: ["フセイン大統領", "サダム・フセイン"],
  SYR: ["アサド"],
  TUR: ["エルドアン", "ダーヴトオール", "チャヴシュオール"],
  BRA: ["ルーラ", "ボルソナーロ"],
  AFG: ["カルザイ", "ガニ大統領"],
  VAT: ["ローマ教皇", "ローマ法王"],
};

/** Titles that may follow a foreign name and join its mention. */
export const foreignTitles: readonly string[] = [
  "大統領報道官", "大統領代行", "大統領", "首相", "外相", "国防相", "外務大臣", "国防大臣", "大臣", "委員長",
  "国家主席", "主席", "総書記", "国務長官", "国防長官", "報道官", "政権", "内閣", "氏",
  "内閣総理大臣", "総理大臣", "総理", "副総理", "外務大臣", "防衛大臣", "防衛相",
].flatMap((title) => ["前", "元", "新", "現職", "次期", ""].map((prefix) => prefix + title));

/** Japanese surnames of prime ministers and foreign/defence ministers, each with its titles. */
const japaneseSurnames: readonly string[] = [
  "岸田", "菅", "安倍", "石破", "野田", "麻生", "福田", "鳩山", "小泉", "高市", "茂木", "中曽根", "前原", "岡田",
  "松本", "玄葉", "上川", "林", "河野", "岩屋", "稲田", "小野寺", "細川", "橋本", "森",
  "町村", "川口", "高村", "北澤", "北沢", "額賀", "浜田", "中谷", "木原",
  // the older volumes' prime ministers and foreign ministers
  "吉田", "重光", "石橋", "岸", "藤山", "池田", "大平", "佐藤", "椎名", "三木", "愛知", "田中", "木村", "宮沢", "宮澤",
  "小坂", "園田", "伊東", "鈴木", "桜内", "櫻内", "竹下", "倉成", "宇野", "三塚", "海部", "中山", "渡辺", "武藤",
  "羽田", "柿沢", "柿澤", "村山", "小渕", "大来",
];

const japaneseTitles: readonly string[] = [
  "総理大臣", "内閣総理大臣", "総理", "首相", "外務大臣", "外相", "防衛大臣", "防衛相", "副総理", "大臣", "政権", "内閣",
];

/** Full names are unambiguous and match alone (a title after them joins the mention). */
export const japaneseFullNames: readonly string[] = [
  "安倍晋三", "菅義偉", "岸田文雄", "石破茂", "高市早苗", "野田佳彦", "菅直人", "鳩山由紀夫", "麻生太郎", "福田康夫",
  "茂木敏充", "林芳正", "上川陽子", "岩屋毅", "河野太郎", "前原誠司", "岡田克也", "中曽根弘文",
];

export const japaneseOfficeHolderForms: readonly string[] = japaneseSurnames.flatMap((surname) =>
  japaneseTitles.map((title) => surname + title),
);

/**
 * Japan's defence offices and forces, which act only for Japan (額賀防衛庁長官が訪露し, 陸自の演習へのロシア
 * 地上軍オブザーバー受入れ): a white paper's account of defence exchanges often names Japan no other way.
 */
export const japaneseDefenceOffices: readonly string[] = [
  "防衛庁長官", "防衛大臣", "防衛副大臣", "防衛大臣政務官", "防衛事務次官", "防衛審議官",
  "防衛庁", "防衛省", "防衛装備庁", "防衛施設庁",
  "統合幕僚長", "陸上幕僚長", "海上幕僚長", "航空幕僚長", "統合幕僚監部",
  "陸上自衛隊", "海上自衛隊", "航空自衛隊", "自衛隊", "自衛艦", "陸自", "海自", "空自",
  "統幕長", "陸幕長", "海幕長", "空幕長",
];

/**
 * Japan's own institutions and the Imperial family, who act only for Japan (福田篤泰衆議院議員が特派大使として
 * 参列した, 皇太子・同妃両殿下がザンビアを公式訪問された). A foreign crown prince is named with his own name,
 * so 皇太子 alone is left out.
 */
export const japaneseInstitutions: readonly string[] = [
  "衆議院議員", "参議院議員", "衆議院", "参議院", "天皇陛下", "天皇皇后両陛下", "皇太子同妃両殿下", "皇太子・同妃両殿下",
  "三笠宮", "秋篠宮", "高円宮", "常陸宮",
  // the terms of Japan's own peace-cooperation law and its contingents
  "国際平和協力業務", "国際平和協力法", "国際平和協力本部", "派遣施設群", "派遣施設大隊", "派遣輸送調整中隊", "国際緊急援助隊",
  // Japanese nationals abroad, the MSDF's destroyers (a foreign navy's are 駆逐艦), Japan's administrative
  // vice-ministers, and bodies named 日本海外… (which would otherwise read as 日本海, the sea)
  "邦人", "護衛艦", "事務次官", "外務審議官", "日本海外",
];
