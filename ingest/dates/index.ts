// The date stage's public surface.
export type { CalendarDate, DateContext, DateMention, DatePrecision } from "./types";
export { findDates } from "./findDates";
export { parseJapaneseDate, type ParsedDate } from "./parseJapaneseDate";
export { advanceDateContext, documentDateContext, DateTracker, isAnnualReport, isNewsYear, type DocumentPeriod } from "./context";
export { datesOfSentences, findDatesInSentences, SentenceDater, type SentenceDates, type SentenceForDates } from "./sentenceDates";
