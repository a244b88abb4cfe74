// The first line of a footnote: its number (superscript, or digits and a space) and then text
// that is not a heading — a sentence, or too long for a title.
import { parseHeading } from "./headings";

export const FOOTNOTE_START = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,2})\s+\S/;

export function looksLikeFootnoteStart(text: string): boolean {
  const match = FOOTNOTE_START.exec(text);
  if (!match || parseHeading(text) !== undefined) return false;
  return /^[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(match[1]!) || text.includes("。") || text.length >= 30;
}
