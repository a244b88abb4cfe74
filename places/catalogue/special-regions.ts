// Disputed or breakaway areas drawn above the countries, with the country each belongs to de jure
// (parentCode; for the Northern Territories, Japan's position) and the four islands of the Northern
// Territories as subregions. Geometry lives in geo/source/special-regions.geojson under the same ids.
import type { NameSpec, PlaceKind } from "./types";

export interface RegionSpec {
  code: string;
  kind: Extract<PlaceKind, "special_region" | "subregion">;
  parentCode: string;
  nameEn: string;
  nameJa: string;
  names: NameSpec;
}

export const specialRegions: readonly RegionSpec[] = [
  {
    code: "northern-territories",
    kind: "special_region",
    parentCode: "JPN",
    nameEn: "Northern Territories",
    nameJa: "北方領土",
    names: {
      ja: ["北方領土", "北方四島", "四島", "南千島", "南クリル"],
      en: ["Northern Territories", "Southern Kuril Islands", "Southern Kurils"],
    },
  },
  {
    code: "etorofu",
    kind: "subregion",
    parentCode: "northern-territories",
    nameEn: "Etorofu",
    nameJa: "択捉島",
    names: { ja: ["択捉島", "択捉"], en: ["Etorofu", "Iturup"] },
  },
  {
    // 国後 alone is not listed: it occurs inside 帰国後 ("after returning home").
    code: "kunashiri",
    kind: "subregion",
    parentCode: "northern-territories",
    nameEn: "Kunashiri",
    nameJa: "国後島",
    names: { ja: ["国後島"], en: ["Kunashiri", "Kunashir"] },
  },
  {
    code: "shikotan",
    kind: "subregion",
    parentCode: "northern-territories",
    nameEn: "Shikotan",
    nameJa: "色丹島",
    names: { ja: ["色丹島", "色丹"], en: ["Shikotan"] },
  },
  {
    code: "habomai",
    kind: "subregion",
    parentCode: "northern-territories",
    nameEn: "Habomai Islands",
    nameJa: "歯舞群島",
    names: { ja: ["歯舞群島", "歯舞諸島", "歯舞"], en: ["Habomai Islands", "Habomai"] },
  },
  {
    code: "nagorno-karabakh",
    kind: "special_region",
    parentCode: "AZE",
    nameEn: "Nagorno-Karabakh",
    nameJa: "ナゴルノ・カラバフ",
    names: {
      ja: ["ナゴルノ・カラバフ", "ナゴルノ＝カラバフ", "ナゴルノカラバフ", "ナゴルノ・カラバフ自治州", "カラバフ"],
      jaHistorical: ["ナゴルノ・カラバフ共和国", "アルツァフ共和国", "アルツァフ"],
      en: ["Nagorno-Karabakh", "Karabakh"],
      enHistorical: ["Artsakh", "Republic of Artsakh"],
      cities: ["ステパナケルト", "ハンケンディ"],
    },
  },
  {
    code: "transnistria",
    kind: "special_region",
    parentCode: "MDA",
    nameEn: "Transnistria",
    nameJa: "沿ドニエストル",
    names: {
      ja: ["沿ドニエストル", "沿ドニエストル地域", "沿ドニエストル共和国", "トランスニストリア", "プリドニエストル"],
      en: ["Transnistria", "Pridnestrovie"],
      cities: ["ティラスポリ"],
    },
  },
  {
    code: "abkhazia",
    kind: "special_region",
    parentCode: "GEO",
    nameEn: "Abkhazia",
    nameJa: "アブハジア",
    names: { ja: ["アブハジア", "アブハジア自治共和国"], en: ["Abkhazia"], cities: ["スフミ", "スフーミ"] },
  },
  {
    code: "south-ossetia",
    kind: "special_region",
    parentCode: "GEO",
    nameEn: "South Ossetia",
    nameJa: "南オセチア",
    names: { ja: ["南オセチア"], en: ["South Ossetia"], cities: ["ツヒンヴァリ", "ツヒンバリ"] },
  },
  {
    code: "crimea",
    kind: "special_region",
    parentCode: "UKR",
    nameEn: "Crimea",
    nameJa: "クリミア",
    names: {
      ja: ["クリミア", "クリミア半島", "クリミア自治共和国"],
      en: ["Crimea"],
      cities: ["セヴァストポリ", "セバストポリ", "シンフェロポリ"],
    },
  },
];
