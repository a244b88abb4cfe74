// Which places a sentence is about, and how that was settled: the places it names (minus venues,
// comparisons and cities standing only for where something happened), else the office holders it
// names, else its innermost section heading that names a place. Words that refer back (これら諸国)
// add the places an earlier sentence of the section named.
import { findPlaceMentions, isVenueNote, type PlaceMention } from "../../places/gazetteer";
import { isCountryCode, isGroupCode, placeCatalogue } from "../../places/catalogue";
import { anaphorsOf, COUNTRY_COUNTER, type EarlierSentencePlaces } from "./earlierSentencePlaces";
import { asideAt, asidesOf, type Aside } from "./parentheses";

export type Derivation = "place_name" | "compound" | "office_holder" | "section_heading" | "earlier_sentence" | "unsaid_party";

export interface SentencePlace {
  placeCode: string;
  derivation: Derivation;
  matchedText: string;
  /** Offsets of the mention within the sentence (headings: -1). */
  at: number;
  end: number;
  /** The mention is the sentence's topic (ロシアは…), so it takes part in every event the sentence dates. */
  isTopic: boolean;
}

// A place followed by these is where something happened or a yardstick, not what the sentence is about.
// 開催/行われ alone do not make a venue: an election or fighting held in a place is about it.
const MEETINGS = "(?:会談|会合|会議|理事会|サミット|総会|首脳会議|フォーラム|戦略対話|政策対話|協議|作業部会|式典|博覧会|万博|朝食会|昼食会|夕食会|晩餐会|会食|会う|会える|お会い)";
// The first of two venues counts too (シンガポール及びブエノスアイレスでの首脳会談).
const VENUE_AFTER = new RegExp(`^(?:(?:及び|および|並びに|や)[^、。,，はがをでに]{1,10}?)?(?:代表部|大使館|公邸)?(?<!間)(?:で|での|において[、,，]?|における|にて[、,，]?)(?:[^、。]{0,24}?|(?:行われた|開催された|開かれた)[^、。]{0,24}?)${MEETINGS}`);
// A meeting named before its venue (13年8月に第2回会議がブルネイで開催された): where it met.
// The date may stand between them (前回の日米韓外相会合は、昨年8月10日にミャンマー・ネーピードーにおいて実施).
const MEETING_BEFORE_VENUE = new RegExp(`${MEETINGS}[^、。,，]{0,6}?(?:が|は)(?:[、,，]?[^、。,，]{1,16}?に)?$`);
const HELD_AT_AFTER = /^(?:・[ァ-ヴー]{2,10})?(?:で|において|にて)(?:開催|開かれ|行われ|実施)/;
// Where a gathering attended or planned is held, whatever it is called (インドネシアで開催された第10回ADMMプラスに出席した,
// チュニジアで開催予定のTICAD8).
const GATHERING_VENUE_AFTER = /^(?:で|において|にて)(?:(?:開催され|開かれ|行われ)た[^、。,，]{1,24}?に出席|開催(?:予定|される(?:予定)?)の)/;
// A country with its city (オーストリアのウィーンで開催されている第24回OSCE外相理事会, オーストラリア・シドニー市内のホテルで会談).
const CITY_VENUE_AFTER = new RegExp(
  `^(?:の[^、。,，はがを]{1,8}?|・?[ァ-ヴー]{2,10}(?:市内|市)?(?:国際会議場|国際会議センター|会議場|会議センター|ホテル)?(?:の[^、。,，はがを]{1,8}?)?)(?<!間)(?:で|での|において[、,，]?|における|にて[、,，]?)(?:[^、。]{0,40}?)${MEETINGS}`,
);
// A country in brackets after a meeting's name (ラーケン欧州理事会（ベルギー）): where it met.
const MEETING_BEFORE_BRACKET = new RegExp(`${MEETINGS}[(（]$`);
const BRACKET_CLOSE_AFTER = /^[^()（）、。]{0,12}[)）]/;
// A city glossed with its country (シャルム・エル・シェイク(エジプト)にて, アジスアベバ(エチオピア)において): where it took place.
const GLOSSED_CITY_BEFORE = /[ァ-ヴー・]{2,}[(（]$/;
const BRACKETED_VENUE_AFTER = /^[)）](?:で|での|において|における|にて)/;
// The city an organisation was set up in or is seated in (オランダのハーグに設立された化学兵器禁止機関): its seat, not news of the country.
const SEAT_AFTER = /^の[^、。,，はがを]{1,8}?に(?:設立され|設置され|本部を置)/;
// A city visited (ボンを訪問し, 四日ロンドンに赴き): a visit to its country, unlike a stay during which a meeting took place (を訪問中の).
const CITY_VISITED_AFTER = /^(?:を(?:公式|正式)?訪問(?!中)|に(?:赴|到着)|を訪れ)/;
// A mission in a city (アンカレッジ領事館を開設, 在イスタンブル総領事館): Japan's presence in that country
// (a mission used as the venue, ミラノ総領事館において, is left out as an embassy venue is).
const MISSION = "総?領事館|(?:出張)?駐在官事務所|大使館";
const CITY_MISSION_AFTER = new RegExp(`^(?:${MISSION})`);
// A city where an attack or incident took place (ブリュッセルにおける連続爆破テロ, ロンドンの連続爆弾テロ事件): the
// incident is about the country, unlike a meeting held in a city.
const INCIDENT_AFTER = /^(?:における|での|の|で(?:発生した|起きた)?)[^、。,，]{0,8}?(?:テロ|爆破|爆発|攻撃|襲撃|暴動|事件)/;
// An embassy where something took place (駐英日本大使公邸において, ロシア大使館で): the host country is a venue.
const EMBASSY_VENUE_AFTER = new RegExp(`^(?:日本|日本国)?(?:大使公邸|${MISSION}|公邸)(?:で|での|において|における|にて)`);
// 大使(ロシアにて兼轄): the country an ambassador resides in and covers another from.
const RESIDENCE_AFTER = /^(?:にて|で)?兼(?:轄|任)|^(?:に)?駐在(?:の|する)?大使/;
// アルメニアは、コーカサス地域に位置し: the region a country lies in, as a geography note puts it.
const LIES_IN_AFTER = /^(?:地域)?に(?:位置|ある)/;
const SEA_AREA_AFTER = /^(?:近海|沖|上空|周辺海域|近郊)(?:で|での|において|における)/;
// Off a country's coast, an exercise or a flight has a venue (演習をインドネシア近海で実施); piracy or a
// bombing off its coast (ソマリア沖・アデン湾における海賊, イエメン沖でのタンカー爆破) is about it.
const EXERCISE = /演習|訓練|航行|飛行|寄港/;
const isExerciseArea = (c: MentionInContext) => SEA_AREA_AFTER.test(c.after) && (EXERCISE.test(c.before(24)) || EXERCISE.test(c.wider));
// A group named as the occasion of a meeting (G8外相会合の際に, G20サミットの機会に, G20サミットに参加するため),
// also at the head of a list of occasions (G8グレンイーグルズ・サミット、国連総会、APEC等の機会にも,
// 6月のG8サミットや11月のAPEC等の場を活用し, G8サミット及び11月のチリAPECの際に).
const OCCASION_AFTER = /^[^、。]{0,20}?(?:の際|の機会|の場で|に際し|に際する|の折|のマージン|の傍ら|の合間|に参加するため|に出席するため|参加のため|出席のため|に出席する途上)|^(?:サミット|首脳会議|外相会合|総会)(?:で|において|にて)[^、。]{0,12}?(?:会談|お会い|会って|面会)|^(?:サミット|首脳会議|外相会合|議長国|議長)[^、。]{0,8}?の成功|^[^、。]{0,12}?(?:サミット|首脳会議|外相会合|アウトリーチ会合)(?:[^、。]{0,4}?の成功|以来|への(?:参加|出席)|(?:における|での)[^、。]{0,16}?(?:貢献|協力|リーダーシップ))/;
const OCCASION_LIST_AFTER = /^[^。]{0,60}?(?:等|など)の(?:機会|場)(?:に|を|で|や)|^[^、。]{0,12}?(?:及び|や|並びに)[^、。]{0,24}?(?:の際|の機会|の場で|に際し|のマージン)/;
// A country named as the host of a meeting's occasion (ペルーAPECの際, トルコG20サミットの機会に).
const HOSTED_OCCASION_AFTER = /^(?:APEC|G20|G7|G8|ASEAN|サミット)[^、。]{0,10}?(?:の際|の機会|に際し|のマージン)/;
// A place in the name of a conference attended (イラク支援国際会議に出席するため): the occasion.
const CONFERENCE_NAME_AFTER = /^[^、。,，]{0,10}?(?:会議|会合|サミット)(?:に出席するため|に参加するため|出席のため|参加のため)/;
// Where the speaker was: 核セキュリティ・サミットに出席するため訪問中のオランダ・ハーグにおいて.
const VISITING_BEFORE = /(?:訪問中|滞在中|出張中)の$/;
// Japan as the one things matter to (日本の安全保障にとって重大な脅威, わが国にとって重要な): a point of view, not an actor.
const POINT_OF_VIEW_AFTER = /^(?:の[^、。,，をがは]{1,8})?にとって/;
// Japan as the frame of a location (わが国の周辺におけるロシア軍の活動, わが国への近接飛行) is not an actor.
const FRAME_OF_LOCATION_AFTER = /^(?:の)?(?:周辺|近傍|近海|に近接|への近接)/;
// Where the speaker was when a meeting took place: トルコ・アンタルヤを訪問中の安倍総理は.
const VISITING_AFTER = /^(?:[・の]?[^、。,，を]{1,14})?を訪問中|^・?[^、。,，をはがに]{1,10}?(?:訪問中|滞在中|出張中)の|^(?:訪問中|滞在中|出張中)の/;
// The rest of a list of names after the one matched (…、ギニア、ブルキナファソ, …及びタイ): rules about what
// follows a list hold for each of its names.
const REST_OF_LIST = "(?:(?:[、・,，]|及び|および)[^、。,，をにはがと]{1,14})*";
// Places a region lies between (アジア、欧州、ロシア、中東を結ぶ要衝, …中央アジア、コーカサス地域の結節点に位置する): geography, not a subject.
const CONNECTED_AFTER = new RegExp(`^${REST_OF_LIST}(?:を(?:結ぶ|つなぐ|繋ぐ)|の(?:結節点|交差点|十字路)(?:に|という|である|として))`);
// Japan's legal position in apposition (わが国固有の領土である北方領土): not an actor.
const OWN_TERRITORY_AFTER = /^(?:の)?固有の領土/;
// A neighbour named for where a country lies (アフガニスタンと国境を接し, アフガニスタンとの隣接関係): geography.
const NEIGHBOUR_AFTER = /^(?:と国境を接|との(?:隣接|国境に接))/;
// A crisis named, undated, as the background of something else (ウクライナ情勢をめぐる制裁,
// ウクライナ侵略を継続するなかにあって, ウクライナ危機を受け): not what the sentence reports. Dated,
// it is an event of its own (2014年のウクライナ危機以降).
const BACKGROUND_AFTER = /^(?:侵略|危機|情勢|問題|紛争|侵攻|(?:経済|貿易)?摩擦|関係)(?:をめぐる|を受け|を背景|を継続する(?:な|中)|以後|以降|後[にはの、]|に起因する|に伴う|の影響)/;
const DATED_BEFORE = /(?:\d|[元同昨本今前翌])(?:年|月|日)[^、。,，]{0,12}$/;
// Japan's standing policy formula (北方領土問題を解決して平和条約を締結し…) states an aim, not an event
// of the islands; a clock named after a country (ブルネイ時間1日12時40分) is not the country.
const POLICY_FORMULA_AFTER = /^(?:問題|の帰属の問題|の帰属に関する問題)を解決し(?:て)?(?:、)?平和条約を締結/;
const CLOCK_AFTER = /^(?:時間|時刻)(?:\d|[一二三四五六七八九〇]|[)）。、,，])/;
// Where a country lies (ウクライナは、EUとロシアの間の地政学的に重要な場所にある): geography.
const BETWEEN_AFTER = /^(?:と[^、。,，]{1,10})?の間(?:の|に)[^、。,，]{0,12}?(?:位置|場所|要衝)/;
// The former ruler in a colony's description (英国の保護領であったウガンダ, ベルギーを施政権者とする信託統治地域,
// スペイン領サハラ): the sentence is about the colony.
const COLONIAL_RULER_AFTER = /^(?:の?(?:直轄)?(?:保護領|植民地|自治領|委任統治|信託統治|海外領土|属領)|を施政権者とする|領(?=[ァ-ヴ]))/;
// What two countries share as a standing quality (共にG8のメンバーであり, 共に米国の同盟国であり): no event of it.
const SHARED_STANDING_AFTER = /^の?(?:メンバー|一員|同盟国|構成国)(?:として|であり|である|でもある|でもあり|で)/;
// An ambassador's post (根津駐エティオピア大使を特派大使として参列させた, アジャヴォン駐米兼国連大使, every country of
// 駐ノルウェー兼アイスランド大使): a channel, not a subject.
const ENVOY_POST_BEFORE = /(?<!日)駐$|(?<!日)駐[^、。,，]{1,8}?兼$/;
const ENVOY_POST_AFTER = /^(?:兼[^、。,，]{1,8}?)?(?:特命全権)?大使(?!館)/;
const COMPARISON_AFTER = new RegExp(`^(?:${REST_OF_LIST}(?:に次ぐ|に次いで|に次ぎ|に比べ|と比べ)|と比較|を上回|を下回|を抜(?:いて|き)|以外(?:では|の国|で|と|へ|に)|(?:[(（][^()（）]{1,12}[)）])?[)）]?(?:の[^、。,，のはが]{1,6})?の(?:約|およそ)?[\\d.．]+倍)`);
// Arenas listed (国連、NATO、G7、G20などの多国間の場を活用した外交, …などカナダが従来重視していた分野): where a
// country conducts its diplomacy, not what the sentence reports.
const ARENA_LIST_AFTER = new RegExp(
  `^(?:[(（][^()（）]{1,12}[)）])?${REST_OF_LIST}(?:など|等)(?:の)?[^、。,，]{0,14}?(?:多国間の場|国際的な場|多国間枠組み|国際的枠組み|分野)`,
);
// Undated precedents (マリ、ギニア、ブルキナファソに続き、7月にニジェールでも…, パラオに続き…3番目の加盟国): a yardstick.
const PRECEDENT_AFTER = new RegExp(`^${REST_OF_LIST}に続(?:き|いて)`);
// Partners named as examples of those Japan works with (米国、韓国を始めとする関係国と緊密に連携).
const EXAMPLE_PARTNERS_AFTER = new RegExp(`^${REST_OF_LIST}(?:を始め|をはじめ)と(?:する|した)(?:関係国|国際社会|各国|諸国)`);
// The author's own country as point of view (わが国を取り巻く安全保障環境) settles nothing in a heading.
const POINT_OF_VIEW = new Set(["わが国", "我が国", "本邦", "我が方"]);
// The topic marker may follow a run of places joined by ・ (中央アジア・コーカサス地域においては), a
// word for the state's own organs or affairs (ロシア経済は, ロシア軍は, ロシア政府が, ソ連内政においては), an organisation's members
// (NATO及び加盟国は) or an office holder's (当時) (プーチン首相(当時)が).
const TOPIC_MARKER_AFTER =
  /^(?:・[^・、。,，はがも]{1,10})*(?:両国|側|経済|政府|軍|当局|指導部|内政|外交)?(?:(?:及び|および|と)(?:その|各)?(?:加盟国|同盟国|構成国))?(?:[(（](?:当時|前|元|現)[)）])?(?:は|が|も|より|においては|については|では)/;
