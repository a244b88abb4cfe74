// The date context of a document and how reading a sentence's dates moves it on.
import type { CalendarDate, DateContext, DateMention } from "./types";

export interface DocumentPeriod {
  coversFrom: number;
  coversTo: number;
  published?: CalendarDate;
}

/**
 * A bare 9月27日 in a dated page (a meeting summary, a column) is in the year it was published;
 * in an annual report published with a year only (a Bluebook, a white paper) it is in the year
 * before, the year the report looks back on, kept within the covered years.
 */
export function documentDateContext(period: DocumentPeriod): DateContext {
  const published = period.published;
  const lookedBackOn = published === undefined ? period.coversTo : published.month === undefined ? published.year - 1 : published.year;
  const defaultYear = Math.min(period.coversTo, Math.max(period.coversFrom, lookedBackOn));
  return { coversFrom: period.coversFrom, coversTo: period.coversTo, published, defaultYear };
}

/** An annual report (a Bluebook, a white paper) is published with a year only and looks back on the year before. */
export const isAnnualReport = (context: DateContext): boolean => context.published !== undefined && context.published.month === undefined;

/** In an annual report, a year after the one it looks back on: news from the months before printing. */
export const isNewsYear = (context: DateContext, year: number | undefined): boolean =>
  year !== undefined && isAnnualReport(context) && year > context.defaultYear;

/** After a mention: it becomes the date 同年/同日/翌16日 refer to; a written-out year inside the covered years becomes the running year. */
export function advanceDateContext(context: DateContext, mentions: readonly DateMention[]): DateContext {
  let next = context;
  for (const mention of mentions) {
    const inCoverage = mention.year >= context.coversFrom && mention.year <= context.coversTo;
    next = {
      ...next,
      last: { year: mention.year, month: mention.month, day: mention.day },
      runningYear: mention.explicitYear && inCoverage ? mention.year : next.runningYear,
    };
  }
  return next;
}

/**
 * Follows the reading order of a document: the running year lasts for a paragraph, and a heading
 * with a year in it (2020年の動き) sets its section's year. The date that 同年/同日 refer to is the
 * last one read, across sections too: a figure's title between two paragraphs (NATOとWPO加盟国の変遷)
 * starts a section, and 同年 after it still means the year before it.
 */
export class DateTracker {
  private current: DateContext;
  private sectionYear: number | undefined;

  constructor(private readonly base: DateContext) {
    this.current = base;
  }

  get context(): DateContext {
    return this.current;
  }

  startSection(headingYear?: number) {
    this.sectionYear = headingYear;
    this.current = { ...this.base, runningYear: headingYear, last: this.current.last };
  }

  /** A paragraph that goes on describing a document dated before (see datedTitles.ts) runs in its year. */
  startParagraph(documentYear?: number) {
    this.current = { ...this.current, runningYear: documentYear ?? this.sectionYear, describedYear: documentYear };
  }

  observe(mentions: readonly DateMention[]) {
    this.current = advanceDateContext(this.current, mentions);
  }

  /** A chronology's row sets the year its later rows run in, inside the covered years or not. */
  followChronology(year: number) {
    this.current = { ...this.current, runningYear: year };
  }
}
