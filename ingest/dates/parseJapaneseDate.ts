// One date written on its own: a --published flag, a dateline, a heading such as 平成20年11月5日.
// Accepts ISO forms (2008-11-05, 2008-11, 2008, 2008/11/05) and Japanese ones with an optional
// weekday and time after them (2017年03月24日(金)21時30分). Relative words are not accepted here.
import { foldDigits, isValidDate } from "./calendar";
import { findDates } from "./findDates";
import type { CalendarDate, DatePrecision } from "./types";

export interface ParsedDate extends CalendarDate {
  precision: DatePrecision;
}

const ISO = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/;
const TRAILER = /^\s*(?:[(（][月火水木金土日](?:曜日?)?[)）])?\s*(?:\d{1,2}(?:時|:)\d{2}分?)?\s*$/;

export function parseJapaneseDate(input: string): ParsedDate | undefined {
  const text = foldDigits(input.trim());
  const iso = ISO.exec(text);
  if (iso) {
    const date: CalendarDate = { year: Number(iso[1]), month: iso[2] ? Number(iso[2]) : undefined, day: iso[3] ? Number(iso[3]) : undefined };
    if (!isValidDate(date)) return undefined;
    return { ...date, precision: date.day !== undefined ? "day" : date.month !== undefined ? "month" : "year" };
  }
  const mentions = findDates(text, { coversFrom: 0, coversTo: 9999, defaultYear: 0 });
  const [only] = mentions;
  if (mentions.length !== 1 || !only || only.start !== 0 || !only.explicitYear || !TRAILER.test(text.slice(only.end))) return undefined;
  return { year: only.year, month: only.month, day: only.day, precision: only.precision };
}
