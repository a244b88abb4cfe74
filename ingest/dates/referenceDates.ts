// Dates that do not date an event of the sentence: a yardstick (2015年以来, 2008年に比べ), part of
// a multiple of it (2013年の約2.5倍), the start of a yardstick (2015年以来, role "since"), a name (1956年宣言, 2012年APEC, 1995年3月13日No.32-FZ), an edition
// of a report (昨年の白書でみてきたように), a plan
// (…行われる予定の, or any date later than the document itself: 2022年の…30周年を見据えた in a 2021 report), or the same moment on another clock (11月15日午後8時
// (日本時間16日午前3時)). They neither date facts nor set the running year. 以来 followed by a
// comma starts what the sentence goes on about (1978年以来、…配備してきた) and is no yardstick.
import type { CalendarDate, DateMention } from "./types";

const AFTER_REFERENCE = /^\s*(?:ぶり|に比べ|と比べ|と比較|に比較|を除(?:く|き|いて)|比で|比|の(?:約|およそ)?[\d.,]+倍)/;
const AFTER_NAME = /^\s*(?:宣言|声明|協定|条約|体制|APEC|ＡＰＥＣ|No\.|Ｎｏ\.|第\d+号|号)|^の(?:防衛)?(?:白書|青書|外交青書|年次報告)/;

// A plan (2014年にキルギスで行われる予定の次回外相会合, 97年1月末には…選挙が予定されている): not something that happened (unlike
// 4月には投票の実施が予定されたが…, the scheduling itself).
const PLAN_AFTER = /^[^、。,，]{0,20}?予定(?:の|である|だ|される|されている|となっている|になっている)/;

const OTHER_CLOCK_BEFORE = /(?:日本時間|東京時間|日本時刻)(?:では|で|は)?[\s:：、,]*$/;

// The part of a year a date may name before what follows it (2005年初めの訪日, 86年末に開催, 2005年末までに).
const PART_OF_YEAR = "(?:初め|初頭|前半|後半|末|中)?";

// In a review of a year, a later date that an agreement or decision looks ahead to
// (2005年初めの訪日が合意された, 2014年を「…年」とすることに合意, 2005年という…節目の年に向けて,
// 2007年中の憲法改正を目指して, 2018年の…60周年を見据え, 2007年日中文化・スポーツ交流年の実施を発表,
// 2006年に…サミットを主催する意向, a deadline extended to it: 2015年6月30日まで共同作業計画を延長, a plan
// starting then: 86年より始まる5か年計画, a meeting decided for then: 党大会を86年末に開催することが決定され)
// or that the sentence speaks of in the non-past (2012年9月には、ウラジオストクにおいてAPEC首脳会議が開催される)
// is a plan, not news.
const AGREED_AHEAD_AFTER = new RegExp(
  `^${PART_OF_YEAR}の[^、。,，]{0,12}?(?:が|を)(?:合意|決定|発表)|^を[^、。,，]{0,20}?とする(?:こと)?(?:で|に)(?:合意|決定)|^(?:という|の)?[^、。,，]{0,16}?(?:に向け(?:て|た)|を見据え|を控え|を目指(?:し|す))|^に[^、。,，]{0,24}?(?:する|主催する|開催する)意向|^まで[^、。,，]{0,16}?(?:延長|延期)|^(?:より|から)(?:始まる|開始される)|^${PART_OF_YEAR}に[、,，]?[^、。,，]{0,48}?(?:する|開催する|実施する)こと(?:が|を|で|に)?(?:決定|合意)`,
);
const AS_OF_AFTER = /^\s*現在/;
const NON_PAST_END = /(?:される|かれる|われる|する|予定である|見込みである)。?[」』)）\d]*\s*$/;

/** 「2007年から2015年までの装備国家綱領」: a date inside a quoted name that goes on after it names the document, not an event. */
function isInsideQuotedName(sentence: string, mention: DateMention): boolean {
  if (mention.inName) return false;
  const open = sentence.lastIndexOf("「", mention.start);
  if (open < 0 || sentence.lastIndexOf("」", mention.start) > open) return false;
  const close = sentence.indexOf("」", mention.end);
  // words quoted (「…」と述べた) are not a name; names joined by と (「1961年対外支援法」と「…」) are
  if (close < 0 || (sentence[close + 1] === "と" && sentence[close + 2] !== "「")) return false;
  return close > mention.end && /[^\s~〜～\-－から及びと、・\d年月日]/.test(sentence.slice(mention.end, close));
}

