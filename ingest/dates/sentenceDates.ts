// Dates of every sentence of a document, read in order with a DateTracker: the running year
// restarts with each paragraph and each section (a change of headings), and a heading that names a
// year (2020年の動き) or a dateline under it sets its section's year.
import { DateTracker, isAnnualReport } from "./context";
import { DatedTitles } from "./datedTitles";
import { foldDigits, foldDigitsMapped } from "./calendar";
import { findDates } from "./findDates";
import { parseJapaneseDate } from "./parseJapaneseDate";
import { dateRole } from "./referenceDates";
import type { DateContext, DateMention } from "./types";

export interface SentenceForDates {
  text: string;
  paragraphIndex: number;
  headings: readonly string[];
  /** The day a dateline under the section's heading gives its text: it sets the section's year. */
  sectionDay?: string;
  /** A chronology's row that writes no year, right after another row: it goes on in that row's year. */
  continuesTable?: boolean;
  /** A chronology's row that opens with a date cell giving its year: the rows after it go on in that year. */
  opensYearCell?: boolean;
}

function headingYear(headings: readonly string[], base: DateContext): number | undefined {
  for (const heading of [...headings].reverse()) {
    const explicit = findDates(heading, base).find((mention) => mention.explicitYear);
    if (explicit) return explicit.year;
  }
  return undefined;
}

export function findDatesInSentences(sentences: readonly SentenceForDates[], base: DateContext): DateMention[][] {
  return datesOfSentences(sentences, base).map((dated) => dated.mentions);
}

export interface SentenceDates {
  mentions: DateMention[];
  /** The context the sentence was read in: what a sentence without dates of its own is about. */
  context: DateContext;
  /** The sentence announces something later than the year under review (…が開催される): no event yet. */
  isPlan?: boolean;
  /** Starts of yardsticks (2004年以来14年ぶり): events of their own that do not set the running year. */
  since?: DateMention[];
}

export function datesOfSentences(sentences: readonly SentenceForDates[], base: DateContext): SentenceDates[] {
  const dater = new SentenceDater(base);
  return sentences.map((sentence) => dater.date(sentence));
}

/** Dates sentences one at a time, in reading order. */
export class SentenceDater {
  private readonly tracker: DateTracker;
  private section: string | undefined;
  private paragraph: number | undefined;
  private readonly titles = new DatedTitles();

  /** The year an annual report (published with a year only) looks back on. */
  private readonly reviewYear: number | undefined;

  constructor(private readonly base: DateContext) {
    this.tracker = new DateTracker(base);
    this.reviewYear = isAnnualReport(base) ? base.defaultYear : undefined;
  }

  date(sentence: SentenceForDates): SentenceDates {
    const sectionKey = `${sentence.headings.join("\u0000")}\u0000${sentence.sectionDay ?? ""}`;
    if (sectionKey !== this.section) {
      const dayYear = sentence.sectionDay === undefined ? undefined : parseJapaneseDate(sentence.sectionDay)?.year;
      this.tracker.startSection(dayYear ?? headingYear(sentence.headings, this.base));
      this.section = sectionKey;
    }
    if (sentence.paragraphIndex !== this.paragraph) {
      // a chronology's row that writes no year, or a paragraph opening with a later month, goes on in the year above
      const goesOn = sentence.continuesTable || opensWithLaterMonth(sentence.text, this.tracker.context);
      if (!goesOn) this.tracker.startParagraph(this.titles.yearOpenedOn(sentence.text));
      this.paragraph = sentence.paragraphIndex;
    }
    const context = this.tracker.context;
    const roles = findDates(sentence.text, context).map((m) => ({ mention: m, role: dateRole(sentence.text, m, this.base.published, this.reviewYear, this.base.coversTo) }));
    const mentions = roles.filter((r) => r.role === "event").map((r) => r.mention);
    const since = roles.filter((r) => r.role === "since").map((r) => r.mention);
    this.tracker.observe(mentions);
    if (mentions.length === 0) mentions.push(...since.flatMap((start) => yearsLaterOf(sentence.text, start)));
    const rowYear = sentence.opensYearCell ? yearOfOpeningCell(sentence.text, mentions) : undefined;
    if (rowYear !== undefined) this.tracker.followChronology(rowYear);
    this.titles.observe(sentence.text, mentions);
    const isPlan = mentions.length === 0 && roles.some((r) => r.role === "announced");
    return { mentions, context, ...(isPlan && { isPlan }), ...(since.length > 0 && { since }) };
  }
}

/**
 * 1960年以来18年ぶりに…配備された with no other date: the event is of the year the yardstick reaches (1978).
 * Not observed by the tracker: the year is counted, not written.
 */
const YEARS_LATER_AFTER = /^以来(?:約|およそ|実に)?(\d{1,3})年ぶり/;
function yearsLaterOf(text: string, since: DateMention): DateMention[] {
  const folded = foldDigitsMapped(text.slice(since.end, since.end + 12));
  const match = YEARS_LATER_AFTER.exec(folded.text);
  if (!match) return [];
  const end = since.end + (folded.originalOffsets?.[match[0].length] ?? match[0].length);
  return [{ start: since.start, end, text: text.slice(since.start, end), year: since.year + Number(match[1]), precision: "year", explicitYear: false }];
}

/** The year the row's opening cell writes, read from its first date (the cell's text is the text stage's to judge). */
function yearOfOpeningCell(text: string, mentions: readonly DateMention[]): number | undefined {
  const first = mentions[0];
  return first?.explicitYear && first.start === text.search(/[^|｜\s]/) ? first.year : undefined;
}

/**
 * A paragraph that opens with a bare month no earlier than the last month of the paragraph before
 * (80年1月には、…。 / 2月には、…) goes on with that paragraph's chronology, in its year.
 */
const OPENING_BARE_MONTH = /^(?:同じく|翌|また、?|さらに、?|更に、?)?(\d{1,2})月/;
function opensWithLaterMonth(text: string, context: DateContext): boolean {
  const month = OPENING_BARE_MONTH.exec(foldDigits(text.slice(0, 12)))?.[1];
  const last = context.last;
  if (month === undefined || context.runningYear === undefined || last?.month === undefined || last.year !== context.runningYear) return false;
  return Number(month) >= last.month;
}
