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
// 一九六六年一〇月三一日, 昭和四二年, 同月二四日: older texts write dates in kanji digits, place by
// place. Only a run right before 年, 月 or 日 is a number of the calendar (一方, 第一回 are words).
const KANJI_DIGIT_RUN = /[〇一二三四五六七八九]{1,4}(?=[年月日])/g;

/**
 * Full-width digits and positional kanji digits of dates → ASCII, one UTF-16 unit for one, so
 * offsets stay valid. (十-forms such as 二十四日 would change length and are left as they are.)
 */
export function foldDigits(text: string): string {
  const ascii = text.replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  return ascii.replace(KANJI_DIGIT_RUN, (run) => [...run].map((ch) => String(KANJI_DIGITS.indexOf(ch))).join(""));
}
