// Sentences to facts: one fact per place a sentence is about and per event it dates, each quoting
// the whole sentence verbatim with its offsets into the document text.
import type { FactRecord } from "../../db/documents";
import type { DateContext, DateMention } from "../dates";
import type { Sentence } from "../text";
import { categoriseSentence } from "./categories";
import { datedStretches, endsInClauseBreak, factDate, impliedDate, SAME_AS_BEFORE, type DatedStretch, type FactDate } from "./datesOfSentence";
import { EarlierSentencePlaces } from "./earlierSentencePlaces";
import { asideAt, asidesOf } from "./parentheses";
import { placesOfHeadings, placesOfSentence, type SentencePlace } from "./placesOfSentence";
import { isFieldLine } from "../text/tableRows";
import { isAnnouncement, isStandingStatement } from "./standingStatements";
import { sectionStatementDate } from "./statementDate";

export interface SentenceWithDates {
  sentence: Sentence;
  dates: readonly DateMention[];
  /** The date context before the sentence was read (running year of its paragraph, …). */
  context: DateContext;
  /** Its only dates are of something announced for later (…が開催される). */
  isPlan?: boolean;
  /** Starts of yardsticks (2004年以来14年ぶり): each is an event of the places in its own clause. */
  since?: readonly DateMention[];
}

export interface FactOptions {
  /** The document is dated to the day (a meeting summary, a column): undated sentences are about then. */
  documentIsDated: boolean;
  /** A meeting summary reports what was said at the meeting: every sentence is also an event of that day. */
  statementDate: FactDate | null;
  /** The document's reading state for これら諸国 and the like (a fresh one per document). */
  earlierPlaces: EarlierSentencePlaces;
  /** The document analyses how things stand (a white paper): its undated sentences report no event of its year. */
  isAnalysis?: boolean;
  /** The part of the document's title that names a place: the heading outside every section heading. */
  titleHeading?: string;
  /** The sentence is part of a statement dated by its own dateline: undated, it is of that day only, not of the volume's year. */
  isDatedStatement?: boolean;
}

export interface FactProblem {
  sentenceNo: number;
  message: string;
}

/** A whole document's sentences, in order, to facts. */
export function sentencesToFacts(sentences: readonly SentenceWithDates[], documentOptions: Omit<FactOptions, "earlierPlaces">): { facts: FactRecord[]; problems: FactProblem[] } {
  const facts: FactRecord[] = [];
  const problems: FactProblem[] = [];
  const options = { ...documentOptions, earlierPlaces: new EarlierSentencePlaces() };
  for (const item of sentences) addFactsOfSentence(item, options, facts, problems);
  return { facts, problems };
}

/** One sentence's facts appended to `facts` (or why it has none to `problems`). */
export function addFactsOfSentence(item: SentenceWithDates, documentOptions: FactOptions, facts: FactRecord[], problems: FactProblem[]): void {
  const { text } = item.sentence;
  const options = withSectionDay(item.sentence.sectionDay, item.context, documentOptions);
  const headings = options.titleHeading ? [options.titleHeading, ...item.sentence.headings] : item.sentence.headings;
  const named = placesOfSentence(text, headings, options.earlierPlaces);
  const places = withParagraphTopic(text, named, options.earlierPlaces.topicOfParagraph(item.sentence.paragraphIndex, text, named));
  options.earlierPlaces.remember(headings, places);
  if (places.length === 0) return;
  // an announcement of something later says nothing that happened, even on a meeting's page
  if (item.dates.length === 0 && (item.isPlan || isAnnouncement(text) || (!options.statementDate && isStandingStatement(text)))) return;
  const events = eventsOf(item, places, options, headings);
  if (events.length === 0) {
    problems.push({ sentenceNo: item.sentence.index, message: "names a place but no year can be settled" });
    return;
  }
  for (const fact of factsOf(item.sentence, events)) facts.push(fact);
}

/**
 * The paragraph's topic stands for a section heading's places, and joins a sentence that names
 * countries only as sources.
 */
