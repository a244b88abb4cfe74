// Character classes of Japanese text, and the one character folding the stored text gets.
// Code-point range checks rather than regular expressions: these run once or more per line.

const code = (ch: string | undefined) => (ch === undefined || ch === "" ? -1 : ch.charCodeAt(0));

export const isHiragana = (ch: string | undefined) => {
  const c = code(ch);
  return c >= 0x3041 && c <= 0x309f;
};
export const isKatakana = (ch: string | undefined) => {
  const c = code(ch);
  return (c >= 0x30a0 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff);
};
export const isKanji = (ch: string | undefined) => {
  const c = code(ch);
  return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3005 || c === 0x3006 || c === 0x30f6;
};
export const isJapaneseLetter = (ch: string | undefined) => isKanji(ch) || isHiragana(ch) || isKatakana(ch);
export const isAsciiAlnum = (ch: string | undefined) => {
  const c = code(ch);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
};

/** Ends a sentence. ASCII ! and ? only count when the text around them is Japanese (see sentences.ts). */
export const SENTENCE_FINAL = "。！？";
export const OPENING_BRACKETS = "「『（(【〔［[〈《<＜";
export const CLOSING_BRACKETS = "」』）)】〕］]〉》>＞";

export const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

export function superscriptToDigits(text: string): string {
  return [...text].map((ch) => String(SUPERSCRIPT_DIGITS.indexOf(ch))).join("");
}

/**
 * Full-width ASCII letters and digits become ASCII, half-width katakana become full-width.
 * Everything else is kept as published: Japanese punctuation （）「」、。＋：, circled numbers ①,
 * Roman numerals Ⅱ and the ideographic space, which NFKC would rewrite or merge.
 */
export function foldWidths(text: string): string {
  if (!/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff61-\uff9f]/.test(text)) return text;
  return text
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\uff61-\uff9f]+/g, (run) => run.normalize("NFKC"));
}
