// The day a meeting summary's statements were made. The page is dated when it was posted, which
// for a meeting abroad is often the day after (a talk on the 15th, local time, posted in Tokyo on
// the 16th); the summary's opening sentence starts with the meeting's own day. So: the day-precise
// date that opens the first sentence, when it falls on or shortly before the page's date; else the
// page's date. A date further in, or in a later sentence, is another event the summary refers to.
import type { DateMention } from "../dates";
import { addDays } from "../dates/calendar";
import type { FactDate } from "./datesOfSentence";

/** How many sentences at the start of a summary may give the meeting's day. */
export const OPENING_SENTENCES = 1;
const POSTED_AFTER_MEETING_DAYS = 3;
/** How far into its sentence the meeting's date may start (現地時間9月3日…, 本18日…). */
const LEAD_CHARACTERS = 8;

const dayNumber = (d: { year: number; month: number; day: number }) => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;

export function meetingStatementDate(published: { year: number; month: number; day: number }, sentenceDates: readonly (readonly DateMention[])[]): FactDate {
  const earliest = dayNumber(addDays(published, -POSTED_AFTER_MEETING_DAYS));
  const latest = dayNumber(published);
  for (const mentions of sentenceDates.slice(0, OPENING_SENTENCES)) {
    const lead = mentions.find((m) => m.day !== undefined);
    if (!lead || lead.start > LEAD_CHARACTERS || lead.month === undefined || lead.day === undefined) continue;
    const day = dayNumber({ year: lead.year, month: lead.month, day: lead.day });
    if (day >= earliest && day <= latest) return { year: lead.year, month: lead.month, day: lead.day, precision: "day", dateText: lead.text };
  }
  return { ...published, precision: "day", dateText: null };
}
