// Dates that do not date an event of the sentence: a yardstick (2015年以来, 2008年に比べ), part of
// a multiple of it (2013年の約2.5倍), a name (1956年宣言, 2012年APEC, 1995年3月13日No.32-FZ), a plan
// (…行われる予定の, or any date later than the document itself: 2022年の…30周年を見据えた in a 2021 report), or the same moment on another clock (11月15日午後8時
// (日本時間16日午前3時)). They neither date facts nor set the running year. 以来 followed by a
// comma starts what the sentence goes on about (1978年以来、…配備してきた) and is no yardstick.
import type { CalendarDate, DateMention } from "./types";

const AFTER_REFERENCE = /^\s*(?:以来(?![、,，])|ぶり|に比べ|と比べ|と比較|比で|比|の(?:約|およそ)?[\d.,]+倍)/;
const AFTER_NAME = /^\s*(?:宣言|声明|協定|条約|体制|APEC|ＡＰＥＣ|No\.|Ｎｏ\.|第\d+号|号)/;

// A plan (2014年にキルギスで行われる予定の次回外相会合): not something that happened (unlike
// 4月には投票の実施が予定されたが…, the scheduling itself).
const PLAN_AFTER = /^[^、。,，]{0,20}?予定(?:の|である|だ)/;

const OTHER_CLOCK_BEFORE = /(?:日本時間|東京時間|日本時刻)(?:では|で|は)?[\s:：、,]*$/;

export function isReferenceDate(sentence: string, mention: DateMention, published: CalendarDate | undefined): boolean {
  const after = sentence.slice(mention.end, mention.end + 8);
  if (AFTER_REFERENCE.test(after) || AFTER_NAME.test(after)) return true;
  if (PLAN_AFTER.test(sentence.slice(mention.end, mention.end + 24))) return true;
  if (OTHER_CLOCK_BEFORE.test(sentence.slice(Math.max(0, mention.start - 8), mention.start))) return true;
  return published !== undefined && mention.year > published.year;
}