function withParagraphTopic(sentence: string, named: SentencePlace[], paragraphTopic: SentencePlace[]): SentencePlace[] {
  if (paragraphTopic.length === 0) return named;
  if (named.every((p) => p.derivation === "section_heading")) return paragraphTopic;
  return namesOnlySources(sentence, named) ? [...named, ...paragraphTopic] : named;
}

/**
 * A sentence that names countries only as where something came from (12年5月に、米国からフリゲート2隻の供与を
 * 受けた, ロシア製Su-30戦闘機を導入している) leaves its receiver unsaid: the country its paragraph is about.
 */
const SOURCE_AFTER = /^(?:製|から(?!(?:成|なる|構成))|より(?:購入|導入|供与|調達))/;
function namesOnlySources(sentence: string, places: readonly SentencePlace[]): boolean {
  const named = places.filter((p) => p.at >= 0);
  return named.length > 0 && named.every((p) => p.matchedText.endsWith("製") || SOURCE_AFTER.test(sentence.slice(p.end, p.end + 4)));
}

/**
 * A section dated to a day by its heading or the dateline under it: a statement or an agreement
 * printed in an annual volume under its title and day (安倍外務大臣談話 (1983年3月31日)) says what was
 * stated that day, as a meeting summary does; a summary of several days' section headed by its day
 * (1 ベラルーシ(4月25日), 9月7日) reports what was said that day.
 */
function withSectionDay(sectionDay: string | undefined, context: DateContext, options: FactOptions): FactOptions {
  if (sectionDay === undefined) return options;
  const statementDate = sectionStatementDate(sectionDay, context);
  if (!statementDate) return options;
  if (options.documentIsDated) return options.statementDate ? { ...options, statementDate } : options;
  return { ...options, statementDate, isAnalysis: false, isDatedStatement: true };
}

interface PlaceEvent {
  place: SentencePlace;
  date: FactDate;
  category: FactRecord["category"];
}

function eventsOf(item: SentenceWithDates, places: SentencePlace[], options: FactOptions, headings: readonly string[]): PlaceEvent[] {
  const text = item.sentence.text;
  const asides = asidesOf(text);
  const inAside = (mention: DateMention) => asideAt(asides, mention.start) !== undefined;
  const stretches = datedStretches(text, item.dates.filter((d) => !inAside(d)));
  // A meeting's statement already dates an undated sentence to the day: the year alone would repeat it.
  const impliedYear = impliedDate(item.context, options.documentIsDated, text, options.isAnalysis);
  const implied = impliedYear && (impliedYear.year === options.statementDate?.year || options.isDatedStatement) ? null : impliedYear;
  // the same stretch is categorised once, however many places and dates share it
  const categories = new Map<DatedStretch | null, FactRecord["category"]>();
  const categoryOf = (stretch: DatedStretch | null) => {
    const key = stretch && stretches.length > 1 ? stretch : null;
    let category = categories.get(key);
    if (category === undefined) {
      category = categoriseSentence(key ? text.slice(key.start, key.end) : text);
      categories.set(key, category);
    }
    return category;
  };

  const asideDates = item.dates.filter(inAside);
  // a data table's statistics by year (経済成長率: 7.0%(1995年)、13.1%(1994年)): each figure is of its year
  const isYearlyFigures = stretches.length === 0 && asideDates.length > 0 && isFieldLine(text);
  const opened = new Map(places.map((place) => [place, stretchOpenedBy(text, place, stretches)]));
  const topics = topicStretches(opened);
  const ongoing = implied ? stretchesGoingOnSince(text, item.dates, stretches) : [];
  const events: PlaceEvent[] = [];
  const ofPlace = new Map(places.map((place) => [place, stretchesOfPlace(text, place, stretches, opened.get(place), topics)]));
  stretches.forEach((stretch, index) => {
    const before = stretches[index - 1];
    if (!before || !pointsBackToStretchBefore(text, stretch, places)) return;
    for (const [place, own] of ofPlace) if (own.includes(before) && !own.includes(stretch)) ofPlace.set(place, [...own, stretch]);
  });
  for (const place of places) {
    for (const stretch of ofPlace.get(place)!) {
      for (const date of stretch.dates) events.push({ place, date, category: categoryOf(stretch) });
      if (implied && ongoing.includes(stretch)) events.push({ place, date: implied, category: categoryOf(stretch) });
    }
    if (isYearlyFigures) {
      for (const date of asideDates) events.push({ place, date: factDate(date), category: categoryOf(null) });
      continue;
    }
    if (implied && (stretches.length === 0 || isInUndatedOpening(text, place, stretches))) events.push({ place, date: implied, category: categoryOf(null) });
    for (const date of asideDatesOf(text, place, asideDates, asides)) events.push({ place, date, category: categoryOf(null) });
    if (options.statementDate) events.push({ place, date: options.statementDate, category: categoryOf(null) });
  }
  if (options.statementDate && options.documentIsDated) events.push(...partiesEvents(places, stretches, () => meetingParties(options.titleHeading, headings), categoryOf));
  for (const start of item.since ?? []) {
    for (const place of placesInClauseOf(text, start, places)) events.push({ place, date: factDate(start), category: categoryOf(null) });
  }
  return events;
}

