// The day a meeting summary's statements were made. The page is dated when it was posted, which
// for a meeting abroad is often the day after (a talk on the 15th, local time, posted in Tokyo on
// the 16th); the summary's opening sentence names the meeting's own day. So: the first day-precise
// date of the opening sentences that falls on or shortly before the page's date, else the page's date.
import type { DateMention } from "../dates";
import { addDays } from "../dates/calendar";
import type { FactDate } from "./datesOfSentence";

const OPENING_SENTENCES = 3;
const POSTED_AFTER_MEETING_DAYS = 3;

const dayNumber = (d: { year: number; month: number; day: number }) => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;

export function meetingStatementDate(published: { year: number; month: number; day: number }, sentenceDates: readonly (readonly DateMention[])[]): FactDate {
  const earliest = dayNumber(addDays(published, -POSTED_AFTER_MEETING_DAYS));
  const latest = dayNumber(published);
  for (const mentions of sentenceDates.slice(0, OPENING_SENTENCES)) {
    for (const m of mentions) {
      if (m.month === undefined || m.day === undefined) continue;
      const day = dayNumber({ year: m.year, month: m.month, day: m.day });
      if (day >= earliest && day <= latest) return { year: m.year, month: m.month, day: m.day, precision: "day", dateText: m.text };
    }
  }
  return { ...published, precision: "day", dateText: null };
}
