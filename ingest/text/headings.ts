// Heading lines: numbered ones recognised by their marker (第6節, 1 ロシア, (4) ベラルーシ,
// ア ロシア内政, (ア), 1.政治対話, ①, Ⅱ) and unnumbered short title lines.
import { SENTENCE_FINAL } from "./characters";
import { isTableRow } from "./tableRows";

export type HeadingMarker =
  | "part" | "chapter" | "section" | "arabic" | "paren-arabic" | "katakana" | "paren-katakana"
  | "circled" | "roman" | "bracketed" | "title";

export interface HeadingShape {
  marker: HeadingMarker;
  number?: number; // the ordinal the marker carries, when it has one
  title: string; // text after the marker ("" for a bare 第6節)
}

export const MAX_TITLE_LENGTH = 40;
const KATAKANA_ORDER = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ";
const IROHA_ORDER = "イロハニホヘトチリヌルヲワカヨタレソツネナラム";
const ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ";
const KANJI_DIGITS = "〇一二三四五六七八九十";

function kanjiOrArabic(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (/^[〇一二三四五六七八九]$/.test(text)) return KANJI_DIGITS.indexOf(text);
  if (/^十[一二三四五六七八九]?$/.test(text)) return 10 + (text.length === 2 ? KANJI_DIGITS.indexOf(text[1]!) : 0);
  if (/^[IVX]+$/.test(text)) return ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"].indexOf(text) + 1;
  return undefined;
}

const OPENERS = "「『（(【";
const CLOSERS = "」』）)】";

function hasUnclosedBracket(text: string): boolean {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const ch = text[index]!;
    if (OPENERS.indexOf(ch) !== -1) depth += 1;
    else if (depth > 0 && CLOSERS.indexOf(ch) !== -1) depth -= 1;
  }
  return depth > 0;
}

const SENTENCE_END_CHAR = new RegExp(`[${SENTENCE_FINAL}]`);
// A note in brackets closing a title may be a sentence of its own: (1)北朝鮮(拉致問題を含む。)
const CLOSING_NOTE = /[(（][^()（）]*[)）]$/;
const hasSentenceEnd = (text: string) => SENTENCE_END_CHAR.test(text.replace(CLOSING_NOTE, ""));

/** Short, no sentence end, not cut off after a comma or an opening bracket, not a clause. */
export function isTitleShaped(text: string, maxLength = MAX_TITLE_LENGTH): boolean {
  if (text.length === 0 || text.length > maxLength || hasSentenceEnd(text)) return false;
  if (/[、，,：:；「『（(をにがはでへともや]$/.test(text)) return false; // cut off after a comma, bracket or particle
  if (hasUnclosedBracket(text)) return false;
  // a clause, not a title; a list in brackets (地域情勢（エジプト、リビア、…）) is part of a title
  const outsideBrackets = text.replace(/[(（][^()（）]*[)）]/g, "");
  if (/[、，]/.test(outsideBrackets) && (/[\u3041-\u309f]$/.test(text) || text.length > 20)) return false;
  return true;
}

const NUMBERED_PATTERNS: { marker: HeadingMarker; pattern: RegExp; ordinal: (m: RegExpExecArray) => number | undefined }[] = [
  { marker: "part", pattern: /^第\s*([0-9IVX一二三四五六七八九十]+)\s*部\s*(.*)$/, ordinal: (m) => kanjiOrArabic(m[1]!) },
  { marker: "chapter", pattern: /^第\s*([0-9一二三四五六七八九十]+)\s*章\s*(.*)$/, ordinal: (m) => kanjiOrArabic(m[1]!) },
  { marker: "section", pattern: /^第\s*([0-9一二三四五六七八九十]+)\s*節\s*(.*)$/, ordinal: (m) => kanjiOrArabic(m[1]!) },
  { marker: "paren-arabic", pattern: /^[(（]\s*(\d{1,2})\s*[)）]\s*(.+)$/, ordinal: (m) => Number(m[1]) },
  { marker: "paren-katakana", pattern: /^[(（]([アイウエオカキクケコサシスセソタチツテトナニヌネノ])[)）]\s*(.+)$/, ordinal: (m) => KATAKANA_ORDER.indexOf(m[1]!) + 1 },
  { marker: "paren-katakana", pattern: /^[(（]([イロハニホヘト])[)）]\s*(.+)$/, ordinal: (m) => IROHA_ORDER.indexOf(m[1]!) + 1 },
  { marker: "arabic", pattern: /^(\d{1,2})(?:[.．]\s*|[ \u3000]+)(?![年月日か%％])(.+)$/, ordinal: (m) => Number(m[1]) },
  { marker: "katakana", pattern: /^([アイウエオカキクケコサシスセソタチツテトナニヌネノ])[ \u3000]+(.+)$/, ordinal: (m) => KATAKANA_ORDER.indexOf(m[1]!) + 1 },
  { marker: "circled", pattern: /^([①-⑳])\s*(.+)$/, ordinal: (m) => m[1]!.charCodeAt(0) - 0x245f },
  { marker: "roman", pattern: /^([Ⅰ-Ⅹ])[ \u3000]+(.+)$/, ordinal: (m) => ROMAN.indexOf(m[1]!) + 1 },
];

/** The heading a paragraph is, or undefined for body text. */
export function parseHeading(text: string): HeadingShape | undefined {
  if (hasSentenceEnd(text) || text.length > MAX_TITLE_LENGTH + 8 || isTableRow(text)) return undefined;
  for (const { marker, pattern, ordinal } of NUMBERED_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const title = (match[2] ?? "").trim();
    if (title !== "" && !isTitleShaped(title)) return undefined;
    return { marker, number: ordinal(match), title };
  }
  if (/^【[^】]+】$/.test(text)) return { marker: "bracketed", title: text };
  if (isTitleShaped(text)) return { marker: "title", title: text };
  return undefined;
}