// Both sides of a relation set as the topic: ロシアと中国の間では, 両国間では.
const RELATION_TOPIC_AFTER = /^(?:と[^・、。,，はがも]{1,10})?の?間(?:では|において(?:は)?|には)/;
// A treaty, relation or question named after the place as the topic: 日ソ領事条約は, 日露関係は,
// 日ソ漁業問題に関しては.
const AGREEMENT_TOPIC_AFTER = /^[^、。,，はがもをにでと「」]{0,6}(?:条約|協定|関係|交渉|問題)(?:は|が|も|については|においては|に関しては)/;
// Something of the place's as the topic: オーストラリアの国防白書は, 中国の国防費は.
const POSSESSION_TOPIC_AFTER = /^の[^、。,，はがもをにでと「」()（）の]{1,8}(?:は|も)[、,，]/;
// A list closed by its count as the subject: …、メキシコ及びカナダの12か国が交渉に参加し.
const COUNTED_LIST_TOPIC_AFTER = new RegExp(`^の[0-9０-９]+${COUNTRY_COUNTER}(?:は|が|も)`);
const TOPIC_AFTER = [TOPIC_MARKER_AFTER, RELATION_TOPIC_AFTER, AGREEMENT_TOPIC_AFTER, POSSESSION_TOPIC_AFTER, COUNTED_LIST_TOPIC_AFTER];

