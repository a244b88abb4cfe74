// The day a meeting summary's statements were made. The page is dated when it was posted, which
// for a meeting abroad is often the day after (a talk on the 15th, local time, posted in Tokyo on
// the 16th); the summary's opening sentence starts with the meeting's own day. So: the day-precise
// date that opens the first sentence, when it falls on or shortly before the page's date; else the
// page's date. A date further in, or in a later sentence, is another event the summary refers to.
import type { DateContext, DateMention } from "../dates";
import { addDays } from "../dates/calendar";
import { findDates } from "../dates/findDates";
import type { FactDate } from "./datesOfSentence";

/** How many sentences at the start of a summary may give the meeting's day. */
export const OPENING_SENTENCES = 3;
const POSTED_AFTER_MEETING_DAYS = 3;
/** How far into its sentence the meeting's date may start (現地時間9月3日…, 本18日…). */
const LEAD_CHARACTERS = 8;

type Day = { year: number; month: number; day: number };
const dayNumber = (d: Day) => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;

/**
 * A visit's days (4月25~27日、福田総理はロシアを訪問…) open the first sentence: the meeting is the
 * day within them that the same sentence goes on to name (…訪問中の総理は,16日,…と懇談), or that
 * opens a later sentence (4月26日14時10分から…会談を行った), else the page's date when it falls
 * within them, else the first day.
 */
export function meetingStatementDate(published: Day, sentenceDates: readonly (readonly DateMention[])[]): FactDate {
  const earliest = dayNumber(addDays(published, -POSTED_AFTER_MEETING_DAYS));
  const latest = dayNumber(published);
  const first = sentenceDates[0] ?? [];
  const lead = leadDay(first);
  if (lead) {
    const last = rangeEndOf(first, lead);
    if (last && dayNumber(last) > dayNumber(lead.date)) return dayWithin(lead, last, published, first.slice(first.indexOf(lead.mention) + 2), sentenceDates.slice(1, OPENING_SENTENCES));
    const day = dayNumber(lead.date);
    if (day >= earliest && day <= latest) return factDay(lead.date, lead.mention.text);
  }
  // a visit's days further into the sentence: the page's date when it falls within them (the summary
  // of a visit still under way), else the day named as above
  const visit = visitDaysIn(first, published);
  if (visit && dayNumber(published) > dayNumber(visit.end)) {
    return dayWithin(visit.start, visit.end, published, first.slice(first.indexOf(visit.start.mention) + 2), sentenceDates.slice(1, OPENING_SENTENCES));
  }
  return factDay(published, null);
}

/** How long before the page's date a visit it reports may have begun. */
const VISIT_BEFORE_POSTING_DAYS = 14;

/**
 * Days further into the opening sentence (大統領は、夫人とともに3月7日から11日まで…来日した) that end by
 * the page's date and began shortly before it: the visit the summary reports.
 */
function visitDaysIn(mentions: readonly DateMention[], published: Day): { start: { date: Day; mention: DateMention }; end: Day } | undefined {
  for (const mention of mentions) {
    if (mention.month === undefined || mention.day === undefined) continue;
    const start = { date: { year: mention.year, month: mention.month, day: mention.day }, mention };
    const end = rangeEndOf(mentions, start);
    if (!end || dayNumber(end) <= dayNumber(start.date) || dayNumber(end) > dayNumber(published)) continue;
    if (dayNumber(start.date) >= dayNumber(addDays(published, -VISIT_BEFORE_POSTING_DAYS))) return { start, end };
  }
  return undefined;
}

function dayWithin(first: { date: Day; mention: DateMention }, last: Day, published: Day, restOfFirst: readonly DateMention[], later: readonly (readonly DateMention[])[]): FactDate {
  const within = (d: Day) => dayNumber(d) >= dayNumber(first.date) && dayNumber(d) <= dayNumber(last);
  // …10月16日から17日までミラノで開催中の…出席のため…訪問中の総理は,16日,…と懇談しました: the day the sentence goes on to name
  const named = restOfFirst.find((m) => m.month !== undefined && m.day !== undefined && within({ year: m.year, month: m.month, day: m.day }));
  if (named) return factDay({ year: named.year, month: named.month!, day: named.day! }, named.text);
  for (const mentions of later) {
    const lead = leadDay(mentions);
    if (lead && within(lead.date)) return factDay(lead.date, lead.mention.text);
  }
  return within(published) ? factDay(published, null) : factDay(first.date, first.mention.text);
}

function leadDay(mentions: readonly DateMention[]): { date: Day; mention: DateMention } | undefined {
  const lead = mentions.find((m) => m.day !== undefined);
  if (!lead || lead.start > LEAD_CHARACTERS || lead.month === undefined || lead.day === undefined) return undefined;
  return { date: { year: lead.year, month: lead.month, day: lead.day }, mention: lead };
}

function rangeEndOf(mentions: readonly DateMention[], lead: { mention: DateMention }): Day | undefined {
  const next = mentions[mentions.indexOf(lead.mention) + 1];
  if (!next?.isRangeEnd || next.month === undefined || next.day === undefined) return undefined;
  return { year: next.year, month: next.month, day: next.day };
}

const factDay = (d: Day, dateText: string | null): FactDate => ({ year: d.year, month: d.month, day: d.day, precision: "day", dateText });

/** The day of a section's dateline (1983年3月31日) or day heading (9月7日, in the year being read) as the date of its statements. */
export function sectionStatementDate(sectionDay: string, context: DateContext): FactDate | null {
  const [date] = findDates(sectionDay, context);
  if (date?.month === undefined || date.day === undefined) return null;
  return factDay({ year: date.year, month: date.month, day: date.day }, null);
}
