// The documented list of fact categories, in priority order: a sentence gets the first category
// whose trigger words it contains. Specific kinds of event come before the general ones, so a
// summit that agrees sanctions is "sanctions" and a summit about the peace treaty is "territory".
import type { FactCategory as FactCategoryEnum } from "../../db/generated/prisma/enums";

export type FactCategory = FactCategoryEnum;

export interface CategoryDefinition {
  category: FactCategory;
  labelEn: string;
  labelJa: string;
  description: string;
  triggers: readonly string[];
}

export const FACT_CATEGORIES: readonly CategoryDefinition[] = [
  {
    category: "sanctions",
    labelEn: "Sanctions",
    labelJa: "制裁",
    description: "Sanctions imposed, extended or lifted; export controls and asset freezes.",
    triggers: ["制裁", "資産凍結", "輸出禁止", "輸出管理", "禁輸"],
  },
  {
    category: "elections",
    labelEn: "Elections",
    labelJa: "選挙",
    description: "Elections, referendums and votes on constitutional change.",
    triggers: ["選挙", "投票", "国民投票", "住民投票", "当選", "再選"],
  },
  {
    category: "military_deployment",
    labelEn: "Military deployment",
    labelJa: "部隊の駐留・配備",
    description: "Forces stationed, deployed or withdrawn abroad; bases; peacekeepers; weapons placed in another state.",
    triggers: ["駐留", "配備", "部隊を派遣", "軍を派遣", "撤退", "撤収", "基地", "平和維持部隊", "平和維持活動", "部隊", "兵力", "駐屯"],
  },
  {
    category: "conflict",
    labelEn: "Conflict",
    labelJa: "紛争・戦闘",
    description: "Fighting, attacks, invasion, ceasefires and the end of hostilities.",
    triggers: ["戦闘", "武力衝突", "衝突", "攻撃", "侵略", "侵攻", "紛争", "軍事行動", "停戦", "戦争", "砲撃", "死傷", "爆発", "テロ"],
  },
  {
    category: "military_activity",
    labelEn: "Military activity",
    labelJa: "軍事活動",
    description: "Exercises, patrols, missile launches, arms transfers and military build-up.",
    triggers: ["演習", "訓練", "ミサイル", "爆撃機", "艦艇", "軍事活動", "軍備", "武器", "兵器", "戦闘機", "地対艦", "軍事力"],
  },
  {
    category: "territory",
    labelEn: "Territory",
    labelJa: "領土",
    description: "Territorial disputes and negotiations, the peace treaty, annexation, status of disputed areas.",
    triggers: ["領土", "北方領土", "北方四島", "平和条約", "帰属", "併合", "四島", "主権", "国境画定"],
  },
  {
    category: "humanitarian",
    labelEn: "Humanitarian",
    labelJa: "人道",
    description: "Humanitarian aid, refugees and displaced people, human rights.",
    triggers: ["人道", "難民", "避難民", "避難", "人権", "緊急援助", "支援物資"],
  },
  {
    category: "energy",
    labelEn: "Energy",
    labelJa: "エネルギー",
    description: "Oil, gas, pipelines, nuclear power and other energy projects.",
    triggers: ["エネルギー", "天然ガス", "ガス", "石油", "原油", "LNG", "パイプライン", "原子力発電"],
  },
  {
    category: "economy_trade",
    labelEn: "Economy and trade",
    labelJa: "経済・貿易",
    description: "Trade, investment, economic cooperation and the economy.",
    triggers: ["経済", "貿易", "投資", "ビジネス", "協力プラン", "インフラ", "関税", "円借款", "産業", "企業", "金融"],
  },
  {
    category: "culture_exchange",
    labelEn: "Culture and exchange",
    labelJa: "文化・交流",
    description: "Cultural and people-to-people exchange, visa-free visits, grave visits, education.",
    triggers: ["交流", "文化", "墓参", "ビザなし", "査証", "青年", "留学", "観光", "自由訪問", "共同経済活動"],
  },
  {
    category: "domestic_politics",
    labelEn: "Domestic politics",
    labelJa: "内政",
    description: "Government, constitution, protests and domestic policy.",
    triggers: ["内閣", "憲法", "首相に任命", "任命", "辞任", "総辞職", "抗議", "デモ", "反政府", "野党", "内政", "政権", "逮捕", "拘束", "弾圧"],
  },
  {
    category: "security_cooperation",
    labelEn: "Security cooperation",
    labelJa: "安全保障協力",
    description: "Alliances, security dialogue, defence exchanges and security organisations.",
    triggers: ["安全保障", "防衛", "2プラス2", "集団安全保障条約", "CSTO", "軍事協力", "同盟", "NATO"],
  },
  {
    category: "diplomacy",
    labelEn: "Diplomacy",
    labelJa: "外交",
    description: "Meetings, visits, calls, statements and agreements between states.",
    triggers: ["会談", "会合", "会議", "訪問", "訪日", "訪露", "来日", "電話", "首脳", "外相", "声明", "談話", "署名", "合意", "協議", "対話", "表明", "招待", "大使"],
  },
  {
    category: "other",
    labelEn: "Other",
    labelJa: "その他",
    description: "Anything the rules above do not place.",
    triggers: [],
  },
];

export function categoriseSentence(sentence: string): FactCategory {
  for (const definition of FACT_CATEGORIES) {
    if (definition.triggers.some((trigger) => sentence.includes(trigger))) return definition.category;
  }
  return "other";
}