let subregionParents: Map<string, string> | undefined;
let specialRegionStates: Map<string, string> | undefined;

function parentOfSubregion(code: string): string | undefined {
  subregionParents ??= parentsOf("subregion");
  return subregionParents.get(code);
}

/** The state a special region belongs to de jure (クリミア → UKR). */
function stateOfSpecialRegion(code: string): string | undefined {
  specialRegionStates ??= parentsOf("special_region");
  return specialRegionStates.get(code);
}

function parentsOf(kind: "subregion" | "special_region"): Map<string, string> {
  return new Map(
    placeCatalogue()
      .filter((p) => p.kind === kind && p.parentCode)
      .map((p) => [p.code, p.parentCode as string]),
  );
}

/** Islands count for their region: a fact about 国後島 is a Northern Territories fact. */
function regionCodes(codes: readonly string[]): string[] {
  return [...new Set(codes.map((code) => parentOfSubregion(code) ?? code))];
}

// 元島民 are the Northern Territories' former residents unless another island is named as theirs (硫黄島の元島民).
const FORMER_RESIDENTS = new Set(["元島民", "旧島民"]);
const OTHER_ISLAND_BEFORE = /(?<!択捉|国後|色丹|歯舞群|四)島の$/;

/** A mention and the text around it, as the rules below read it. */
interface MentionInContext {
  sentence: string;
  mention: PlaceMention;
  /** The next 24 characters, and the next 48 for rules that reach further. */
  after: string;
  wider: string;
  /** The text before the mention, as far back as a rule asks. */
  before: (length: number) => string;
}

