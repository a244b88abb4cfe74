// The words the gazetteer looks for: every multi-character name of the catalogue, office holders,
// a few fixed multi-place forms, and blockers — longer words that contain a place name but are not
// about that place (日本海, インド洋, 米ドル). A blocker wins the span and yields no mention.
import { placeCatalogue, type PlaceRecord } from "@/places/catalogue";
import { foreignOfficeHolders, japaneseDefenceOffices, japaneseFullNames, japaneseInstitutions, japaneseOfficeHolderForms } from "./office-holders";

export type EntryRole = "name" | "city" | "office_holder" | "blocker";

export interface LexiconEntry {
  surface: string;
  codes: string[];
  role: EntryRole;
  /** A country, special region or group name (not a city or person): may take an adjectival suffix
   * and may join a compound (日・ウズベキスタン). */
  isPlaceName: boolean;
  /** A foreign office holder's name, which a title may follow (プーチン大統領). */
  takesTitle: boolean;
}

/** Words containing a place name that do not refer to the place. */
export const blockers: readonly string[] = [
  // seas, oceans, continents and regions
  "日本海", "インド洋", "インド太平洋", "インド・太平洋", "アメリカ大陸", "南アメリカ", "北アメリカ", "中央アメリカ", "ラテンアメリカ", "ラテン・アメリカ", "南・北アメリカ",
  "南米", "北米", "中米", "中南米", "以南アフリカ", "欧米", "ギニア湾", "メキシコ湾", "オマーン湾", "タイ湾", "フィリピン海",
  "アイルランド海", "中国地方", "中国山地", "北キプロス",
  // currencies, the former Soviet space as a whole, dissolved federations spanning several places
  "米ドル", "ECサイト", "旧ソ連", "旧ソ", "旧ユーゴスラビア", "旧ユーゴースラヴィア", "旧ユーゴスラヴィア", "旧ユーゴ", "チェコスロバキア", "チェコスロヴァキア", "チェッコスロヴァキア", "カタルーニャ", "ローデシア・ニアサランド",
  // institutions named after a city or a country
  "ストックホルム国際平和研究所", "東インド会社", "ロシアNIS貿易会", "ロシアＮＩＳ貿易会",
  // the Japanese–Brazilian digital television standard
  "日伯方式",
  // the GATT round named after the city where it opened
  "ウルグァイ・ラウンド", "ウルグアイ・ラウンド", "ウルグアイラウンド", "ウルグァイラウンド",
  // armed groups named after the countries they fight in
  "イラクとレバントのイスラム国", "イラク・レバントのイスラム国", "イラクとシリアのイスラム国",
  // 邦人 (Japanese nationals) inside 連邦人民代議員大会, 連邦人口
  "連邦人",
  // the export-control regime named after the country that convened it
  "オーストラリア・グループ", "Australia Group",
  // the Iran nuclear talks' formats, named as a group, with their members in brackets or not (the EU in
  // EU3+3 is not the EU as such): evaluation/README.md's convention
  "EU3+3", "P5+1", "EU(英仏独)+3(米中露)", "EU3(英仏独)+3(米中露)",
];

/**
 * Words that stand for a place without naming it: the exchanges and visits of the Northern
 * Territories' former residents exist only for those islands (元島民 are the islands' former
 * residents in every text of this field; 墓参 alone is not listed, as it also means visits to
 * internees' graves in Russia).
 */
const placeVocabulary: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["北方墓参", ["northern-territories"]],
  ["航空機墓参", ["northern-territories"]],
  ["ビザなし交流", ["northern-territories"]],
  ["ビザなし渡航", ["northern-territories"]],
  ["四島交流", ["northern-territories"]],
  ["元島民", ["northern-territories"]],
  ["旧島民", ["northern-territories"]],
];

