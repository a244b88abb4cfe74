// Sentences that state how things stand or what is intended rather than that something happened. A
// review of the year or a white paper that writes them with no date of their own is not reporting an
// event, so they give no fact. A meeting summary's sentences are excepted: there, saying so is what
// happened at the meeting.

import { isFieldLine } from "../text/tableRows";

// Geography, importance and necessity (…を結ぶ要衝に位置し、…天然資源が豊富である, …協力も不可欠である,
// …平和と安定に直結する, …リードしていく責務がある), standing roles and what a region holds
// (北極海には…が面している, …重要な役割を果たしている, 日本の戦略的パートナーである, …を共有する国家が多い,
// …新興国を擁している).
const HOW_THINGS_STAND_END =
  /(?:要衝に位置(?:する|している)|要衝(?:である|にある)|重要性を有する|重要性が高い|重要な(?:国|地域|パートナー)である|重要である|緊要であ(?:る|り)|不可欠である|欠かせない|に直結する|責務がある|天然資源を有する|(?:資源|埋蔵量)が豊富である|(?:全体|国際社会)の利益である|国益に資する|(?:面|接|隣接)(?:している|する)|国境を接している|懸案である|が多い|を擁している|(?:パートナー|相手国|友好国)である|(?:外交関係|国交)を有する国である|(?:重要な|主要な|主導的な|大きな|中心的な)役割を(?:果たして|担って)いる)$/;
// What has long been so (…親日感情を醸成してきた, 伝統的に対米関係、対中南米関係を重視している) and what lies
// ahead (…完了を2015年に控えている).
const LONG_SO_OR_AHEAD_END = /(?:てきた|控えている)$/;
const TRADITIONALLY = /伝統的に[^。]*(?:ている|てきた|ており)$/;
// A note that defines a term (中央アジア諸国は、カザフスタン、…の5か国…を指す), says what a body is made of
// (CSCEは、…から構成されている) or points to a table (…を比較したのが次表である): a definition, no event.
const DEFINITION_END = /(?:を指す|をさす|をいう|を意味する|の総称である|の略(?:称)?である|から構成されている|から(?:成|な)る|(?:次|下)表(?:の|に示す)?とおりである|(?:次|下)表である)$/;
// The government's intentions and needs (…解決を図っていく考えである, …関係強化を図る必要がある).
const INTENTION_END = /(?:(?:考え|方針|所存)である|必要(?:がある|である)|ていく|ていきたい|念願している|と言えよう|といえよう)$/;
// A look back before the years reviewed (第二次世界大戦前の…関係は…疎遠なものにとどまり, 戦後は…), undated:
// background, not an event of the year.
const HISTORICAL_FRAME = /^(?:[(（][^()（）]{0,12}[)）]\s*)*(?:また|しかし|なお)?[,，、]?(?:第二次世界大戦前|第二次大戦前|戦前は|戦後は|戦後復興期)/;
const STANDING_PATTERNS = [HOW_THINGS_STAND_END, LONG_SO_OR_AHEAD_END, TRADITIONALLY, DEFINITION_END, INTENTION_END, HISTORICAL_FRAME];
// Footnote numbers glued to the last word (…考えである3。) and closing quotes do not change the predicate.
const SENTENCE_TAIL = /[\d０-９）)」』]*。?\s*$/;

export function isStandingStatement(sentence: string): boolean {
  if (isFieldLine(sentence)) return true; // a data table's row (首  都: リマ) states how things stand
  const body = sentence.replace(SENTENCE_TAIL, "");
  return STANDING_PATTERNS.some((pattern) => pattern.test(body));
}

// …出席する予定である, …ゲスト参加も予定されています: what is to happen, said by the page itself. A
// summary's report of what someone said or agreed about it (…より…予定である旨述べた) is not this.
const SCHEDULED_END = /予定(?:である|です|となっている|されている|されています|となっています)?$/;
const REPORTED_SPEECH = /(?:より|から)[、,，]|述べ|表明|一致|確認|合意|説明|発言|伝え/;

export function isAnnouncement(sentence: string): boolean {
  return SCHEDULED_END.test(sentence.replace(SENTENCE_TAIL, "")) && !REPORTED_SPEECH.test(sentence);
}