const isName = (c: MentionInContext) => c.mention.via === "name";
const isGroupOnly = (c: MentionInContext) => c.mention.placeCodes.every(isGroupCode);

/** The ways a mention can name a place the sentence is not about, each with what it recognises. */
const NOT_THE_SUBJECT: ReadonlyArray<readonly [string, (c: MentionInContext) => boolean]> = [
  ["a city standing for where something happened", (c) => c.mention.via === "city" && !INCIDENT_AFTER.test(c.after) && !CITY_VISITED_AFTER.test(c.after) && !CITY_MISSION_AFTER.test(c.after)],
  ["another island's former residents", (c) => FORMER_RESIDENTS.has(c.mention.surface) && OTHER_ISLAND_BEFORE.test(c.before(c.mention.start))],
  ["a venue in a note", (c) => isVenueNote(c.sentence, c.mention)],
  ["a meeting's venue or a sea area", (c) => isName(c) && (VENUE_AFTER.test(c.wider) || isExerciseArea(c) || CITY_VENUE_AFTER.test(c.wider))],
  ["a meeting's venue named after it", (c) => isName(c) && MEETING_BEFORE_VENUE.test(c.before(32)) && HELD_AT_AFTER.test(c.after)],
  ["where a gathering attended or planned is held", (c) => isName(c) && GATHERING_VENUE_AFTER.test(c.wider)],
  ["a meeting's venue in brackets", (c) => MEETING_BEFORE_BRACKET.test(c.before(12)) && BRACKET_CLOSE_AFTER.test(c.after)],
  ["a city's country in brackets, as the venue", (c) => GLOSSED_CITY_BEFORE.test(c.before(12)) && BRACKETED_VENUE_AFTER.test(c.after) && !INCIDENT_AFTER.test(c.after.slice(1))],
  ["an embassy as the venue", (c) => EMBASSY_VENUE_AFTER.test(c.after)],
  ["the seat of an organisation", (c) => isName(c) && SEAT_AFTER.test(c.after)],
  ["where an ambassador resides, or the region a country lies in", (c) => RESIDENCE_AFTER.test(c.after) || (isGroupOnly(c) && LIES_IN_AFTER.test(c.after))],
  ["a group as the occasion", (c) => isGroupOnly(c) && (OCCASION_AFTER.test(c.after) || OCCASION_LIST_AFTER.test(c.sentence.slice(c.mention.end, c.mention.end + 64)))],
  ["the host of the occasion or a conference attended", (c) => HOSTED_OCCASION_AFTER.test(c.after) || CONFERENCE_NAME_AFTER.test(c.after)],
  ["where the speaker was visiting", (c) => (isName(c) && VISITING_BEFORE.test(c.before(6))) || VISITING_AFTER.test(c.after)],
  ["Japan framing a location", (c) => POINT_OF_VIEW.has(c.mention.surface) && FRAME_OF_LOCATION_AFTER.test(c.after)],
  ["a group listed among arenas", (c) => isGroupOnly(c) && ARENA_LIST_AFTER.test(c.wider)],
  ["partners named as examples", (c) => EXAMPLE_PARTNERS_AFTER.test(c.after)],
  ["an undated precedent", (c) => PRECEDENT_AFTER.test(c.after) && !DATED_BEFORE.test(c.before(16))],
  ["Japan as a point of view", (c) => c.mention.placeCodes.includes("JPN") && c.mention.placeCodes.length === 1 && POINT_OF_VIEW_AFTER.test(c.after)],
  ["a yardstick or a neighbour", (c) => COMPARISON_AFTER.test(c.after) || NEIGHBOUR_AFTER.test(c.after) || CONNECTED_AFTER.test(c.after) || BETWEEN_AFTER.test(c.wider)],
  ["the former ruler of a colony", (c) => COLONIAL_RULER_AFTER.test(c.after)],
  ["a standing quality two countries share", (c) => SHARED_STANDING_AFTER.test(c.after)],
  ["the post of an envoy", (c) => ((isName(c) && ENVOY_POST_BEFORE.test(c.before(12))) || c.mention.surface.startsWith("駐")) && ENVOY_POST_AFTER.test(c.after)],
  ["Japan's legal position or policy formula", (c) => OWN_TERRITORY_AFTER.test(c.after) || POLICY_FORMULA_AFTER.test(c.after)],
  ["a clock", (c) => CLOCK_AFTER.test(c.after)],
  ["an undated crisis as background", (c) => BACKGROUND_AFTER.test(c.after) && !DATED_BEFORE.test(c.before(16))],
];

