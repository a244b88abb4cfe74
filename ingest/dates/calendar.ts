// Small calendar facts the resolver needs.
import type { CalendarDate } from "./types";

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate({ year, month, day }: CalendarDate): boolean {
  if (!Number.isInteger(year) || year < 1800 || year > 2199) return false;
  if (month === undefined) return day === undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  return day === undefined || (Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month));
}

export function addDays(date: Required<CalendarDate>, days: number): Required<CalendarDate> {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

const KANJI_DIGITS = "〇一二三四五六七八九";
// Older texts write dates in kanji: place by place (一九六六年一〇月三一日, 同月二四日) or, the oldest,
// with 十 (昭和三十四年十二月二十四日). Only a number right before 年, 月 or 日 is one of the
// calendar (一方, 第一回 are words), and not the tail of a larger one (百二十二日 is a duration).
const CALENDAR_NUMBER = /(?<![百千十〇一二三四五六七八九])(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[〇一二三四五六七八九]{1,4})(?=[年月日])|[０-９]/g;

/** Text with date digits in ASCII, and for each of its positions the position in the original text. */
export interface FoldedDigits {
  text: string;
  /** Length text.length + 1: the original offset of each folded position, and of the end. */
  originalOffsets: number[];
}

function calendarNumberValue(number: string): string {
  if (/^[０-９]$/.test(number)) return String.fromCharCode(number.charCodeAt(0) - 0xfee0);
  const ten = number.indexOf("十");
  if (ten < 0) return [...number].map((ch) => String(KANJI_DIGITS.indexOf(ch))).join("");
  const tens = ten === 0 ? 1 : KANJI_DIGITS.indexOf(number[0]!);
  const units = ten === number.length - 1 ? 0 : KANJI_DIGITS.indexOf(number[ten + 1]!);
  return String(tens * 10 + units);
}

/** Full-width and kanji date digits → ASCII (二十四日 → 24日), keeping a map back to the original offsets. */
export function foldDigitsMapped(text: string): FoldedDigits {
  let folded = "";
  const originalOffsets: number[] = [];
  let copiedTo = 0;
  const copy = (until: number) => {
    for (let i = copiedTo; i < until; i += 1) originalOffsets.push(i);
    folded += text.slice(copiedTo, until);
    copiedTo = until;
  };
  for (const match of text.matchAll(CALENDAR_NUMBER)) {
    copy(match.index);
    const value = calendarNumberValue(match[0]);
    for (let i = 0; i < value.length; i += 1) originalOffsets.push(match.index + Math.min(i, match[0].length - 1));
    folded += value;
    copiedTo = match.index + match[0].length;
  }
  copy(text.length);
  originalOffsets.push(text.length);
  return { text: folded, originalOffsets };
}

/** Full-width and kanji date digits → ASCII, for reading a value (offsets may move). */
export function foldDigits(text: string): string {
  return foldDigitsMapped(text).text;
}