/** Where the comma-delimited clause holding `at` starts: just after the last comma at or before it. */
function commaClauseStart(sentence: string, at: number): number {
  return Math.max(...["、", "，", ","].map((mark) => sentence.lastIndexOf(mark, at))) + 1;
}

/**
 * The places a date's clause names (2002年以来継続しているトルコは, 2017年以来のキャメロン外相との再会), or, when
 * it names none, the topic's whose doings go on since then (日本は、2012年以来「…対話」を計4回開催しており),
 * else the section's (2004年以来14年ぶりに憲法が改正され under 中国). A thing measured by the date
 * (大統領は、2016年以来となる新たな…コンセプトを承認した) is not the topic's doing.
 */
const TOPIC_GOES_ON_SINCE = /^\s*以来(?!の|と|初|ぶり|振り)/;
function placesInClauseOf(sentence: string, mention: DateMention, places: readonly SentencePlace[]): SentencePlace[] {
  const from = commaClauseStart(sentence, mention.start);
  const ends = ["、", "，", ",", "。"].map((mark) => sentence.indexOf(mark, mention.end)).filter((at) => at >= 0);
  const to = ends.length > 0 ? Math.min(...ends) : sentence.length;
  const inClause = places.filter((p) => p.at >= from && p.at < to);
  if (inClause.length > 0) return inClause;
  const topics = TOPIC_GOES_ON_SINCE.test(sentence.slice(mention.end, mention.end + 8)) ? places.filter((p) => p.isTopic && p.at >= 0 && p.at < mention.start) : [];
  return topics.length > 0 ? topics : places.filter((p) => p.at < 0);
}

/**
 * A place takes the date of the stretch it stands in; the sentence's topic (ロシアは…) takes every
 * date; a place right before the next date, in the same clause, is also that event's subject
 * (97年の会談で…国防相は、北方領土の部隊が95年までに削減されたことを…: 1997 and 1995).
 * Parallel topics (米国との間では、2019年9月、…を実施し、中国との間では、2018年8月に…) share the
 * sentence out: each takes the events from the clause it opens to the next topic's.
 */
function stretchesOfPlace(sentence: string, place: SentencePlace, stretches: DatedStretch[], opened: number | undefined, topics: readonly number[]): DatedStretch[] {
  if (place.at < 0) return stretches;
  const untilNextTopic = (from: number) => stretches.slice(from, topics.find((t) => t > from) ?? stretches.length);
  if (opened !== undefined) return untilNextTopic(opened);
  const firstEnd = stretches[0]?.end ?? 0;
  if (place.isTopic && place.at < firstEnd) return untilNextTopic(0);
  if (place.at < (stretches[0]?.start ?? 0)) return [];
  const own = stretches.filter((s) => place.at >= s.start && place.at < s.end);
  const next = stretches.find((s) => s.start >= place.end && SAME_CLAUSE_BEFORE_DATE.test(sentence.slice(place.end, s.start)));
  return next ? [...own, next] : own;
}