function isAboutPlace(sentence: string, mention: PlaceMention): boolean {
  const context: MentionInContext = {
    sentence,
    mention,
    after: sentence.slice(mention.end, mention.end + 24),
    wider: sentence.slice(mention.end, mention.end + 48),
    before: (length) => sentence.slice(Math.max(0, mention.start - length), mention.start),
  };
  return !NOT_THE_SUBJECT.some(([, recognises]) => recognises(context));
}

function derivationOf(mention: PlaceMention): Derivation {
  if (mention.via === "compound") return "compound";
  if (mention.via === "office_holder") return "office_holder";
  return "place_name";
}

/**
 * A group's members spelled out after it (BRICS（ブラジル、ロシア…）) say nothing of their own; after
 * a group named as so many countries (中央アジア5か国（カザフスタン、…）, コーカサス諸国（…）) they are
 * those countries.
 */
function isMemberList(mention: PlaceMention, all: readonly PlaceMention[], asides: readonly Aside[]): boolean {
  const aside = asideAt(asides, mention.start);
  if (!aside) return false;
  return all.some((other) => other.end === aside.open && other.placeCodes.some(isGroupCode) && !COUNTRIES_COUNTED.test(other.surface));
}
const COUNTRIES_COUNTED = new RegExp(`(?:諸国|[0-9０-９一二三四五六七八九]+${COUNTRY_COUNTER})$`);