/** Fixed forms naming several places at once. */
const multiPlaceForms: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["中央アジア+日本", ["central-asia", "JPN"]],
  ["中央アジアプラス日本", ["central-asia", "JPN"]],
  // 朝鮮半島情勢, 朝鮮半島問題: the two Koreas, not 朝鮮 (North Korea) alone
  ["朝鮮半島", ["PRK", "KOR"]],
  // each "N国" form is also read with the count in digits (バルト3国)
  ["バルト三国", ["EST", "LVA", "LTU"]],
  ["バルト諸国", ["EST", "LVA", "LTU"]],
  ["インドシナ三国", ["VNM", "LAO", "KHM"]],
  ["北欧三国", ["DNK", "NOR", "SWE"]],
  // the eight states with territory north of the Arctic Circle (the Arctic Council's members)
  ...["北極圏国", "北極圏諸国", "北極圏8か国", "北極圏8カ国"].map((form) => [form, ["CAN", "DNK", "FIN", "ISL", "NOR", "RUS", "SWE", "USA"]] as const),
  // the two Koreas' summits and the peninsula's two states; 南北 alone is also the North–South divide
  ["南北朝鮮", ["KOR", "PRK"]],
  ["南北首脳", ["KOR", "PRK"]],
  ["印パ", ["IND", "PAK"]],
  // the Quad named by its members
  ["日米豪印", ["JPN", "USA", "AUS", "IND", "quad"]],
  // the Golan Heights and the UN force there stand between Syria and Israel (no code of their own)
  ["ゴラン高原", ["SYR", "ISR"]],
  ["UNDOF", ["SYR", "ISR"]],
  ["国連兵力引き離し監視隊", ["SYR", "ISR"]],
];

function codesOf(place: PlaceRecord): string[] {
  return place.kind === "subregion" && place.parentCode ? [place.code, place.parentCode] : [place.code];
}

function catalogueEntries(): LexiconEntry[] {
  return placeCatalogue().flatMap((place) =>
    place.names
      .filter((n) => n.name.length > 1)
      .map((n): LexiconEntry => {
        const isCity = n.variant === "city";
        return { surface: n.name, codes: codesOf(place), role: isCity ? "city" : "name", isPlaceName: !isCity, takesTitle: false };
      }),
  );
}

function officeHolderEntries(): LexiconEntry[] {
  const foreign = Object.entries(foreignOfficeHolders).flatMap(([code, names]) =>
    names.map((surface): LexiconEntry => ({ surface, codes: [code], role: "office_holder", isPlaceName: false, takesTitle: true })),
  );
  const japanese = [
    ...japaneseOfficeHolderForms.map(
      (surface): LexiconEntry => ({ surface, codes: ["JPN"], role: "office_holder", isPlaceName: false, takesTitle: false }),
    ),
    ...japaneseFullNames.map(
      (surface): LexiconEntry => ({ surface, codes: ["JPN"], role: "office_holder", isPlaceName: false, takesTitle: true }),
    ),
    ...[...japaneseDefenceOffices, ...japaneseInstitutions].map(
      (surface): LexiconEntry => ({ surface, codes: ["JPN"], role: "office_holder", isPlaceName: false, takesTitle: false }),
    ),
  ];
  return [...foreign, ...japanese];
}

/** バルト三国 is also written バルト3国: a form counting its countries in kanji, and the same in digits. */
const KANJI_COUNT_OF_COUNTRIES = /([二三四五六七八九])国$/;
function withCountInDigits(form: readonly [string, readonly string[]]): (readonly [string, readonly string[]])[] {
  const [surface, codes] = form;
  const kanji = KANJI_COUNT_OF_COUNTRIES.exec(surface)?.[1];
  if (kanji === undefined) return [form];
  return [form, [surface.replace(KANJI_COUNT_OF_COUNTRIES, `${"二三四五六七八九".indexOf(kanji) + 2}国`), codes]];
}

/** All entries; a surface listed for several places yields one entry with all their codes. */
export function buildLexicon(): LexiconEntry[] {
  const bySurface = new Map<string, LexiconEntry>();
  const add = (entry: LexiconEntry) => {
    const existing = bySurface.get(entry.surface);
    if (!existing) bySurface.set(entry.surface, { ...entry, codes: [...entry.codes] });
    else if (existing.role !== "blocker")
      for (const code of entry.codes) if (!existing.codes.includes(code)) existing.codes.push(code);
  };
  for (const surface of blockers) add({ surface, codes: [], role: "blocker", isPlaceName: false, takesTitle: false });
  for (const [surface, codes] of [...multiPlaceForms.flatMap(withCountInDigits), ...placeVocabulary]) add({ surface, codes: [...codes], role: "name", isPlaceName: false, takesTitle: false });
  for (const entry of [...catalogueEntries(), ...officeHolderEntries()]) add(entry);
  return [...bySurface.values()];
}

/** Single-character abbreviations (露, 米, 日, ロ, ソ …) and the country each stands for. */
export function buildAbbreviations(variant: "abbreviation" | "pair_abbreviation" = "abbreviation"): Map<string, string> {
  const abbreviations = new Map<string, string>();
  for (const place of placeCatalogue())
    for (const n of place.names) if (n.variant === variant && n.name.length === 1) abbreviations.set(n.name, place.code);
  return abbreviations;
}
