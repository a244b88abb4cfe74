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
// calendar (一方, 第一回 are words), and not the tail of a larger one (百二十二日 is a duration). A
// table may set a space before the unit (一九六四年七 月), as the date patterns allow.
const CALENDAR_NUMBER = /(?<![百千十〇一二三四五六七八九])(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[〇一二三四五六七八九]{1,4})(?= ?[年月日])|[０-９]/g;

/** Text with date digits in ASCII, and where its positions were in the original text. */
export interface FoldedDigits {
  text: string;
  /**
   * Length text.length + 1: the original offset of each folded position, and of the end; null when
   * every number kept its length (the common case), so positions are the same.
   */
  originalOffsets: number[] | null;
}

function calendarNumberValue(number: string): string {
  if (/^[０-９]$/.test(number)) return String.fromCharCode(number.charCodeAt(0) - 0xfee0);
  const ten = number.indexOf("十");
  if (ten < 0) return [...number].map((ch) => String(KANJI_DIGITS.indexOf(ch))).join("");
  const tens = ten === 0 ? 1 : KANJI_DIGITS.indexOf(number[0]!);
  const units = ten === number.length - 1 ? 0 : KANJI_DIGITS.indexOf(number[ten + 1]!);
  return String(tens * 10 + units);
}

/** Full-width and kanji date digits → ASCII (二十四日 → 24日), with a map back to the original offsets. */
export function foldDigitsMapped(text: string): FoldedDigits {
  const numbers = [...text.matchAll(CALENDAR_NUMBER)];
  if (numbers.length === 0) return { text, originalOffsets: null };
  const values = numbers.map((match) => calendarNumberValue(match[0]));
  let folded = "";
  let copiedTo = 0;
  numbers.forEach((match, i) => {
    folded += text.slice(copiedTo, match.index) + values[i];
    copiedTo = match.index + match[0].length;
  });
  folded += text.slice(copiedTo);
  if (numbers.every((match, i) => match[0].length === values[i]!.length)) return { text: folded, originalOffsets: null };
  return { text: folded, originalOffsets: offsetsBack(text.length, numbers, values) };
}

function offsetsBack(length: number, numbers: readonly RegExpExecArray[], values: readonly string[]): number[] {
  const offsets: number[] = [];
  let copiedTo = 0;
  numbers.forEach((match, i) => {
    for (let at = copiedTo; at < match.index; at += 1) offsets.push(at);
    for (let k = 0; k < values[i]!.length; k += 1) offsets.push(match.index + Math.min(k, match[0].length - 1));
    copiedTo = match.index + match[0].length;
  });
  for (let at = copiedTo; at <= length; at += 1) offsets.push(at);
  return offsets;
}

/** Full-width and kanji date digits → ASCII, for reading a value (offsets may move). */
export function foldDigits(text: string): string {
  return foldDigitsMapped(text).text;
}