/**
 * The places of a list closed by its count as the subject (日本、シンガポール…及びカナダの12か国が…) are
 * all the topic, not only the last. Places are in the order of the sentence.
 */
const LIST_JOIN = /^(?:[、,，・]|及び|および|並びに|と|や)$/;
function topicOverCountedList(sentence: string, places: SentencePlace[]): void {
  for (let last = places.length - 1; last > 0; last--) {
    if (!COUNTED_LIST_TOPIC_AFTER.test(sentence.slice(places[last]!.end, places[last]!.end + 12))) continue;
    for (let i = last - 1; i >= 0 && LIST_JOIN.test(sentence.slice(places[i]!.end, places[i + 1]!.at)); i--) places[i] = { ...places[i]!, isTopic: true };
  }
}

/** An aside that describes the word before it by its opponent (大祖国戦争（対ドイツ戦）) is a gloss. */
function isGloss(sentence: string, mention: PlaceMention, asides: readonly Aside[]): boolean {
  const aside = asideAt(asides, mention.start);
  return aside !== undefined && sentence[aside.open + 1] === "対";
}

export function placesOfSentence(sentence: string, headings: readonly string[], earlier?: EarlierSentencePlaces): SentencePlace[] {
  const all = findPlaceMentions(sentence);
  const asides = asidesOf(sentence);
  const named = all.filter(
    (mention) => isAboutPlace(sentence, mention) && !isMemberList(mention, all, asides) && !isGloss(sentence, mention, asides),
  );
  const places: SentencePlace[] = named.flatMap((mention) =>
    regionCodes(mention.placeCodes).map((placeCode) => ({
      placeCode,
      derivation: derivationOf(mention),
      matchedText: mention.surface,
      at: mention.start,
      end: mention.end,
      isTopic: isTopicAt(sentence, mention.end),
    })),
  );
  topicOverCountedList(sentence, places);
  const referred = earlier ? placesReferredTo(sentence, headings, earlier, places) : [];
  if (places.length === 0 && referred.length === 0) return placesOfHeadings(headings);
  const mentioned = [...places, ...referred];
  return [...mentioned, ...annexedFrom(sentence, mentioned), ...unsaidActor(sentence, mentioned, headings)];
}

