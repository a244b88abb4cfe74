// Japanese sentence patterns of the kind the Diplomatic Bluebook and the Defense White Paper use,
// one or more per fact category. A synthetic fact quotes one such sentence, with a place and a
// date substituted.
import type { $Enums } from "../../db/generated/prisma/client";

export type FactCategory = $Enums.FactCategory;

/** `{date}` and `{place}` are replaced; every pattern names the place exactly once. */
export const sentencePatterns: Record<FactCategory, readonly string[]> = {
  diplomacy: [
    "{date}、{place}の外務大臣が来日し、外相会談において二国間関係の幅広い分野について意見交換を行った。",
    "{date}、{place}との首脳会談が行われ、両首脳は戦略的対話を一層強化していくことで一致した。",
  ],
  conflict: [
    "{date}、{place}において武力衝突が発生し、民間人を含む多数の死傷者が出たことが報じられた。",
    "{date}、{place}の情勢は緊迫し、停戦合意にもかかわらず散発的な戦闘が続いた。",
  ],
  territory: [
    "{date}、{place}をめぐる問題について、双方は平和条約締結交渉を継続することを確認した。",
    "{date}、{place}の帰属に関する立場の違いは解消されず、協議は次回に持ち越された。",
  ],
  military_deployment: [
    "{date}、{place}に駐留する部隊の規模が拡大され、新たな装備が配備されたことが確認された。",
    "{date}、{place}の基地に駐留する兵力は約数千人と見積もられている。",
  ],
  military_activity: [
    "{date}、{place}周辺の海空域において大規模な軍事演習が実施された。",
    "{date}、{place}付近で爆撃機の長距離飛行が確認され、航空自衛隊が緊急発進を行った。",
  ],
  security_cooperation: [
    "{date}、{place}は集団安全保障条約機構の合同演習に参加し、地域の安全保障協力を強化した。",
    "{date}、{place}との間でテロ対策に関する協議が行われ、情報共有の強化が合意された。",
  ],
  domestic_politics: [
    "{date}、{place}で内閣改造が行われ、新たな首相が任命された。",
    "{date}、{place}で憲法改正案が国民投票にかけられ、賛成多数で承認された。",
  ],
  elections: [
    "{date}、{place}で大統領選挙が実施され、現職が再選を果たした。",
    "{date}、{place}で議会選挙が行われ、与党が過半数の議席を維持した。",
  ],
  economy_trade: [
    "{date}、{place}との間で貿易経済に関する政府間委員会が開催され、投資環境の改善について協議した。",
    "{date}、{place}との経済協力の進展を受け、日本企業の進出が相次いだ。",
  ],
  energy: [
    "{date}、{place}を経由する天然ガスパイプラインの建設について関係国が合意した。",
    "{date}、{place}における石油・天然ガス開発事業への参画が発表された。",
  ],
  sanctions: [
    "{date}、{place}に対する追加の制裁措置が発表され、資産凍結の対象が拡大された。",
    "{date}、{place}に関連する個人・団体に対し、輸出入の禁止措置が導入された。",
  ],
  humanitarian: [
    "{date}、{place}の避難民を支援するため、緊急無償資金協力を実施することを決定した。",
    "{date}、{place}における人道状況の悪化を受け、国際機関を通じた支援が行われた。",
  ],
  culture_exchange: [
    "{date}、{place}との間で青年交流事業が実施され、相互理解が一層深まった。",
    "{date}、{place}で日本文化週間が開催され、多くの市民が来場した。",
  ],
  other: [
    "{date}、{place}に関する有識者会合が東京で開催され、今後の対外政策について議論が行われた。",
    "{date}、{place}の動向については引き続き注視していく必要がある。",
  ],
};

/** Lines between paragraphs that name no place and carry no fact, as section headings do. */
export const headingPatterns: readonly string[] = ["（1）情勢", "（2）日本との関係", "（3）地域協力", "ア 内政", "イ 外交", "ウ 経済"];

export interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
}

/** The date as the documents write it: 2015年3月12日, 2015年3月 or 2015年. */
export function dateText(date: DateParts): string {
  if (date.month === null) return `${date.year}年`;
  if (date.day === null) return `${date.year}年${date.month}月`;
  return `${date.year}年${date.month}月${date.day}日`;
}

export function fillPattern(pattern: string, values: { date: string; place: string }): string {
  return pattern.replace("{date}", values.date).replace("{place}", values.place);
}
