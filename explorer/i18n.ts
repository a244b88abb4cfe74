// Every interface label in Japanese and English.
import type { Language } from "./types";

const LABELS = {
  title: { ja: "ユーラシア文書エクスプローラー", en: "Eurasia documents explorer" },
  year: { ja: "年", en: "Year" },
  play: { ja: "再生", en: "Play" },
  pause: { ja: "一時停止", en: "Pause" },
  previousYear: { ja: "前の年", en: "Previous year" },
  nextYear: { ja: "次の年", en: "Next year" },
  speed: { ja: "速度", en: "Speed" },
  thisYear: { ja: "この年", en: "This year" },
  upToYear: { ja: "この年まで", en: "Up to this year" },
  category: { ja: "分野", en: "Category" },
  allCategories: { ja: "すべての分野", en: "All categories" },
  pointOfView: { ja: "境界の見方", en: "Borders" },
  viewJapan: { ja: "日本の立場", en: "As Japan sees them" },
  viewGround: { ja: "実効支配", en: "As held on the ground" },
  layers: { ja: "レイヤー", en: "Layers" },
  layerFacts: { ja: "記述の件数", en: "Fact counts" },
  layerDeployments: { ja: "ロシア軍の駐留", en: "Russian deployments" },
  layerRegions: { ja: "特別な地域", en: "Special regions" },
  layerLabels: { ja: "地名", en: "Labels" },
  language: { ja: "English", en: "日本語" },
  languageSwitch: { ja: "表示言語を英語にする", en: "Switch the interface to Japanese" },
  search: { ja: "地名・引用文を検索", en: "Search places and quotes" },
  places: { ja: "地名", en: "Places" },
  quotes: { ja: "引用文", en: "Quotes" },
  noResults: { ja: "該当なし", en: "No results" },
  close: { ja: "閉じる", en: "Close" },
  factsIn: { ja: "の記述", en: "facts in" },
  noFacts: { ja: "この年の記述はありません。", en: "No facts for this year." },
  loading: { ja: "読み込み中…", en: "Loading…" },
  source: { ja: "出典", en: "Source" },
  openDocument: { ja: "文書で文脈を見る", en: "Read in the document" },
  yearBefore: { ja: "前年", en: "The year before" },
  yearAfter: { ja: "翌年", en: "The year after" },
  upToFacts: { ja: "この年までの記述", en: "Facts up to this year" },
  legend: { ja: "凡例", en: "Legend" },
  factsPerPlace: { ja: "記述の件数（地域別）", en: "Facts per place" },
  noData: { ja: "記述なし", en: "No facts" },
  frameworks: { ja: "枠組み", en: "Framework" },
  referenceMark: { ja: "参照データ", en: "Reference data" },
  documentMark: { ja: "文書の裏付けあり", en: "Supported by a document" },
  compare: { ja: "比較", en: "Compare" },
  compareDeployments: { ja: "駐留の比較", en: "Compare deployments" },
  compareOff: { ja: "比較をやめる", en: "Stop comparing" },
  added: { ja: "新規", en: "Added" },
  ended: { ja: "終了", en: "Ended" },
  changed: { ja: "変更", en: "Changed" },
  unchanged: { ja: "変化なし", en: "Unchanged" },
  endsIn: { ja: "終了年", en: "Ends in" },
  cameAndWent: { ja: "期間中に開始・終了", en: "Came and went" },
  endingThisYear: { ja: "この年のうちに撤収", en: "withdrawn during the year" },
  deploymentsThisYear: { ja: "この年の駐留", en: "Deployments this year" },
  summaries: { ja: "地域のまとめ", en: "Regional summaries" },
  keyEvents: { ja: "主な出来事", en: "Key events" },
  members: { ja: "構成", en: "Places" },
  suspended: { ja: "参加凍結", en: "frozen" },
  administered: { ja: "ロシアが施政", en: "administered by Russia" },
  listView: { ja: "一覧表示", en: "List view" },
  mapView: { ja: "地図表示", en: "Map view" },
  total: { ja: "合計", en: "Total" },
  holder: { ja: "支配", en: "Held by" },
  boundaryNote: {
    ja: "国境: Natural Earth 1:50m（world-atlas、実効支配ベース）。特別な地域: Natural Earth 1:10m の係争地ポリゴン。「日本の立場」では北方領土を日本、クリミアをウクライナに含めて描画します。",
    en: "Borders: Natural Earth 1:50m (world-atlas, de facto). Special regions: Natural Earth 1:10m disputed-area polygons. “As Japan sees them” draws the Northern Territories as part of Japan and Crimea as part of Ukraine.",
  },
  nkNote: {
    ja: "ナゴルノ・カラバフの範囲は2020年戦争前にアルメニア側が支配していた地域（周辺地区を含む約11,900 km²）で、旧自治州（約4,400 km²）ではありません。",
    en: "The Nagorno-Karabakh outline is the area held by Armenian forces before the 2020 war (about 11,900 km², surrounding districts included), not the former autonomous oblast (about 4,400 km²).",
  },
  deploymentsIn: { ja: "の駐留", en: "Deployments in" },
  personnel: { ja: "人員", en: "Personnel" },
  timelineHeading: { ja: "年表", en: "Timeline" },
  skipToList: { ja: "一覧へ移動", en: "Skip to the list" },
} as const;