/** The annexation of a region (クリミア「併合」, クリミアの併合) is also an event of the state it was taken from. */
const ANNEXED_AFTER = /^(?:の|を)?(?:一方的な?|違法な?|違法に)?[「『]?併合/;
function annexedFrom(sentence: string, places: readonly SentencePlace[]): SentencePlace[] {
  const named = new Set(places.map((p) => p.placeCode));
  return places.flatMap((place) => {
    const state = stateOfSpecialRegion(place.placeCode);
    if (state === undefined || named.has(state) || !ANNEXED_AFTER.test(sentence.slice(place.end, place.end + 12))) return [];
    named.add(state);
    return [{ ...place, placeCode: state, isTopic: false }];
  });
}

function isTopicAt(sentence: string, end: number): boolean {
  const after = sentence.slice(end, end + 16);
  return TOPIC_AFTER.some((pattern) => pattern.test(after));
}

function placesReferredTo(sentence: string, headings: readonly string[], earlier: EarlierSentencePlaces, named: readonly SentencePlace[]): SentencePlace[] {
  return anaphorsOf(sentence).flatMap((anaphor) => {
    const namedBefore = named.filter((p) => p.at < anaphor.at).map((p) => p.placeCode);
    return earlier.referredTo(anaphor, headings, namedBefore).map((placeCode) => ({
      placeCode,
      derivation: "earlier_sentence" as const,
      matchedText: anaphor.surface,
      at: anaphor.at,
      end: anaphor.end,
      isTopic: isTopicAt(sentence, anaphor.end),
    }));
  });
}

/**
 * Sentences that leave their actor unsaid, whose actor is the country the section heading names:
 * - one that names only regions (…択捉島の軍用飛行場が軍民共用となり…, 航空機墓参が実施された, under
 *   北方領土におけるロシア軍 or 日露外相会談);
 * - a visit to Japan with no visitor named (最近の訪日は、2001年5月…, 同大統領の来日);
 * - a chronology's line on independence from a former ruler (1818年、スペインより事実上の独立。).
 */
const VISIT_TO_JAPAN = new Set(["訪日", "来日"]);
const INDEPENDENCE_FROM_AFTER = /^(?:より|から)(?:事実上の|正式に|完全)?独立/;
const ACTOR_UNSAID: ReadonlyArray<(sentence: string, places: readonly SentencePlace[]) => boolean> = [
  (_, places) => !places.some((p) => isCountryCode(p.placeCode)) && !places.every((p) => isGroupCode(p.placeCode)),
  (_, places) => places.every((p) => p.placeCode === "JPN" && VISIT_TO_JAPAN.has(p.matchedText)),
  (sentence, places) => {
    const countries = places.filter((p) => isCountryCode(p.placeCode));
    return countries.length === 1 && INDEPENDENCE_FROM_AFTER.test(sentence.slice(countries[0]!.end));
  },
];