/**
 * What a date found in a sentence is: the date of an event of the sentence, a reference (yardstick,
 * name, plan, another clock), or the date of something the sentence announces for later — which
 * leaves a sentence with no other date reporting nothing yet.
 */
export type DateRole = "event" | "reference" | "announced" | "since";

// The start a yardstick counts from (2004年以来14年ぶりに改正, 2002年以来継続している政権, 2017年以来の再会): the
// event then is one of its own, though the sentence reports something later.
const AFTER_SINCE = /^\s*以来(?![、,，])/;

// In a review of a year, a year the year under review carries on from (前年に引き続き要人往来が行われた,
// 80年に引き続き低迷状態にあり, 前年同様): the earlier year's part was that year's news. A dated event
// repeated (2019年7月に引き続き、2度目となる…飛行) is an event of its own.
const CARRIED_ON_FROM_AFTER = /^\s*(?:に引き?続き|同様)/;
// In a review of a year, a deadline after it (6月に…2005年末までに撤去する計画を閣議決定した, 交渉期間は2014年4月末
// までの9か月間とされ): the horizon of a plan made in the year, not news of the later year. A range's end
// (86年7月から87年3月までの間に) is not a deadline.
const DEADLINE_AFTER = new RegExp(`^${PART_OF_YEAR}(?:まで|までに|までの)`);

/** A year a review of one year measures its events against: the year carried on from, or a later deadline. */
function isReviewYardstick(mention: DateMention, after: string, reviewYear: number | undefined): boolean {
  if (reviewYear === undefined) return false;
  if (mention.precision === "year" && CARRIED_ON_FROM_AFTER.test(after)) return true;
  return mention.year > reviewYear && !mention.isRangeEnd && DEADLINE_AFTER.test(after);
}

export function dateRole(sentence: string, mention: DateMention, published: CalendarDate | undefined, reviewYear?: number, coversTo?: number): DateRole {
  if (isInsideQuotedName(sentence, mention)) return "reference";
  const after = sentence.slice(mention.end, mention.end + 8);
  if (AFTER_SINCE.test(after)) return "since";
  if (AFTER_REFERENCE.test(after) || AFTER_NAME.test(after)) return "reference";
  if (isReviewYardstick(mention, after, reviewYear)) return "reference";
  if (PLAN_AFTER.test(sentence.slice(mention.end, mention.end + 24))) return "reference";
  const isLater = (reviewYear !== undefined && mention.year > reviewYear) || isAfterDay(mention, published);
  if (isLater && AGREED_AHEAD_AFTER.test(sentence.slice(mention.end, mention.end + 64))) return "reference";
  // 2013年2月現在 in the 2013 volume on 2012 alone: the state at the time of printing, not news of the
  // years covered (a volume that covers its own year reports 1970年3月末現在 as that year's state)
  if (isLater && coversTo !== undefined && mention.year > coversTo && AS_OF_AFTER.test(after)) return "reference";
  if (isLater && isAnnounced(sentence, mention)) return "announced";
  if (OTHER_CLOCK_BEFORE.test(sentence.slice(Math.max(0, mention.start - 8), mention.start))) return "reference";
  return published !== undefined && mention.year > published.year ? "reference" : "event";
}

/** A page dated to the day (a meeting summary, an announcement) that names a later day or month: ahead of it. */
function isAfterDay(mention: DateMention, published: CalendarDate | undefined): boolean {
  if (published?.month === undefined || published.day === undefined || mention.month === undefined) return false;
  // a month alone is ahead only from the next month on
  const key = (year: number, month: number, day: number | undefined) => year * 10_000 + month * 100 + (day ?? 0);
  const publishedDay = mention.day === undefined ? undefined : published.day;
  return key(mention.year, mention.month, mention.day) > key(published.year, published.month, publishedDay);
}

/** A past tense after the date (…が加盟したことを…発表し、今後の対応が注目される) makes it news. */
const PAST_AFTER = /た(?:[、,，。」』]|こと|ほか|が|後|の|と)/;

/** A sentence about a later date in the non-past: nothing in it has happened yet. */
function isAnnounced(sentence: string, mention: DateMention): boolean {
  return NON_PAST_END.test(sentence) && !PAST_AFTER.test(sentence.slice(mention.end));
}
