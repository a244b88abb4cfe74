// Date expressions in a sentence, resolved to calendar dates against the running context:
// 2020年9月27日, 9月27日, 翌16日, 同日, 同年12月, 平成20年, 昨年末, 2024年度, 3月上旬, ranges.
import { addDays, addMonths, foldDigitsMapped, isValidDate } from "./calendar";
import { advanceDateContext, isNewsYear } from "./context";
import { eraToGregorian } from "./eras";
import { DATE_EXPRESSION, RANGE_SEPARATOR, YEAR_PART_MONTH } from "./patterns";
import type { CalendarDate, DateContext, DateMention, DatePrecision } from "./types";

type Groups = Record<string, string | undefined>;
interface Resolved extends CalendarDate {
  explicitYear: boolean;
  isDeictic?: boolean;
  isFiscalYear?: boolean;
  inName?: boolean;
}

const num = (value: string | undefined) => (value === undefined ? undefined : Number(value));

function deicticYear(context: DateContext): number {
  return context.published?.year ?? context.runningYear ?? context.defaultYear;
}

/** Words that count a year from the document's own date, not from another date of the text. */
const DEICTIC_YEARS = new Set(["昨年", "去年", "一昨年", "来年", "明年", "今年", "本年"]);

function relativeYear(word: string, context: DateContext): number | undefined {
  const anchor = context.last?.year ?? context.runningYear ?? context.defaultYear;
  switch (word) {
    case "同年": return context.last?.year;
    case "翌年": return anchor + 1;
    case "前年": return anchor - 1;
    case "昨年": case "去年": return deicticYear(context) - 1;
    case "一昨年": return deicticYear(context) - 2;
    case "来年": case "明年": return deicticYear(context) + 1;
    default: return deicticYear(context); // 今年, 本年
  }
}

/** Year, month and day from the tail after 年: 9月27日, 末, 春, 前半. */
function withYearTail(year: number, g: Groups, n: string): CalendarDate {
  const month = num(g[`month${n}`]);
  if (month !== undefined) return { year, month, day: num(g[`day${n}`]) };
  const part = g[`yearPart${n}`];
  return { year, month: part === undefined ? undefined : YEAR_PART_MONTH[part] };
}

/**
 * 10(平成22)年 → 2010. The era gloss settles the century. With 同 (the era named before) the era
 * year still does when one modern era agrees with the two digits (15(同27)年 is 平成27, 2015, in a
 * 2008 white paper's plans); else the two digits are read in the century that does not put the
 * year after the document.
 */
function glossedYear(g: Groups, context: DateContext): number {
  const written = Number(g.glossedYear);
  if (g.glossedYear!.length === 4) return written;
  const eras = g.glossEra !== undefined ? [g.glossEra] : MODERN_ERAS;
  for (const era of eras) {
    const fromEra = eraToGregorian(era, g.glossEraYear!);
    if (fromEra !== undefined && fromEra % 100 === written) return fromEra;
  }
  return inCenturyBeforeDocument(written, context);
}

/** A two-digit year in the century that does not put it after the document (99 → 1999, 03 → 2003). */
function inCenturyBeforeDocument(twoDigits: number, context: DateContext): number {
  const latest = context.published?.year ?? context.coversTo;
  return 2000 + twoDigits <= latest + 1 ? 2000 + twoDigits : 1900 + twoDigits;
}

const MODERN_ERAS = ["令和", "平成", "昭和"];

/**
 * 80年2月8日 → 1980 in the 1980 Bluebook: the century that does not put the year after the
 * document. A year with a month, a part of the year (79年末) or an event it names (56年の…宣言) is
 * a date; a year alone (74年の…) only when it falls in the years the document covers, so that a
 * length of time (独立から20年の…) is not read as 2020.
 */
function shortYear(g: Groups, context: DateContext): Resolved | undefined {
  const year = inCenturyBeforeDocument(Number(g.shortYear), context);
  const withTail = withYearTail(year, g, "S");
  const isDate = withTail.month !== undefined || g.yearPartS !== undefined || g.shortYearEvent !== undefined;
  if (!isDate && (year < context.coversFrom - 1 || year > context.coversTo)) return undefined;
  return { ...withTail, explicitYear: true };
}

