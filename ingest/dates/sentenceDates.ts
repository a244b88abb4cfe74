// Dates of every sentence of a document, read in order with a DateTracker: the running year
// restarts with each paragraph, the date 同年/同日 refer to with each section (a change of
// headings), and a heading that names a year (2020年の動き) sets its section's year.
import { DateTracker } from "./context";
import { findDates } from "./findDates";
import { isReferenceDate } from "./referenceDates";
import type { DateContext, DateMention } from "./types";

export interface SentenceForDates {
  text: string;
  paragraphIndex: number;
  headings: readonly string[];
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
}

export function datesOfSentences(sentences: readonly SentenceForDates[], base: DateContext): SentenceDates[] {
  const tracker = new DateTracker(base);
  let section: string | undefined;
  let paragraph: number | undefined;
  return sentences.map((sentence) => {
    const sectionKey = sentence.headings.join("\u0000");
    if (sectionKey !== section) {
      tracker.startSection(headingYear(sentence.headings, base));
      section = sectionKey;
    }
    if (sentence.paragraphIndex !== paragraph) {
      tracker.startParagraph();
      paragraph = sentence.paragraphIndex;
    }
    const context = tracker.context;
    const mentions = findDates(sentence.text, context).filter((m) => !isReferenceDate(sentence.text, m, base.published));
    tracker.observe(mentions);
    return { mentions, context };
  });
}