function unsaidActor(sentence: string, places: readonly SentencePlace[], headings: readonly string[]): SentencePlace[] {
  const named = new Set(places.map((p) => p.placeCode));
  const countriesOf = (ofHeadings: readonly SentencePlace[]) => ofHeadings.filter((h) => isCountryCode(h.placeCode) && !named.has(h.placeCode));
  if (ACTOR_UNSAID.some((isUnsaid) => isUnsaid(sentence, places))) return countriesOf(placesOfHeadings(headings));
  const partners = partnersOfUnsaidParty(sentence, places);
  if (partners === undefined || named.has("JPN")) return [];
  const ofHeadings = placesOfHeadings(headings);
  // a heading that lists the partners themselves (大筋合意したもの(チリ、インドネシア…)) does not name the other side
  const party = ofHeadings.some((h) => partners.codes.includes(h.placeCode)) ? [] : countriesOf(ofHeadings);
  if (party.length > 0) return party;
  return [{ placeCode: "JPN", derivation: "unsaid_party", matchedText: sentence.slice(partners.at, partners.end), at: -1, end: -1, isTopic: false }];
}

/**
 * A relation with one side named (インドネシアとの間では、…交渉を開始し; フランス、ドイツ各国との間で協議を行い)
 * whose other side is unsaid: the country the section is about, or else the author's own, Japan.
 */
const RELATION_WITH_AFTER = /^(?:各国|両国|諸国)?との間(?:で|では|に|には|において|における|の)/;
const LIST_JOINT = /^(?:[、・,，]|及び|および|並びに)$/;
function partnersOfUnsaidParty(sentence: string, places: readonly SentencePlace[]): { at: number; end: number; codes: string[] } | undefined {
  const countries = places.filter((p) => p.at >= 0 && isCountryCode(p.placeCode)).sort((a, b) => a.at - b.at);
  const last = countries[countries.length - 1];
  if (last === undefined || !RELATION_WITH_AFTER.test(sentence.slice(last.end, last.end + 12))) return undefined;
  const isList = countries.every((p, i) => i === 0 || p.at === countries[i - 1]!.at || LIST_JOINT.test(sentence.slice(countries[i - 1]!.end, p.at)));
  // a group named besides (…ASEAN諸国との海軍共同演習) may be the other side
  const onlyPartners = places.every((p) => p.at < 0 || countries.includes(p));
  return isList && onlyPartners ? { at: countries[0]!.at, end: last.end, codes: countries.map((p) => p.placeCode) } : undefined;
}

// Every sentence of a section shares its headings: each heading is read once, not once per sentence.
const HEADING_CACHE_LIMIT = 10_000;
const headingMentionCache = new Map<string, PlaceMention[]>();

/** The places a heading names: no cities, and not Japan as the point of view (わが国を取り巻く…). */
export function headingMentions(heading: string): PlaceMention[] {
  let mentions = headingMentionCache.get(heading);
  if (mentions === undefined) {
    if (headingMentionCache.size >= HEADING_CACHE_LIMIT) headingMentionCache.clear();
    // a heading names its occasion and venue as a sentence does (宮崎G8外相会合の際の日露外相会談)
    mentions = findPlaceMentions(heading).filter((m) => !POINT_OF_VIEW.has(m.surface) && isAboutPlace(heading, m));
    headingMentionCache.set(heading, mentions);
  }
  return mentions;
}

export function placesOfHeadings(headings: readonly string[]): SentencePlace[] {
  for (let i = headings.length - 1; i >= 0; i--) {
    const heading = headings[i]!;
    const mentions = headingMentions(heading);
    if (mentions.length === 0) continue;
    return mentions.flatMap((mention) =>
      regionCodes(mention.placeCodes).map((placeCode) => ({
        placeCode,
        derivation: "section_heading" as const,
        matchedText: heading,
        at: -1,
        end: -1,
        isTopic: true,
      })),
    );
  }
  return [];
}