/**
 * The year of a bare month: the running year, but an annual report's news from the months before
 * printing (84年2月…, in the 1984 volume on 1983) reaches only the first half of that year: a later
 * month (7月には…) is back in the year under review, unless its own sentence wrote the news year.
 */
const LAST_MONTH_BEFORE_PRINTING = 6;
function bareMonthYear(context: DateContext, month: number): number {
  const running = context.runningYear;
  return isNewsYear(context, running) && month > LAST_MONTH_BEFORE_PRINTING ? context.defaultYear : (running ?? context.defaultYear);
}

function resolve(g: Groups, context: DateContext, rangeStart: DateMention | undefined, newsYear?: number): Resolved | undefined {
  const last = context.last;
  if (g.nineEleven !== undefined) return { year: 2001, month: 9, day: 11, explicitYear: true };
  if (g.namedYear !== undefined) return { year: Number(g.namedYear), explicitYear: true, inName: true };
  if (g.glossedYear !== undefined) {
    return { ...withYearTail(glossedYear(g, context), g, "G"), explicitYear: true, isFiscalYear: g.glossFiscal !== undefined };
  }
  if (g.year !== undefined || g.era !== undefined) {
    const year = g.year !== undefined ? Number(g.year) : eraToGregorian(g.era!, g.eraYear!);
    if (year === undefined) return undefined;
    return { ...withYearTail(year, g, "A"), explicitYear: true, isFiscalYear: g.fiscal !== undefined };
  }
  if (g.relYear !== undefined) {
    const year = relativeYear(g.relYear, context);
    if (year === undefined) return undefined;
    return { ...withYearTail(year, g, "B"), explicitYear: false, isFiscalYear: g.relFiscal !== undefined, isDeictic: DEICTIC_YEARS.has(g.relYear) };
  }
  if (g.shortYear !== undefined) return shortYear(g, context);
  if (g.yearsAgo !== undefined) return { year: deicticYear(context) - Number(g.yearsAgo), explicitYear: false };
  if (g.seasonYear !== undefined) {
    const shift = g.seasonYear === "昨" ? -1 : g.seasonYear === "来" ? 1 : 0;
    return { year: deicticYear(context) + shift, month: YEAR_PART_MONTH[g.season!], explicitYear: false };
  }
  if (g.relMonth !== undefined) {
    const day = num(g.relMonthDay);
    if (g.relMonth === "先月" || g.relMonth === "今月" || g.relMonth === "来月") {
      const published = context.published;
      if (published?.month === undefined) return undefined;
      const shifted = addMonths(published.year, published.month, g.relMonth === "先月" ? -1 : g.relMonth === "来月" ? 1 : 0);
      return { ...shifted, day, explicitYear: false };
    }
    if (last?.month === undefined) return undefined;
    const shifted = addMonths(last.year, last.month, g.relMonth === "翌月" ? 1 : g.relMonth === "前月" ? -1 : 0);
    return { ...shifted, day, explicitYear: false };
  }
  if (g.prefixedDay !== undefined) {
    if (last?.month === undefined) return undefined;
    const day = Number(g.prefixedDay);
    const laterMonth = g.dayPrefix === "翌" && last.day !== undefined && day < last.day;
    const { year, month } = addMonths(last.year, last.month, laterMonth ? 1 : 0);
    return { year, month, day, explicitYear: false };
  }
  if (g.deicticDay !== undefined) {
    const published = context.published;
    if (published?.month === undefined || published.day === undefined) return undefined;
    const today = { year: published.year, month: published.month, day: published.day };
    return { ...addDays(today, g.deicticDay.startsWith("昨") ? -1 : 0), explicitYear: false };
  }
  if (g.relDay !== undefined) {
    if (last?.month === undefined || last.day === undefined) return undefined;
    const full = { year: last.year, month: last.month, day: last.day };
    return { ...addDays(full, g.relDay === "翌日" ? 1 : g.relDay === "前日" ? -1 : 0), explicitYear: false };
  }
  if (g.bareMonth !== undefined) {
    const month = Number(g.bareMonth);
    const year = rangeStart
      ? rangeStart.year + (rangeStart.month !== undefined && month < rangeStart.month ? 1 : 0)
      : (newsYear ?? bareMonthYear(context, month));
    return { year, month, day: num(g.bareMonthDay), explicitYear: false };
  }
  if (g.bareDay !== undefined) {
    const day = Number(g.bareDay);
    if (last?.month !== undefined) return { year: last.year, month: last.month, day, explicitYear: false };
    // A page dated to the day opens with the day alone (17日14時から…): that day of its own month,
    // or of the month before when the day is later than the page's.
    const published = context.published;
    if (published?.month === undefined || published.day === undefined) return undefined;
    const { year, month } = addMonths(published.year, published.month, day > published.day ? -1 : 0);
    return { year, month, day, explicitYear: false };
  }
  return undefined;
}

