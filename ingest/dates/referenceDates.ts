// Dates that do not date an event of the sentence: a yardstick (2015年以来, 2008年に比べ), part of
// a name (1956年宣言, 2012年APEC, 1995年3月13日No.32-FZ), or a plan later than the document itself
// (2022年の…30周年を見据えた in a 2021 report). They neither date facts nor set the running year.
import type { CalendarDate, DateMention } from "./types";

const AFTER_REFERENCE = /^\s*(?:以来|ぶり|に比べ|と比べ|と比較|比で|比)/;
const AFTER_NAME = /^\s*(?:宣言|声明|協定|条約|体制|APEC|ＡＰＥＣ|No\.|Ｎｏ\.|第\d+号|号)/;

export function isReferenceDate(sentence: string, mention: DateMention, published: CalendarDate | undefined): boolean {
  const after = sentence.slice(mention.end, mention.end + 8);
  if (AFTER_REFERENCE.test(after) || AFTER_NAME.test(after)) return true;
  return published !== undefined && mention.year > published.year;
}