/**
 * A later dated clause that names no place but points back with 同 (…準備を進めている旨伝達し、2021年2月には
 * 同案件の署名が行われた) is an event of the places of the clause before.
 */
const POINTING_BACK_WITH_SAME = new RegExp(`${SAME_AS_BEFORE}[^\\s、。,，]{1,6}?(?:の|は|が|を|に)`);
function pointsBackToStretchBefore(sentence: string, stretch: DatedStretch, places: readonly SentencePlace[]): boolean {
  if (places.some((p) => p.at >= stretch.start && p.at < stretch.end)) return false;
  const clauseStart = commaClauseStart(sentence, stretch.start - 1);
  return endsInClauseBreak(sentence.slice(0, clauseStart)) && POINTING_BACK_WITH_SAME.test(sentence.slice(clauseStart, stretch.end));
}

/**
 * The index of the dated stretch a place opens as its topic: the place starts a clause (not the
 * head of a relative clause: …離脱した米国は、) and only a topic particle stands before the date.
 */
const CLAUSE_START = /(?:^|[、，,](?:(?:また|一方|他方|さらに|更に|なお)[、，,]?)?)$/;
const TOPIC_BEFORE_DATE = /^(?:(?:との間|の間|に対して|に対し|について|に関して|において)(?:では|には|は|も)?|(?:では|とは|は|も))[、，,]?(?:[^、，,。「」()（）]{1,10}の)?$/;
function stretchOpenedBy(sentence: string, place: SentencePlace, stretches: readonly DatedStretch[]): number | undefined {
  if (place.at < 0 || !CLAUSE_START.test(sentence.slice(0, place.at))) return undefined;
  const index = stretches.findIndex((s) => s.start >= place.end && s.start - place.end <= 20 && TOPIC_BEFORE_DATE.test(sentence.slice(place.end, s.start)));
  return index < 0 ? undefined : index;
}

/** The stretches (after the first) that a place opens as its topic, in order. */
function topicStretches(opened: ReadonlyMap<SentencePlace, number | undefined>): number[] {
  const later = [...opened.values()].filter((i): i is number => i !== undefined && i > 0);
  return [...new Set(later)].sort((a, b) => a - b);
}

/**
 * In a meeting summary, an earlier event the speakers recall without naming who took part
 * (…、2016年に大統領との間で発出した戦略的パートナーシップに基づき…) is the meeting parties' own.
 */
function partiesEvents(places: readonly SentencePlace[], stretches: readonly DatedStretch[], partiesOf: () => SentencePlace[], categoryOf: (s: DatedStretch | null) => FactRecord["category"]): PlaceEvent[] {
  const unowned = stretches.filter((s) => !places.some((p) => p.at >= s.start && p.at < s.end) && !places.some((p) => p.isTopic && p.at >= 0 && p.at < (stretches[0]?.end ?? 0)));
  if (unowned.length === 0) return [];
  const parties = partiesOf();
  return unowned.flatMap((stretch) => parties.flatMap((place) => stretch.dates.map((date) => ({ place, date, category: categoryOf(stretch) }))));
}

/** The meeting's parties (日露外相会談) and the subject of the section the sentence is in (1 北方領土問題). */
function meetingParties(titleHeading: string | undefined, headings: readonly string[]): SentencePlace[] {
  const ofSection = placesOfHeadings(headings);
  const ofTitle = titleHeading ? placesOfHeadings([titleHeading]) : [];
  return [...ofSection, ...ofTitle.filter((t) => !ofSection.some((s) => s.placeCode === t.placeCode))];
}

/**
 * A state that has gone on since a date to the time of writing (2014年5月のモディ首相就任以降、…成長率を維持
 * している, 2011年のカダフィ政権崩壊後、…不安定な状況が続いている): its place is of the year the text is
 * about as well as of the date it started.
 */