export type LabelKey = keyof typeof LABELS;

export function t(key: LabelKey, lang: Language): string {
  return LABELS[key][lang];
}

const CATEGORY_LABELS: Record<string, { ja: string; en: string }> = {
  diplomacy: { ja: "外交", en: "Diplomacy" },
  conflict: { ja: "紛争", en: "Conflict" },
  territory: { ja: "領土", en: "Territory" },
  military_deployment: { ja: "軍の駐留", en: "Military deployment" },
  military_activity: { ja: "軍事活動", en: "Military activity" },
  security_cooperation: { ja: "安全保障協力", en: "Security cooperation" },
  domestic_politics: { ja: "内政", en: "Domestic politics" },
  elections: { ja: "選挙", en: "Elections" },
  economy_trade: { ja: "経済・貿易", en: "Economy and trade" },
  energy: { ja: "エネルギー", en: "Energy" },
  sanctions: { ja: "制裁", en: "Sanctions" },
  humanitarian: { ja: "人道", en: "Humanitarian" },
  culture_exchange: { ja: "文化交流", en: "Cultural exchange" },
  other: { ja: "その他", en: "Other" },
};

export function categoryLabel(category: string, lang: Language): string {
  return CATEGORY_LABELS[category]?.[lang] ?? category;
}

const FRAMEWORK_LABELS: Record<string, { ja: string; en: string }> = {
  bilateral: { ja: "二国間", en: "Bilateral" },
  csto: { ja: "CSTO", en: "CSTO" },
  peacekeeping_trilateral: { ja: "平和維持（三者合意）", en: "Peacekeeping (trilateral)" },
  annexed_territory: { ja: "併合地域", en: "Annexed territory" },
  other: { ja: "その他", en: "Other" },
};

export function frameworkLabel(framework: string, lang: Language): string {
  return FRAMEWORK_LABELS[framework]?.[lang] ?? framework;
}

const REGION_LABELS: Record<string, { ja: string; en: string }> = {
  russia: { ja: "ロシア", en: "Russia" },
  "central-asia": { ja: "中央アジア", en: "Central Asia" },
  caucasus: { ja: "コーカサス", en: "Caucasus" },
  "eastern-europe": { ja: "東欧", en: "Eastern Europe" },
  csto: { ja: "CSTO（集団安全保障条約機構）", en: "CSTO" },
};

export function regionLabel(region: string, lang: Language): string {
  return REGION_LABELS[region]?.[lang] ?? region;
}

const STATUS_LABELS: Record<string, { ja: string; en: string }> = {
  "japan-claim-russian-administration": { ja: "日本の領土（ロシアが施政）", en: "Japan's territory under Russian administration" },
  "annexed-by-russia": { ja: "ロシアが併合（国際的に未承認）", en: "Annexed by Russia (not recognised)" },
  breakaway: { ja: "分離独立を主張する勢力が支配", en: "Held by a breakaway authority" },
  "held-by-de-jure-state": { ja: "本来の国が支配", en: "Held by the state it belongs to" },
};

export function statusLabel(status: string, lang: Language): string {
  return STATUS_LABELS[status]?.[lang] ?? status;
}

export function formatFactDate(fact: { year: number; month: number | null; day: number | null }, lang: Language): string {
  if (lang === "ja") return `${fact.year}年${fact.month ? `${fact.month}月` : ""}${fact.month && fact.day ? `${fact.day}日` : ""}`;
  const month = fact.month ? new Date(Date.UTC(2000, fact.month - 1, 1)).toLocaleString("en", { month: "short", timeZone: "UTC" }) : "";
  return [fact.month && fact.day ? String(fact.day) : "", month, String(fact.year)].filter(Boolean).join(" ");
}

/** A deployment active in its last year: present by the year rule, but gone before the year ended. */
export function withdrawnDuring(year: number, lang: Language): string {
  return lang === "ja" ? `${year}年のうちに撤収` : `withdrawn during ${year}`;
}
