// The events a sentence dates: each written date opens a stretch of the sentence that runs to the
// next date, and the places named in a stretch belong to its date. A sentence with no date takes
// the year its paragraph is about, if the document settles one.
import { isNewsYear, type DateContext, type DateMention } from "../dates";

export interface FactDate {
  year: number;
  month: number | null;
  day: number | null;
  precision: "day" | "month" | "year";
  dateText: string | null;
}

export interface DatedStretch {
  start: number; // offsets within the sentence
  end: number;
  dates: FactDate[];
}

export function factDate(mention: DateMention): FactDate {
  return {
    year: mention.year,
    month: mention.month ?? null,
    day: mention.day ?? null,
    precision: mention.precision,
    dateText: mention.text,
  };
}

/**
 * Splits the sentence at its dates. A range's end date ("1955年6月から1956年10月") stays with its
 * start, so the stretch is dated by both ends.
 */
export function datedStretches(sentence: string, mentions: readonly DateMention[]): DatedStretch[] {
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  const stretches: DatedStretch[] = [];
  let previous: DateMention | undefined;
  for (const mention of ordered) {
    const current = stretches[stretches.length - 1];
    if (current && previous && (mention.isRangeEnd || isCoordinated(sentence, previous, mention) || isNamedInClause(sentence, previous, mention))) {
      current.dates.push(factDate(mention));
    } else {
      if (current) current.end = mention.start;
      stretches.push({ start: stretches.length === 0 ? openingOf(sentence, mention.start) : mention.start, end: sentence.length, dates: [factDate(mention)] });
    }
    previous = mention;
  }
  return stretches;
}

/** 2014年と2016年に, 3月及び5月に: one event on two dates. */
const COORDINATION = /^(?:と|及び|および|、|・|や)$/;
function isCoordinated(sentence: string, first: DateMention, second: DateMention): boolean {
  return COORDINATION.test(sentence.slice(first.end, second.start));
}

/**
 * 03年以降、演習「ボストーク2003」や「ボストーク2005」、…「モビリノスチ2004」などが実施された:
 * years naming the events of one clause date that clause together.
 */
function isNamedInClause(sentence: string, previous: DateMention, mention: DateMention): boolean {
  return mention.inName === true && !HAS_CLAUSE_BREAK.test(sentence.slice(previous.end, mention.start));
}

/**
 * The first date also dates what comes before it (ロシアは、9月27日に…), back to the last clause
 * break (…駐留させ、2014年11月には…): a verb's continuative form followed by a comma, or the end
 * of a cause (…ウクライナ危機などを背景に15年12月に改訂された: the crisis is not dated 2015). A
 * white paper's footnote number may stand before the comma (…輸出し9、また、01年には…).
 */
const CLAUSE_BREAK = /(?:させ|され|し|い|え|け|め|れ|ず|ており|あり|なり|ものの|が|(?<=[るたい])中)(?:\d{1,2})?[、,，]|(?:を背景に(?:して)?|を背景として|を契機に(?:して)?)[、,，]?/g;
const HAS_CLAUSE_BREAK = new RegExp(CLAUSE_BREAK.source);
const ENDS_IN_CLAUSE_BREAK = new RegExp(`(?:${CLAUSE_BREAK.source})$`);
/** The text ends in a clause break (…準備を進めている旨伝達し、). */
export function endsInClauseBreak(text: string): boolean {
  return ENDS_IN_CLAUSE_BREAK.test(text);
}
function openingOf(sentence: string, firstDate: number): number {
  let opening = 0;
  for (const match of sentence.slice(0, firstDate).matchAll(CLAUSE_BREAK)) opening = (match.index ?? 0) + match[0].length;
  return opening;
}

/**
 * 同 naming what an earlier sentence or clause named (同空母打撃群は…, 同氏は…, 同案件の署名), unlike the
 * words 同 begins (同時に, 同様に, 同盟国は, 同じく) and an era year's 同 (68(同43)年).
 */
export const SAME_AS_BEFORE = "同(?![\\d０-９]|時|様|盟|じ|一|等|意|年|期|種|程|士|伴|調|行|封|居|族|情|感|月|日)";
const SAME_AS_BEFORE_TOPIC = `${SAME_AS_BEFORE}[^\\s、。,，]{1,8}?(?:は|が|も)`;
// A sentence opening on the bare meeting or exercise (会議では、…) reports the one just dated.
const POINTS_BACK = new RegExp(`^(?:これ(?:を受け|に対し|により|に伴い)|この|こうした|その後|同(?:国|日|月)|${SAME_AS_BEFORE_TOPIC}|(?:会議|会合|会談|演習|訓練)(?:では|において(?:は)?)[、,，]?)`);

/**
 * The year a sentence without a date of its own is about: the year its paragraph or section has
 * written out, else the document's year when the document is about one year or dated to the day
 * (a meeting summary, a column); a survey of many years settles nothing. In an annual report a
 * year after the one it looks back on (the Bluebook 2008's 2008年1月の選挙) is news from the months
 * before printing: the undated sentences after it are about the year under review again. In a
 * survey of many years (a white paper section) a year written in one sentence does not carry to
 * the undated analysis after it. Either way a sentence that points back (これを受け、…, この…) keeps
 * the year, and a paragraph describing a dated document (「国家安全保障戦略」では…) takes that one.
 * An analysis (a white paper: ロシアは…を対外政策の基本方針としている) is read as a survey whatever
 * years it covers: its undated present tense states how things stand, not an event of its year.
 */
export function impliedDate(context: DateContext, documentIsDated: boolean, sentence = "", isAnalysis = false): FactDate | null {
  const isNews = isNewsYear(context, context.runningYear);
  const isSurvey = isAnalysis || (context.coversTo - context.coversFrom > 2 && !documentIsDated);
  const running = (isNews || isSurvey) && !POINTS_BACK.test(sentence) ? context.describedYear : context.runningYear;
  const periodDates = !isSurvey && (context.coversTo - context.coversFrom <= 1 || documentIsDated);
  const year = running ?? (periodDates ? context.defaultYear : undefined);
  return year === undefined ? null : { year, month: null, day: null, precision: "year", dateText: null };
}