const WEEKDAY_AFTER = /^\s*[(（]([月火水木金土日])(?:曜日?)?[)）]/;
const WEEKDAYS = "日月火水木金土";

/**
 * A day alone with its weekday (5日(火曜日)) after a note on an earlier year (第1回対話は2007年3月に…):
 * when the running month gives the wrong weekday and the page's own month the right one, it is the
 * page's day.
 */
function checkedByWeekday(resolved: Resolved | undefined, weekday: string | undefined, context: DateContext, bareDay: string | undefined): Resolved | undefined {
  if (!resolved || weekday === undefined || bareDay === undefined || resolved.day === undefined || resolved.month === undefined) return resolved;
  const fits = (year: number, month: number, day: number) => WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] === weekday;
  if (fits(resolved.year, resolved.month, resolved.day)) return resolved;
  const published = context.published;
  if (published?.month === undefined || published.day === undefined) return resolved;
  const day = Number(bareDay);
  const { year, month } = addMonths(published.year, published.month, day > published.day ? -1 : 0);
  return fits(year, month, day) ? { year, month, day, explicitYear: false } : resolved;
}

function precisionOf(date: CalendarDate): DatePrecision {
  return date.day !== undefined ? "day" : date.month !== undefined ? "month" : "year";
}

export function findDates(sentence: string, context: DateContext): DateMention[] {
  const { text, originalOffsets } = foldDigitsMapped(sentence);
  const mentions: DateMention[] = [];
  let running = context;
  let previousFoldedEnd = 0;
  let newsYear: number | undefined; // a year after the one under review, written earlier in this sentence
  for (const match of text.matchAll(DATE_EXPRESSION)) {
    const start = originalOffsets ? originalOffsets[match.index]! : match.index;
    const end = originalOffsets ? originalOffsets[match.index + match[0].length]! : match.index + match[0].length;
    const previous = mentions.at(-1);
    const isRangeEnd = previous !== undefined && RANGE_SEPARATOR.test(text.slice(previousFoldedEnd, match.index));
    const weekday = WEEKDAY_AFTER.exec(text.slice(match.index + match[0].length))?.[1];
    const resolved = checkedByWeekday(resolve(match.groups ?? {}, running, isRangeEnd ? previous : undefined, newsYear), weekday, running, match.groups?.bareDay);
    if (!resolved || !isValidDate(resolved)) continue;
    const mention: DateMention = {
      start,
      end,
      text: sentence.slice(start, end),
      year: resolved.year,
      ...(resolved.month !== undefined && { month: resolved.month }),
      ...(resolved.day !== undefined && { day: resolved.day }),
      precision: precisionOf(resolved),
      ...(isRangeEnd && { isRangeEnd: true }),
      ...(resolved.isFiscalYear && { isFiscalYear: true }),
      ...(resolved.inName && { inName: true }),
      ...(resolved.isDeictic && { deictic: true }),
      explicitYear: resolved.explicitYear,
    };
    mentions.push(mention);
    if (mention.explicitYear && isNewsYear(context, mention.year)) newsYear = mention.year;
    previousFoldedEnd = match.index + match[0].length;
    running = advanceDateContext(running, [mention]);
  }
  return mentions;
}
