// Paragraphs → sentences. A sentence ends at 。！？ (and ASCII ! ? after Japanese) that is not
// inside a matched bracket pair, so 「…。」 or （以下「新型コロナ」という。） stay in their sentence.
// Unmatched brackets (a quote cut off by the page) are ignored rather than swallowing the rest.
// Headings and datelines are not sentences; a bullet or a footnote number at the start of a
// paragraph is left out of the first sentence.
import { CLOSING_BRACKETS, OPENING_BRACKETS, isJapaneseLetter } from "./characters";
import { PHOTO_CREDIT_IN_PARENTHESES, PHOTO_CREDIT_MARK } from "./captions";
import { bracketedDatelineDay, headingDay } from "./dateline";
import { HeadingStack } from "./headingStack";
import { continuesChronology, isChronologyRow, isDateCell, opensWithYearCell } from "./tableRows";
import type { Paragraph, Sentence } from "./types";

// Bullets are typography and stay out of the sentence; numbered markers such as (1), (イ), 1.
// are words of the text and stay in it.
const BULLET = /^[•・●■◆]\s*/;
const FOOTNOTE_MARKER = /^(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,2})\s+/;

const CLOSER_OF = new Map([...OPENING_BRACKETS].map((open, i) => [open, CLOSING_BRACKETS[i]!]));
const BRACKET = new RegExp(`[${[...OPENING_BRACKETS, ...CLOSING_BRACKETS].map((ch) => `\\${ch}`).join("")}]`, "g");
const TERMINATOR = /[。！？!?]/g;

