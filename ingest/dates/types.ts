// What the date stage finds in a sentence, and the context it resolves partial dates against.

export type DatePrecision = "day" | "month" | "year";

export interface DateMention {
  start: number; // offsets within the sentence
  end: number;
  text: string; // === sentence.slice(start, end)
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
  isRangeEnd?: boolean; // the second date of "A から B", "A〜B"
  isFiscalYear?: boolean; // 2024年度: April 2024 to March 2025
  inName?: boolean; // the year names an event (「ボストーク2005」): it dates the event, not a stretch of its own
  explicitYear: boolean; // the year is written out (2020年, 平成20年), not inferred
  deictic?: boolean; // the year is counted from the document's own date (本年, 昨年), not from another date of the text
}

export interface CalendarDate {
  year: number;
  month?: number;
  day?: number;
}

export interface DateContext {
  coversFrom: number; // the years the document covers (manifest "covers")
  coversTo: number;
  published?: CalendarDate; // 今年/昨年/本年 count from here
  defaultYear: number; // the year of a bare 9月27日 when the text has given none
  runningYear?: number; // the last written-out year in this paragraph within the covered years
  describedYear?: number; // the year of a document this paragraph goes on describing (datedTitles.ts)
  last?: CalendarDate; // the last date mentioned, for 同年, 同月, 同日, 翌16日, 翌年
}