const SINCE_AFTER = /^(?:の[^、。,，]{0,16}?|[^、。,，]{0,32}?[てで])?(?:以降|後)[、,，]?/;
const GOES_ON_END = /(?:[てで]いる|[てで]おり|[てで]います|続けている|維持している)。?[」』)）\d]*\s*$/;
function stretchesGoingOnSince(sentence: string, mentions: readonly DateMention[], stretches: readonly DatedStretch[]): DatedStretch[] {
  if (!GOES_ON_END.test(sentence)) return [];
  const since = mentions.filter((m) => SINCE_AFTER.test(sentence.slice(m.end)));
  return stretches.filter((s) => since.some((m) => m.start >= s.start && m.start < s.end));
}

/**
 * A place in the clauses before the first dated one (…諸国に対する関心が高まりつつある中、日本は
 * 2006年8月に…) is about the time the sentence is read in, unless they look back on an undated past
 * (以前から…駐留していたが、2月に…).
 */
const UNDATED_PAST = /以前から|従来|かつて|これまで/;
function isInUndatedOpening(sentence: string, place: SentencePlace, stretches: readonly DatedStretch[]): boolean {
  const opening = stretches[0]?.start ?? 0;
  return place.at >= 0 && !place.isTopic && place.end <= opening && !UNDATED_PAST.test(sentence.slice(0, opening));
}

/**
 * The rest of a name that opens with a place (no clause break, no case particle), or the rest of the
 * list of names the aside closes (英国、アイルランド、デンマーク(73年1月加盟)).
 */
const NAME_BEFORE_ASIDE = /^[^、，,。はがをでと「」()（）]{0,20}(?:[、・,，][^、，,。はがをでと「」()（）]{1,12})*$/;

/** What may stand between a subject and the date of its event: a few characters, no clause break. */
const SAME_CLAUSE_BEFORE_DATE = /^[^、，,。「()（）]{0,12}[がは]$/;

/**
 * A date inside an aside dates only the aside and the words it follows: アルメニア(2024年2月に…), or
 * a name that opens with the place (日露防衛交流に関する覚書(99年署名、06年改定)).
 */
function asideDatesOf(sentence: string, place: SentencePlace, asideDates: DateMention[], asides: ReturnType<typeof asidesOf>): FactDate[] {
  return asideDates
    .filter((date) => {
      const aside = asideAt(asides, date.start);
      if (aside === undefined) return false;
      if (place.at < 0) return isClosingEvent(sentence, aside);
      const namesBefore = place.end <= aside.open && NAME_BEFORE_ASIDE.test(sentence.slice(place.end, aside.open));
      const closingEvent = place.end <= aside.open && asideAt(asides, place.at) === undefined && isClosingEvent(sentence, aside);
      return namesBefore || closingEvent || asideAt(asides, place.at) === aside;
    })
    .map(factDate);
}

/**
 * An aside that closes the sentence with an event of its own (…地域協力を進めている(2004年3月2日、関税同盟に署名)。,
 * …が当選した(2016年に再選)。) dates what the sentence's places, or its section's, did then.
 */
const ASIDE_EVENT = /署名|調印|締結|発効|加盟|樹立|設立|発足|採択|成立|合意|就任|独立|開始|実施|再選|当選|選出|選挙|批准|改定|改正/;
const SENTENCE_END = /^[。．.\s」』]*$/;
function isClosingEvent(sentence: string, aside: { open: number; close: number }): boolean {
  return SENTENCE_END.test(sentence.slice(aside.close + 1)) && ASIDE_EVENT.test(sentence.slice(aside.open + 1, aside.close));
}

function factsOf(sentence: Sentence, events: PlaceEvent[]): FactRecord[] {
  const seen = new Set<string>();
  const facts: FactRecord[] = [];
  for (const { place, date, category } of events) {
    const key = `${place.placeCode}|${date.year}|${date.month}|${date.day}`;
    if (seen.has(key)) continue;
    seen.add(key);
    facts.push({
      placeCode: place.placeCode,
      year: date.year,
      month: date.month,
      day: date.day,
      precision: date.precision,
      dateText: date.dateText,
      category,
      quote: sentence.text,
      start: sentence.start,
      end: sentence.end,
      sentenceNo: sentence.index,
      derivation: place.derivation,
      matchedText: place.matchedText,
    });
  }
  return facts;
}