/** The outermost matched bracket pairs of a text, as sorted [open, close] offsets. */
export function enclosedSpans(text: string): [number, number][] {
  const open: { index: number; closer: string }[] = [];
  const pairs: [number, number][] = [];
  for (const match of text.matchAll(BRACKET)) {
    const ch = match[0];
    const closer = CLOSER_OF.get(ch);
    if (closer !== undefined) {
      open.push({ index: match.index, closer });
      continue;
    }
    let top = open.length - 1;
    while (top >= 0 && open[top]!.closer !== ch) top--;
    if (top === -1) continue; // a closer without its opener
    if (top === 0) pairs.push([open[0]!.index, match.index]); // only outermost pairs matter
    open.length = top;
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

function isTerminator(text: string, index: number): boolean {
  const ch = text[index]!;
  if (ch === "。" || ch === "！" || ch === "？") return true;
  if (ch !== "!" && ch !== "?") return false;
  return isJapaneseLetter(text[index - 1]) && (index + 1 === text.length || /[\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text[index + 1]!));
}

/**
 * A photo's credit in brackets ((10月25日、東京 写真提供:内閣広報室), (2005年1月 提供:AFP=時事)) ends its caption:
 * on a page flattened to one line the caption runs into the text after it, and is cut out as no sentence.
 * Every sentence passes here, so the last character is looked at before the pattern runs.
 */
export function isInlineCaption(sentence: string): boolean {
  const last = sentence[sentence.length - 1];
  return (last === ")" || last === "）") && PHOTO_CREDIT_IN_PARENTHESES.test(sentence) && !sentence.includes("。");
}

/** Where captions end inside a line: after a credit bracket followed by a space. */
function captionEnds(text: string, enclosed: readonly [number, number][]): number[] {
  return enclosed
    .filter(([open, close]) => /\s/.test(text[close + 1] ?? "") && PHOTO_CREDIT_MARK.test(text.slice(open + 1, close)))
    .map(([, close]) => close + 1);
}

/** [start, end) spans of the sentences of one paragraph's text, relative to that text. */
export function splitSentences(text: string, skipMarker: RegExp = BULLET): [number, number][] {
  const spans: [number, number][] = [];
  const enclosed = enclosedSpans(text);
  const captions = captionEnds(text, enclosed);
  let pair = 0;
  let start = skipMarker.exec(text)?.[0].length ?? 0;
  const pushSpan = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push([s, e]);
  };
  const flushCaptionsBefore = (index: number) => {
    for (const end of captions) {
      if (end <= start || end > index) continue;
      pushSpan(end);
      start = end;
    }
  };
  TERMINATOR.lastIndex = start;
  for (let match = TERMINATOR.exec(text); match; match = TERMINATOR.exec(text)) {
    const index = match.index;
    flushCaptionsBefore(index);
    while (pair < enclosed.length && enclosed[pair]![1] < index) pair++;
    const inside = pair < enclosed.length && enclosed[pair]![0] < index;
    if (inside || !isTerminator(text, index)) continue;
    let end = index + 1;
    while (end < text.length && (text[end] === "。" || text[end] === "！" || text[end] === "？")) end++;
    pushSpan(end);
    start = end;
    TERMINATOR.lastIndex = end;
  }
  flushCaptionsBefore(text.length);
  pushSpan(text.length);
  return spans;
}

export function paragraphsToSentences(paragraphs: Iterable<Paragraph>): Sentence[] {
  return [...sentencesOfParagraphs(paragraphs)];
}

/** The sentences one at a time, so a large document's stages need not hold them all at once. */
export function* sentencesOfParagraphs(paragraphs: Iterable<Paragraph>): Generator<Sentence> {
  const stack = new HeadingStack();
  const days = new SectionDays();
  let index = 0;
  let bodySinceHeading = false;
  let previousWasRow = false;
  let previousWasDateCell = false;
  for (const paragraph of paragraphs) {
    if (paragraph.kind === "heading") {
      stack.heading(paragraph.text);
      days.heading(paragraph.text);
      bodySinceHeading = false;
      previousWasRow = false;
      previousWasDateCell = false;
    }
    if (paragraph.kind === "dateline" && !bodySinceHeading) days.dateline(stack.headings, paragraph.text);
    if (paragraph.kind !== "body" && paragraph.kind !== "footnote") continue;
    const inFootnote = paragraph.kind === "footnote";
    if (!inFootnote) {
      stack.body();
      bodySinceHeading = true;
    }
    const headings = inFootnote ? [] : stack.headings;
    const sectionDay = days.of(headings);
    const continuesTable = !inFootnote && ((previousWasRow && continuesChronology(paragraph.text)) || previousWasDateCell);
    if (!inFootnote) {
      previousWasRow = isChronologyRow(paragraph.text);
      previousWasDateCell = isDateCell(paragraph.text);
    }
    for (const [start, end] of splitSentences(paragraph.text, inFootnote ? FOOTNOTE_MARKER : BULLET)) {
      const text = paragraph.text.slice(start, end);
      if (isInlineCaption(text)) continue;
      const opensYearCell = opensWithYearCell(text);
      yield {
        index: index++,
        start: paragraph.start + start,
        end: paragraph.start + end,
        text,
        paragraphIndex: paragraph.index,
        headings,
        inFootnote,
        ...(sectionDay !== undefined && { sectionDay }),
        ...(continuesTable && { continuesTable }),
        ...(opensYearCell && { opensYearCell }),
      };
    }
  }
}

/** Enough for a document's dated sections; a pathological text cannot make it grow without bound. */
const MAX_DATED_HEADINGS = 1_000;

/**
 * The days sections are of: a heading that gives one (9月7日, 1 ベラルーシ(4月25日)), or a bracketed
 * dateline right under a heading ((1983年3月31日) under a statement's title). A section is of the day
 * of its innermost heading that has one, so (1)会談 under 1 ベラルーシ(4月25日) is of 4月25日.
 */
class SectionDays {
  private readonly days = new Map<string, string>();
  private cachedFor: readonly string[] | undefined;
  private cached: string | undefined;

  heading(text: string): void {
    if (this.days.size >= MAX_DATED_HEADINGS) this.days.clear();
    const day = headingDay(text);
    if (day === undefined) this.days.delete(text);
    else this.days.set(text, day);
    this.cachedFor = undefined;
  }

  dateline(headings: readonly string[], text: string): void {
    const top = headings.at(-1);
    const day = bracketedDatelineDay(text);
    if (top === undefined || day === undefined) return;
    this.days.set(top, day);
    this.cachedFor = undefined;
  }

  /** The day of the innermost heading that has one, worked out once per change of headings. */
  of(headings: readonly string[]): string | undefined {
    if (headings !== this.cachedFor) {
      this.cachedFor = headings;
      this.cached = undefined;
      for (let i = headings.length - 1; i >= 0 && this.cached === undefined; i--) this.cached = this.days.get(headings[i]!);
    }
    return this.cached;
  }
}
