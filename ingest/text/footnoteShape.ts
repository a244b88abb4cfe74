// The first line of a footnote: its number (superscript, or digits and a space) and then text
// that is not a heading — a sentence, or too long for a title.
import { parseHeading } from "./headings";

// The Defense of Japan's web pages number their notes 1)…, 11)… with no space.
export const FOOTNOTE_START = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,2})(?:\s+|[)）])\S/;
const PAREN_NOTE = /^\d{1,2}[)）]/;

/** 2)「統一ロシア」の… right after a note without 。: a numbered note starts, whatever the last one lacked. */
export function startsNumberedNote(text: string): boolean {
  return PAREN_NOTE.test(text) && looksLikeFootnoteStart(text);
}

export function looksLikeFootnoteStart(text: string): boolean {
  const match = FOOTNOTE_START.exec(text);
  if (!match) return false;
  // 1)総論 is a heading; 1)プーチン大統領による年次教書演説(12(平成24)年12月) is too long for one
  if (PAREN_NOTE.test(text)) return text.includes("。") || text.length >= 20;
  if (parseHeading(text) !== undefined) return false;
  return /^[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(match[1]!) || text.includes("。") || text.length >= 30;
}
