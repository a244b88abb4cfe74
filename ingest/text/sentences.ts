// Paragraphs → sentences. A sentence ends at 。！？ (and ASCII ! ? after Japanese) that is not
// inside a matched bracket pair, so 「…。」 or （以下「新型コロナ」という。） stay in their sentence.
// Unmatched brackets (a quote cut off by the page) are ignored rather than swallowing the rest.
// Headings and datelines are not sentences; a bullet or a footnote number at the start of a
// paragraph is left out of the first sentence.
import { CLOSING_BRACKETS, OPENING_BRACKETS, isJapaneseLetter } from "./characters";
import { HeadingStack } from "./headingStack";
import type { Paragraph, Sentence } from "./types";

// Bullets are typography and stay out of the sentence; numbered markers such as (1), (イ), 1.
// are words of the text and stay in it.
const BULLET = /^[•・●■◆]\s*/;
const FOOTNOTE_MARKER = /^(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,2})\s+/;

/** Offsets inside matched bracket pairs, as a per-character depth of nesting. */
export function bracketDepths(text: string): Uint16Array {
  const depth = new Int32Array(text.length + 1);
  const open: { closer: string; index: number }[] = [];
  for (let index = 0; index < text.length; index++) {
    const ch = text[index]!;
    const opening = OPENING_BRACKETS.indexOf(ch);
    if (opening !== -1) {
      open.push({ closer: CLOSING_BRACKETS[opening]!, index });
      continue;
    }
    if (!CLOSING_BRACKETS.includes(ch)) continue;
    const match = open.map((o) => o.closer).lastIndexOf(ch);
    if (match === -1) continue;
    const opener = open[match]!;
    open.length = match;
    depth[opener.index + 1]! += 1; // characters strictly between the pair are inside
    depth[index]! -= 1;
  }
  const inside = new Uint16Array(text.length);
  let running = 0;
  for (let index = 0; index < text.length; index++) {
    running += depth[index]!;
    inside[index] = running;
  }
  return inside;
}

function isTerminator(text: string, index: number): boolean {
  const ch = text[index]!;
  if (ch === "。" || ch === "！" || ch === "？") return true;
  if (ch !== "!" && ch !== "?") return false;
  return isJapaneseLetter(text[index - 1]) && (index + 1 === text.length || /[\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text[index + 1]!));
}

/** [start, end) spans of the sentences of one paragraph's text, relative to that text. */
export function splitSentences(text: string, skipMarker: RegExp = BULLET): [number, number][] {
  const spans: [number, number][] = [];
  const depths = bracketDepths(text);
  let start = skipMarker.exec(text)?.[0].length ?? 0;
  const pushSpan = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push([s, e]);
  };
  for (let index = start; index < text.length; index++) {
    if (depths[index] !== 0 || !isTerminator(text, index)) continue;
    let end = index + 1;
    while (end < text.length && (text[end] === "。" || text[end] === "！" || text[end] === "？")) end++;
    pushSpan(end);
    start = end;
    index = end - 1;
  }
  pushSpan(text.length);
  return spans;
}

export function paragraphsToSentences(paragraphs: readonly Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  const stack = new HeadingStack();
  for (const paragraph of paragraphs) {
    if (paragraph.kind === "heading") stack.heading(paragraph.text);
    if (paragraph.kind !== "body" && paragraph.kind !== "footnote") continue;
    const inFootnote = paragraph.kind === "footnote";
    if (!inFootnote) stack.body();
    const headings = inFootnote ? [] : stack.headings;
    for (const [start, end] of splitSentences(paragraph.text, inFootnote ? FOOTNOTE_MARKER : BULLET)) {
      sentences.push({
        index: sentences.length,
        start: paragraph.start + start,
        end: paragraph.start + end,
        text: paragraph.text.slice(start, end),
        paragraphIndex: paragraph.index,
        headings,
        inFootnote,
      });
    }
  }
  return sentences;
}
